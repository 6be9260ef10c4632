/**
 * The palette commands. Anything that starts a process (pandoc, Chromium, git) refuses in an
 * untrusted workspace with an explanation; lint and preview always work.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { tr } from './l10n';
import { offerDraft, refusedByGate, runBuild } from './build-command';
import type { RunSkm } from './build-command';
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

/** `{ draft: true }` passed to a build command. */
function isDraft(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as { draft?: unknown }).draft === true;
}

function workspaceRoot(context: CommandContext): string | undefined {
  const model = context.model();
  if (model) return model.root;
  void vscode.window.showErrorMessage(tr('There is no skm.yaml in this workspace. Run "SKM: New Unit" first.'));
  return undefined;
}

export function registerCommands(context: CommandContext, register: (id: string, run: (...args: unknown[]) => unknown) => void): void {
  register('skm.lintWorkspace', () => context.model()?.refresh(true));

  // The build gate: lint errors stop the build; `{ draft: true }` (or the notification's
  // "Build as draft") builds a draft. Resolves to the CLI's BuildJson, for callers and tests.
  register('skm.buildReports', async (options?: unknown) => {
    const root = workspaceRoot(context);
    if (!root || !requireTrust(tr('Building reports'))) return undefined;
    const run: RunSkm = (args, token) => runSkm(context, args, root, token);
    const outcome = await runBuild(run, ['build', root, ...(isDraft(options) ? ['--draft'] : [])], context.output);
    if (refusedByGate(outcome)) {
      offerDraft(outcome, () => vscode.commands.executeCommand('skm.buildReports', { draft: true }));
    } else if (outcome.json === undefined || outcome.code !== 0) {
      void vscode.window.showErrorMessage(tr('The reports could not be built; see the SKM output.'));
    } else if (outcome.json.marked.length > 0) {
      void vscode.window.showWarningMessage(
        tr(
          'Markdown reports were written to the reports/ folder; {0} of them carry the DRAF mark (see their annex "Catatan Pemeriksaan").',
          outcome.json.marked.length,
        ),
      );
    } else void vscode.window.showInformationMessage(tr('Markdown reports were written to the reports/ folder.'));
    return outcome.json;
  });

  register('skm.exportPdf', async (options?: unknown) => {
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
        const run: RunSkm = (args, cancel) => runSkm(context, args, root, cancel);
        const draft = isDraft(options) ? ['--draft'] : [];
        const result = await runBuild(run, ['build', path.join(root, period.folder), '--pdf', ...draft], context.output, token);
        if (token.isCancellationRequested) return undefined;
        if (refusedByGate(result)) {
          offerDraft(result, () => vscode.commands.executeCommand('skm.exportPdf', { draft: true }));
          return undefined;
        }
        const pdf = fs.existsSync(path.join(root, 'reports', period.id))
          ? fs.readdirSync(path.join(root, 'reports', period.id)).find((name) => name.endsWith('.pdf'))
          : undefined;
        if (result.code === 0 && pdf) {
          const file = path.join(root, 'reports', period.id, pdf);
          void vscode.env.openExternal(vscode.Uri.file(file));
          return file;
        }
        void vscode.window.showErrorMessage(
          result.stderr.trim().split('\n').at(-1) || tr('The PDF could not be made; see the SKM output.'),
        );
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
