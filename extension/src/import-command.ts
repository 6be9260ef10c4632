/**
 * "Import responses…": pick a Google Forms / CSV / .xlsx file and a period, see the column mapping
 * and what a dry run would import (a read-only document beside the editor), confirm, then import
 * with a progress notification and show `read = imported + rejected`. The work is the engine's
 * `importFile`; this module only asks and shows. The file and the period may be passed as command
 * arguments (the tests do; so can a keybinding or another extension).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { tr } from './l10n';
import type { Workspace } from '../../src/core/model/types';
import { t } from '../../src/core/text/messages';
import { importFile } from '../../src/node/import-file';
import type { ImportSummary } from '../../src/node/import-file';
import type { WorkspaceModel } from './workspace-model';

export const IMPORT_PLAN_SCHEME = 'skm-import';

/** The mapping previews shown so far, by URI path; read-only documents, so closing asks nothing. */
export class ImportPlanProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();

  show(name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: IMPORT_PLAN_SCHEME, path: `/${name}.md` });
    this.texts.set(uri.path, text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }
}

function planText(input: string, periodLabel: string, dry: ImportSummary): string {
  return [
    `# ${tr('Import {0} into {1}', path.basename(input), periodLabel)}`,
    '',
    // Shared with the CLI: the same catalogue strings `skm import --dry-run` prints.
    dry.stopped
      ? dry.plan.blocked.join(' ')
      : `${t('import.dry-run')} ${t('import.summary.full', { read: dry.read, imported: dry.imported, unchanged: dry.unchanged, changed: dry.changed.length, rejected: dry.rejected })}`,
    '',
    '```text',
    ...dry.plan.lines,
    ...dry.valueMappings,
    '```',
    '',
  ].join('\n');
}

async function pickInput(argument: unknown): Promise<string | undefined> {
  if (typeof argument === 'string') return argument;
  if (argument instanceof vscode.Uri) return argument.fsPath;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: tr('Import'),
    filters: { 'CSV / Excel': ['csv', 'xlsx'] },
  });
  return picked?.[0]?.fsPath;
}

async function pickPeriod(workspace: Workspace, argument: unknown): Promise<Workspace['periods'][number] | undefined> {
  if (typeof argument === 'string') return workspace.periods.find((period) => period.id === argument);
  const picked = await vscode.window.showQuickPick(
    [...workspace.periods].reverse().map((period) => ({ label: period.label, description: period.id, period })),
    { placeHolder: tr('Import into period') },
  );
  return picked?.period;
}

/** Runs the command; resolves to the summary, or undefined when cancelled. */
export async function importResponses(
  model: WorkspaceModel,
  plans: ImportPlanProvider,
  output: vscode.OutputChannel,
  inputArgument?: unknown,
  periodArgument?: unknown,
): Promise<ImportSummary | undefined> {
  const workspace = model.result.loaded.workspace;
  if (!workspace) return undefined;
  const input = await pickInput(inputArgument);
  if (!input) return undefined;
  const period = await pickPeriod(workspace, periodArgument);
  if (!period) return undefined;
  const root = model.root;
  try {
    const dry = await importFile({ root, workspace, period, input, dryRun: true });
    const text = planText(input, period.label, dry);
    output.appendLine(text);
    const document = await vscode.workspace.openTextDocument(plans.show(`${period.id}-${path.basename(input)}`, text));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    if (dry.stopped) {
      void vscode.window.showErrorMessage(dry.plan.blocked.join(' '));
      return undefined;
    }
    const importLabel = tr('Import {0} rows', dry.imported);
    const confirm = await vscode.window.showQuickPick(
      [
        { label: importLabel, detail: t('import.summary', { read: dry.read, imported: dry.imported, rejected: dry.rejected }) },
        { label: tr('Cancel') },
      ],
      { placeHolder: tr('Check the column mapping shown beside, then confirm') },
    );
    if (confirm?.label !== importLabel) return undefined;
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: tr('Importing responses…') },
      (progress) => {
        let reported = 0;
        return importFile({
          root,
          workspace,
          period,
          input,
          onProgress: (done, total) => {
            const percent = Math.floor((done / Math.max(total, 1)) * 100);
            if (percent > reported) progress.report({ increment: percent - reported, message: `${percent}%` });
            reported = Math.max(reported, percent);
          },
        });
      },
    );
    model.invalidate();
    const message = t('import.summary', { read: summary.read, imported: summary.imported, rejected: summary.rejected });
    output.appendLine(message + (summary.rejectsFile ? ` · ${summary.rejectsFile}` : ''));
    if (summary.rejectsFile) {
      const rejects = summary.rejectsFile;
      void vscode.window
        .showWarningMessage(message, tr('Open rejects'))
        .then((choice) => (choice ? vscode.window.showTextDocument(vscode.Uri.file(rejects)) : undefined));
    } else {
      void vscode.window.showInformationMessage(message);
    }
    return summary;
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
