/** Hover on an unsur code, a CodeLens above responses/summary, and the status-bar item. */
import * as vscode from 'vscode';
import { formatNumber } from '../../src/core/text/format';
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
    const files = document.uri.fsPath.startsWith(model.root)
      ? document.uri.fsPath
          .slice(model.root.length + 1)
          .split('\\')
          .join('/')
      : undefined;
    const period = model.periodFor(files);
    const result = period ? model.compute(period.id)?.unsur.find((candidate) => candidate.code === code) : undefined;
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown(`**${code} — ${escapeMarkdown(unsur.label)}**\n\n`);
    if (unsur.question) markdown.appendMarkdown(`${escapeMarkdown(unsur.question)}\n\n`);
    markdown.appendMarkdown(unsur.options.map((option, index) => `${index + 1}. ${escapeMarkdown(option)}`).join('  \n'));
    if (result && period)
      markdown.appendMarkdown(
        `\n\n${escapeMarkdown(period.label)}: NRR **${formatNumber(result.nrr, 2)}** · ×25 ${formatNumber(result.nrrConverted, 2)} · mutu **${result.grade ?? '–'}**`,
      );
    return new vscode.Hover(markdown, range);
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
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
        tooltip: vscode.l10n.t('Open the IKM preview'),
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
