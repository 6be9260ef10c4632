/**
 * The live IKM preview beside the editor. The HTML body comes from the core
 * (`renderPreviewBody`, which escapes every survey text); the shell (`previewShell`) has a strict CSP
 * (scripts only with a nonce), the bundled mermaid, theme colours, and "click a row → reveal its source".
 */
import * as vscode from 'vscode';
import { tr } from './l10n';
import { ruleSetOf } from '../../src/core/compute/compute-period';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { previewShell, renderNewFindings, renderPreviewBody } from '../../src/core/report/preview-html';
import type { HostMessage, PreviewMessage } from './contracts';
import type { WorkspaceModel } from './workspace-model';

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private periodId: string | undefined;
  /** Milliseconds from the last update request to the webview's "rendered" message. */
  lastRenderMs = 0;
  private requested = 0;
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

  private onMessage(message: PreviewMessage): void {
    if (message.type === 'ready') {
      this.update();
      return;
    }
    if (message.type === 'rendered') {
      this.lastRenderMs = performance.now() - this.requested;
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
