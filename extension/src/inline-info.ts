/** Hover on an unsur code, a CodeLens above responses/summary, and the status-bar item. */
import * as vscode from 'vscode';
import { mdText } from '../../src/core/report/escape';
import { joinSafe, mdt } from '../../src/core/report/safe';
import type { SafeMarkdown } from '../../src/core/report/safe';
import { formatNumber } from '../../src/core/text/format';
import { tr } from './l10n';
import { COMMAND } from './contracts';
import type { WorkspaceModel } from './workspace-model';

export function lensText(model: WorkspaceModel, periodId: string): string | undefined {
  const result = model.compute(periodId);
  if (!result) return undefined;
  return `IKM ${formatNumber(result.ikmConverted, 2)} · ${result.grade ?? '–'} · n = ${result.respondents}`;
}

export class UnsurHoverProvider implements vscode.HoverProvider {
  constructor(private readonly model: () => WorkspaceModel | undefined) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const model = this.model();
    const range = document.getWordRangeAtPosition(position, /U\d{1,2}/);
    if (!model || !range) return undefined;
    const code = document.getText(range);
    const workspace = model.result.loaded.workspace;
    const unsur = workspace?.unit.unsur.find((candidate) => candidate.code === code);
    if (!unsur) return undefined;
    const period = model.periodFor(model.relativeOf(document.uri));
    const result = period ? model.compute(period.id)?.unsur.find((candidate) => candidate.code === code) : undefined;
    // Survey text goes through the core's escapers, like every report.
    const lines: SafeMarkdown[] = [mdt`**${mdText(code)} — ${mdText(unsur.label)}**`, mdt``];
    if (unsur.question) lines.push(mdt`${mdText(unsur.question)}`, mdt``);
    lines.push(
      joinSafe(
        unsur.options.map((option, index) => mdt`${index + 1}. ${mdText(option)}`),
        mdt`          \n`,
      ),
    );
    if (result && period)
      lines.push(
        mdt``,
        mdt`${mdText(period.label)}: NRR **${mdText(formatNumber(result.nrr, 2))}** · ×25 ${mdText(formatNumber(result.nrrConverted, 2))} · ${mdText(tr('grade'))} **${mdText(result.grade ?? '–')}**`,
      );
    return new vscode.Hover(new vscode.MarkdownString(joinSafe(lines)), range);
  }
}

export class IkmCodeLensProvider implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly model: () => WorkspaceModel | undefined) {}

  refresh(): void {
    this.emitter.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const model = this.model();
    const match = /periods[\\/]([^\\/]+)[\\/](responses\.(csv|yaml)|summary\.yaml)$/.exec(document.uri.fsPath);
    if (!model || !match?.[1]) return [];
    const title = lensText(model, match[1]);
    if (!title) return [];
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title,
        command: COMMAND.openPreview,
        tooltip: tr('Open the IKM preview'),
      }),
    ];
  }
}

export function updateStatusBar(item: vscode.StatusBarItem, model: WorkspaceModel | undefined, relative: string | undefined): void {
  const period = model?.periodFor(relative);
  const text = model && period ? lensText(model, period.id) : undefined;
  if (!text || !period) {
    item.hide();
    return;
  }
  item.text = `$(graph) ${text.split(' · n')[0] ?? text}`;
  item.tooltip = `${period.label} — ${text}`;
  item.command = COMMAND.openPreview;
  item.show();
}
