/**
 * The live IKM preview beside the editor. The HTML body comes from the core
 * (`renderPreviewBody`, which escapes every survey text); the shell (`previewShell`) has a strict CSP
 * (scripts only with a nonce), the bundled mermaid, theme colours, and "click a row → reveal its source";
 * the editor's cursor scrolls it to its section (`reveal`), and "Salin tabel" copies a table rebuilt
 * from the model as Markdown or TSV (`tableText`).
 */
import * as vscode from 'vscode';
import { tr } from './l10n';
import { ruleSetOf } from '../../src/core/compute/compute-period';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { previewShell, renderNewFindings, renderPreviewBody } from '../../src/core/report/preview-html';
import { previewTableMarkdown, previewTables, previewTableTsv } from '../../src/core/report/preview-tables';
import { COMMAND } from './contracts';
import type { HostMessage, PreviewMessage } from './contracts';
import type { WorkspaceModel } from './workspace-model';

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private periodId: string | undefined;
  /** Milliseconds from the last update request to the webview's "rendered" message. */
  lastRenderMs = 0;
  private requested = 0;
  /** The theme the webview last drew its charts for (`light`, `dark`, `hc-dark`, `hc-light`). */
  lastTheme: string | undefined;
  /** The last section the editor's cursor scrolled the preview to, and whether the preview had it. */
  lastRevealed: { anchor: string; found: boolean } | undefined;
  private anchor: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly model: () => WorkspaceModel | undefined,
    private readonly newFindings: () => Diagnostic[] = () => [],
  ) {}

  show(periodId: string | undefined): void {
    this.periodId = periodId ?? this.periodId;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'skm.preview',
        tr('IKM Preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'mermaid')],
        },
      );
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: PreviewMessage) => this.onMessage(message), null, this.disposables);
      this.panel.webview.html = this.shell(this.panel.webview);
    } else {
      this.panel.reveal(undefined, true);
    }
    this.update();
  }

  get visible(): boolean {
    return this.panel !== undefined;
  }

  update(): void {
    const model = this.model();
    if (!this.panel || !model) return;
    const workspace = model.result.loaded.workspace;
    const period = workspace?.periods.find((candidate) => candidate.id === this.periodId) ?? workspace?.periods.at(-1);
    if (!workspace || !period) return;
    const result = model.compute(period.id);
    if (!result) return;
    this.panel.title = `${tr('IKM Preview')}: ${period.label}`;
    this.requested = performance.now();
    const html = renderNewFindings(this.newFindings()) + renderPreviewBody(workspace.unit, period, result, ruleSetOf(workspace));
    const message: HostMessage = { type: 'update', html };
    void this.panel.webview.postMessage(message);
  }

  /** Scrolls the preview to the section of `anchor` (from `previewAnchor`), once per change. */
  reveal(anchor: string | undefined): void {
    if (!this.panel || !anchor || anchor === this.anchor) return;
    this.anchor = anchor;
    const message: HostMessage = { type: 'reveal', anchor };
    void this.panel.webview.postMessage(message);
  }

  /** One of the preview's tables as Markdown or TSV, rebuilt from the model (never from the webview's text). */
  tableText(table: string, format: string): string | undefined {
    const model = this.model();
    const workspace = model?.result.loaded.workspace;
    const period = workspace?.periods.find((candidate) => candidate.id === this.periodId) ?? workspace?.periods.at(-1);
    const result = period ? model?.compute(period.id) : undefined;
    if (!period || !result || (format !== 'markdown' && format !== 'tsv')) return undefined;
    const found = previewTables(period, result).find((candidate) => candidate.id === table);
    if (!found) return undefined;
    return format === 'markdown' ? `${previewTableMarkdown(found)}\n` : previewTableTsv(found);
  }

  private onMessage(message: PreviewMessage): void {
    if (message.type === 'ready') {
      this.anchor = undefined;
      this.update();
      return;
    }
    if (message.type === 'rendered') {
      this.lastRenderMs = performance.now() - this.requested;
      this.lastTheme = message.theme;
      // A redrawn body lost its highlight: scroll to the cursor's section again.
      const anchor = this.anchor;
      this.anchor = undefined;
      this.reveal(anchor);
      return;
    }
    if (message.type === 'revealed') {
      this.lastRevealed = { anchor: String(message.anchor), found: message.found === true };
      return;
    }
    if (message.type === 'copyTable') {
      void vscode.commands.executeCommand(COMMAND.copyPreviewTable, message.table, message.format);
      return;
    }
    const model = this.model();
    if (message.type === 'revealFinding') {
      if (!model || typeof message.file !== 'string' || message.file.includes('..')) return;
      const line = Number.isInteger(message.line) ? message.line : 0;
      void vscode.window.showTextDocument(model.uriOf(message.file), {
        selection: new vscode.Range(line, 0, line, 0),
        viewColumn: vscode.ViewColumn.One,
      });
      return;
    }
    const workspace = model?.result.loaded.workspace;
    if (!model || !workspace) return;
    const period = workspace.periods.find((candidate) => candidate.id === this.periodId) ?? workspace.periods.at(-1);
    const source =
      period?.summary?.unsur[message.unsur]?.source ?? workspace.unit.unsur.find((unsur) => unsur.code === message.unsur)?.source;
    const file = source?.file ?? period?.responses?.file;
    if (!file) return;
    const range = source
      ? new vscode.Range(source.range.start.line, source.range.start.column, source.range.end.line, source.range.end.column)
      : new vscode.Range(0, 0, 0, 0);
    void vscode.window.showTextDocument(model.uriOf(file), {
      selection: range,
      viewColumn: vscode.ViewColumn.One,
    });
  }

  private shell(webview: vscode.Webview): string {
    // Web Crypto: the same in the desktop's Node host and the browser's web worker.
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    const mermaid = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'mermaid', 'mermaid.min.js'));
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    return previewShell({
      nonce,
      cspSource: webview.cspSource,
      mermaidUri: mermaid.toString(),
      scriptUri: script.toString(),
      styleUri: style.toString(),
    });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
