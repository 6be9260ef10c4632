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
import type { PreviewAsset } from '../../src/core/report/preview-html';
import { htmlt } from '../../src/core/report/safe';
import type { SafeHtml } from '../../src/core/report/safe';
import { previewTableMarkdown, previewTables, previewTableTsv } from '../../src/core/report/preview-tables';
import { COMMAND } from './contracts';
import type { HostMessage, PreviewMessage } from './contracts';
import type { WorkspaceModel } from './workspace-model';

/** Wall-clock milliseconds at sub-millisecond resolution, comparable with the webview's marks. */
const epoch = (): number => performance.timeOrigin + performance.now();

/** The page's own files (extension-relative paths). */
const ASSETS = {
  style: ['media', 'preview.css'],
  mermaid: ['dist', 'mermaid', 'mermaid-preview.js'],
  script: ['media', 'preview.js'],
} as const;
type AssetTexts = Record<keyof typeof ASSETS, string>;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private periodId: string | undefined;
  /** Milliseconds from the last update request to the webview's "rendered" message. */
  lastRenderMs = 0;
  private requested = 0;
  /** The last render: charts on the page, how many mermaid drew (the others were unchanged), and a count of renders. */
  lastCharts = { charts: 0, redrawn: 0, renders: 0 };
  /** The theme the webview last drew its charts for (`light`, `dark`, `hc-dark`, `hc-light`). */
  lastTheme: string | undefined;
  /** The last section the editor's cursor scrolled the preview to, and whether the preview had it. */
  lastRevealed: { anchor: string; found: boolean } | undefined;
  private anchor: string | undefined;
  /**
   * The first open of the panel, as wall-clock marks (`epoch`) from the extension (`show`,
   * `panelCreated`, `htmlSet`, `ready`, `posted`, `rendered`) and from the webview (`page`,
   * `mermaidFetched`, `script`, `mermaidReady`, `received`, `body`, `charts`): where the time goes.
   */
  openMarks: Record<string, number> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The page's own files when the host reads them to inline: read once, kept for the session. */
  private assets: Promise<AssetTexts> | undefined;
  /** Those files once read. */
  private assetTexts: AssetTexts | undefined;
  /** When the read of the page's files started (`epoch`), how long it took, and its error (speed figures). */
  assetRead: { started: number; ms: number; error?: string } | undefined;
  /** Whether the page's script said "ready" (an update posted before is lost). */
  private ready = false;
  /** The body the page was created with, until the first update after "ready" compares with it. */
  private embedded: SafeHtml | undefined;
  /** The body the page has: created with or last posted. */
  private shownHtml: SafeHtml | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly model: () => WorkspaceModel | undefined,
    private readonly newFindings: () => Diagnostic[] = () => [],
    /** Reads the page's files to inline them; without it the page links them. */
    private readonly readAsset?: (uri: vscode.Uri) => Promise<string>,
  ) {}

  /** Reads the page's files ahead of the first open (the workspace's first lint pass calls it). */
  prefetch(): void {
    if (!this.readAsset) return;
    this.assets ??= this.readAssets(this.readAsset);
    // A failed read is reported when a panel waiting for it opens, and read again then.
    this.assets.then(
      (texts) => (this.assetTexts = texts),
      () => (this.assets = undefined),
    );
  }

  show(periodId: string | undefined): void {
    this.periodId = periodId ?? this.periodId;
    if (!this.panel) {
      const marks: Record<string, number> = { show: epoch() };
      this.openMarks = marks;
      this.ready = false;
      const inline = this.readAsset !== undefined;
      const panel = vscode.window.createWebviewPanel(
        'skm.preview',
        tr('IKM Preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // An inlined page loads no resource of the extension; a linked one only its own files.
        // The page is kept while its tab is hidden: shown again, it needs no new frame (≈ 0,8–1 s
        // of VS Code's webview start-up) and no mermaid pass.
        { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: inline ? [] : this.assetFolders() },
      );
      this.panel = panel;
      marks.panelCreated = epoch();
      panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
      panel.webview.onDidReceiveMessage((message: PreviewMessage) => this.onMessage(message), null, this.disposables);
      if (this.assetTexts) {
        panel.webview.html = this.shell(panel.webview, this.assetTexts);
        marks.htmlSet = epoch();
        marks.inlined = 1;
      } else if (this.readAsset) {
        // The webview starts up while the page's files are read (once per session).
        this.assets ??= this.readAssets(this.readAsset);
        this.assets.then(
          (texts) => {
            this.assetTexts = texts;
            if (this.panel !== panel) return;
            panel.webview.html = this.shell(panel.webview, texts);
            marks.htmlSet = epoch();
            marks.inlined = 1;
          },
          (error: unknown) => {
            this.assets = undefined;
            void vscode.window.showErrorMessage(tr('The IKM preview could not read its files: {0}', String(error)));
          },
        );
      } else {
        panel.webview.html = this.shell(panel.webview);
        marks.htmlSet = epoch();
      }
      this.update();
    } else {
      this.panel.reveal(undefined, true);
      // The kept page has the current body unless the model changed: then it confirms its charts.
      if (!this.update(true)) this.confirm();
    }
  }

  /** Asks the page for the charts in its DOM (it answers `rendered`, nothing redrawn). */
  private confirm(): void {
    if (!this.panel || !this.ready) return;
    this.requested = performance.now();
    const message: HostMessage = { type: 'confirm' };
    void this.panel.webview.postMessage(message);
  }

  /** The page's style sheet, mermaid and script, read by the host. */
  private async readAssets(readAsset: (uri: vscode.Uri) => Promise<string>): Promise<AssetTexts> {
    const started = epoch();
    const read = (path: readonly string[]): Promise<string> => readAsset(vscode.Uri.joinPath(this.extensionUri, ...path));
    try {
      const [style, mermaid, script] = await Promise.all([read(ASSETS.style), read(ASSETS.mermaid), read(ASSETS.script)]);
      this.assetRead = { started, ms: epoch() - started };
      return { style, mermaid, script };
    } catch (error) {
      this.assetRead = { started, ms: epoch() - started, error: String(error) };
      throw error;
    }
  }

  private assetFolders(): vscode.Uri[] {
    return [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'mermaid')];
  }

  get visible(): boolean {
    return this.panel !== undefined;
  }

  /** Whether the panel is on screen (open and not covered by another tab). */
  get shown(): boolean {
    return this.panel?.visible === true;
  }

  /**
   * Posts the current body to the page; says whether it posted. `unlessShown`: not when the page
   * has it already (the kept page shown again).
   */
  update(unlessShown = false): boolean {
    if (!this.panel || !this.ready) return false;
    const begun = epoch();
    const body = this.body();
    if (!body) return false;
    this.panel.title = body.title;
    // The page drew the body it was created with: the first update after "ready" may have nothing new.
    const embedded = this.embedded;
    this.embedded = undefined;
    if (body.html === embedded || (unlessShown && body.html === this.shownHtml)) return false;
    this.shownHtml = body.html;
    this.requested = performance.now();
    const message: HostMessage = { type: 'update', html: body.html };
    void this.panel.webview.postMessage(message);
    if (this.openMarks && this.openMarks.rendered === undefined) {
      // The update the webview draws first: the last one posted before its "rendered".
      this.openMarks.computeStart = begun;
      this.openMarks.posted = epoch();
      this.openMarks.updates = (this.openMarks.updates ?? 0) + 1;
    }
    return true;
  }

  /** The preview's body for the current model and period (new findings first), and the panel's title. */
  private body(): { html: SafeHtml; title: string } | undefined {
    const model = this.model();
    const workspace = model?.result.loaded.workspace;
    const period = workspace?.periods.find((candidate) => candidate.id === this.periodId) ?? workspace?.periods.at(-1);
    const result = period ? model?.compute(period.id) : undefined;
    if (!workspace || !period || !result) return undefined;
    return {
      html: htmlt`${renderNewFindings(this.newFindings())}${renderPreviewBody(workspace.unit, period, result, ruleSetOf(workspace))}`,
      title: `${tr('IKM Preview')}: ${period.label}`,
    };
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
      if (this.openMarks && this.openMarks.ready === undefined) this.openMarks.ready = epoch();
      this.ready = true;
      this.anchor = undefined;
      this.update();
      return;
    }
    if (message.type === 'rendered') {
      this.lastRenderMs = performance.now() - this.requested;
      this.lastTheme = message.theme;
      this.lastCharts = { charts: message.charts, redrawn: message.redrawn ?? message.charts, renders: this.lastCharts.renders + 1 };
      if (this.openMarks && this.openMarks.rendered === undefined) {
        const read =
          this.assetRead && !this.assetRead.error
            ? { filesReadStart: this.assetRead.started, filesRead: this.assetRead.started + this.assetRead.ms }
            : {};
        Object.assign(this.openMarks, message.marks, read, { rendered: epoch() });
      }
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

  /** The page: its files inlined from `texts`, or linked by their webview URIs; the current body in it. */
  private shell(webview: vscode.Webview, texts?: AssetTexts): string {
    // Web Crypto: the same in the desktop's Node host and the browser's web worker.
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    const asset = (name: keyof typeof ASSETS): PreviewAsset =>
      texts ? { text: texts[name] } : { uri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...ASSETS[name])).toString() };
    const body = this.body();
    this.embedded = body?.html;
    this.shownHtml = body?.html;
    if (body) {
      this.requested = performance.now();
      if (this.panel) this.panel.title = body.title;
    }
    return previewShell({
      nonce,
      cspSource: webview.cspSource,
      style: asset('style'),
      mermaid: asset('mermaid'),
      script: asset('script'),
      body: body?.html,
    });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
