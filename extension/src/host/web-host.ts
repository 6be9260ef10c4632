/**
 * The browser's web worker host (github.dev, vscode.dev): files through `vscode.workspace.fs`
 * only, no processes. Lint, quick fixes, hover, CodeLens, status bar, editing help and the preview
 * come from the shared activation; the desktop-only commands explain why they do nothing.
 */
import type { Host } from './host';
import { DESKTOP_ONLY_COMMANDS, explainDesktopOnly } from './desktop-only';
import { findRootThroughFs, SnapshotFiles } from './snapshot-files';

export const webHost: Host = {
  kind: 'web',
  canRunProcesses: () => false,
  findRoot: findRootThroughFs,
  disk: (root) => new SnapshotFiles(root),
  // No readAsset: the preview links its files. Read through workspace.fs after the first lint pass
  // to inline them, the 0,8 MB took 0,8–1,7 s (code-server, a vscode-remote: extension) and was
  // still being read when the webview had started; the webview fetches them in ≈ 0,5 s.
  registerFeatures(context) {
    context.register('skm.lintWorkspace', () => context.model()?.refresh(true));
    for (const command of DESKTOP_ONLY_COMMANDS) context.register(command, () => explainDesktopOnly(command));
    return {};
  },
};
