/**
 * The palette commands. Anything that starts a process (pandoc, Chromium, git) refuses in an
 * untrusted workspace with an explanation; lint and preview always work.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { tr } from './l10n';
import { IMPORT_PLAN_SCHEME, ImportPlanProvider, importResponses } from './import-command';
import { getLocale } from '../../src/core/text/messages';
import { readSettings } from './settings';
import type { WorkspaceModel } from './workspace-model';

export interface CommandContext {
  extensionUri: vscode.Uri;
  output: vscode.OutputChannel;
  model: () => WorkspaceModel | undefined;
  subscriptions: vscode.Disposable[];
}

function requireTrust(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    tr('{0} starts other programs and is disabled in an untrusted workspace. Lint and the preview still work.', action),
  );
  return false;
}

/** Runs the bundled CLI in a child process (so a long PDF build can be cancelled). */
function runSkm(
  context: CommandContext,
  args: string[],
  cwd: string,
  token?: vscode.CancellationToken,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const settings = readSettings();
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd,
        env: {
          ...process.env,
          ELECTRON_RUN_AS_NODE: '1',
          SKM_LANG: getLocale(),
          SKM_PANDOC: settings.pandocPath,
          SKM_CHROMIUM: settings.chromiumPath,
        },
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 2) : 0, stdout, stderr });
      },
    );
    token?.onCancellationRequested(() => child.kill());
  });
}

function workspaceRoot(context: CommandContext): string | undefined {
  const model = context.model();
  if (model) return model.root;
  void vscode.window.showErrorMessage(tr('There is no skm.yaml in this workspace. Run "SKM: New Unit" first.'));
  return undefined;
}

export function registerCommands(context: CommandContext, register: (id: string, run: (...args: unknown[]) => unknown) => void): void {
  register('skm.lintWorkspace', () => context.model()?.refresh(true));

  register('skm.buildReports', async () => {
    const root = workspaceRoot(context);
    if (!root || !requireTrust(tr('Building reports'))) return;
    const result = await runSkm(context, ['build', root], root);
    context.output.appendLine(result.stdout + result.stderr);
    if (result.code === 2) void vscode.window.showErrorMessage(tr('The reports could not be built; see the SKM output.'));
    else void vscode.window.showInformationMessage(tr('Markdown reports were written to the reports/ folder.'));
  });

  register('skm.exportPdf', async () => {
    const model = context.model();
    const root = workspaceRoot(context);
    if (!model || !root || !requireTrust(tr('PDF export'))) return;
    const active = vscode.window.activeTextEditor?.document.uri;
    const period = model.periodFor(active ? path.relative(root, active.fsPath).split(path.sep).join('/') : undefined);
    if (!period) return;
    // Resolves to the PDF's path (undefined when cancelled or failed), for callers and tests.
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: tr('Exporting PDF {0}…', period.label), cancellable: true },
      async (_progress, token) => {
        const result = await runSkm(context, ['build', path.join(root, period.folder), '--pdf'], root, token);
        context.output.appendLine(result.stdout + result.stderr);
        if (token.isCancellationRequested) return undefined;
        const pdf = fs.existsSync(path.join(root, 'reports', period.id))
          ? fs.readdirSync(path.join(root, 'reports', period.id)).find((name) => name.endsWith('.pdf'))
          : undefined;
        if (result.code === 0 && pdf) {
          const file = path.join(root, 'reports', period.id, pdf);
          void vscode.env.openExternal(vscode.Uri.file(file));
          return file;
        }
        void vscode.window.showErrorMessage(result.stderr.trim().split('\n')[0] || tr('The PDF could not be made; see the SKM output.'));
        return undefined;
      },
    );
  });

  const plans = new ImportPlanProvider();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(IMPORT_PLAN_SCHEME, plans));
  register('skm.importResponses', (input?: unknown, period?: unknown) => {
    const model = context.model();
    if (!workspaceRoot(context) || !model) return undefined;
    return importResponses(model, plans, context.output, input, period);
  });
}
