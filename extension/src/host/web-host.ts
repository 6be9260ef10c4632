/**
 * The browser's web worker host (github.dev, vscode.dev): files through `vscode.workspace.fs`
 * only, no processes. Lint, quick fixes, hover, CodeLens, status bar, editing help and the preview
 * come from the shared activation; the desktop-only commands explain why they do nothing.
 */
import previewAssets from 'skm:preview-assets';
import type { Host } from './host';
import { DESKTOP_ONLY_COMMANDS, explainDesktopOnly } from './desktop-only';
import { findRootThroughFs, SnapshotFiles } from './snapshot-files';

/** The preview's files in this bundle, by file name. */
const BUNDLED: Record<string, string | undefined> = {
  'preview.css': previewAssets.style,
  'mermaid-preview.js': previewAssets.mermaid,
  'preview.js': previewAssets.script,
};

export const webHost: Host = {
  kind: 'web',
  canRunProcesses: () => false,
  findRoot: findRootThroughFs,
  disk: (root) => new SnapshotFiles(root),
  // The preview's files come with this bundle (the build puts them in), so the page is inlined
  // as on desktop. Linked, the webview fetched the 0,8 MB mermaid through its service worker
  // (≈ 0,5 s of a first open); read through workspace.fs it took 0,8–1,7 s in code-server.
  readAsset: (uri) => {
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const text = BUNDLED[name];
    if (text === undefined) return Promise.reject(new Error(`not in the web bundle: ${uri.path}`));
    return Promise.resolve(text);
  },
  registerFeatures(context) {
    context.register('skm.lintWorkspace', () => context.model()?.refresh(true));
    for (const command of DESKTOP_ONLY_COMMANDS) context.register(command, () => explainDesktopOnly(command));
    return {};
  },
};
