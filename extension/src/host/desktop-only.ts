/**
 * The commands that need the desktop: they start a process (pandoc, Chromium, git) or write
 * through the Node file system. In the browser (and in a virtual workspace) they are hidden from
 * menus by `when` clauses in package.json; invoked anyway (a keybinding, a link), they explain in
 * one line why they do nothing.
 */
import * as vscode from 'vscode';
import { tr } from '../l10n';

/** Command id → what it needs that the browser does not have. */
const NEEDS: Record<string, () => string> = {
  'skm.buildReports': () => tr('pandoc'),
  'skm.exportPdf': () => tr('pandoc and Chromium'),
  'skm.rtlHistory': () => tr('git'),
  'skm.openRtlChange': () => tr('git'),
  'skm.importResponses': () => tr('the desktop file system'),
};

export const DESKTOP_ONLY_COMMANDS: readonly string[] = Object.keys(NEEDS);

/** The one-line reason shown when a desktop-only command is invoked where it cannot run. */
export function desktopOnlyReason(command: string): string {
  return tr(
    'This command needs {0}, which the browser cannot provide: open the folder in VS Code on the desktop to use it.',
    NEEDS[command]?.() ?? '',
  );
}

export function explainDesktopOnly(command: string): void {
  void vscode.window.showInformationMessage(desktopOnlyReason(command));
}
