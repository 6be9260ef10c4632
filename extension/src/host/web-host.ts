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
  registerFeatures(context) {
    context.register('skm.lintWorkspace', () => context.model()?.refresh(true));
    for (const command of DESKTOP_ONLY_COMMANDS) context.register(command, () => explainDesktopOnly(command));
    return {};
  },
};
