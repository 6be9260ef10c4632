/**
 * The HTML and PDF stages of `skm build`, shared with the benchmark: Markdown → pandoc → guard
 * (`guardHtml`: known elements only, images embedded from the workspace) → report HTML (`reportHtml`), and report HTML → Chromium → PDF. The browser starts on the first PDF and
 * serves every later one; `close()` ends it. Each stage's time is recorded.
 */
import { launchPrinter } from './chromium-pdf';
import type { PdfPrinter, PrintedPdf } from './chromium-pdf';
import { findWorkspaceRoot } from './fs-files';
import { guardHtml } from './html-guard';
import { runPandoc } from './pandoc';
import { reportHtml } from './report-html';

export interface RenderTimings {
  pandocMs: number;
  chromiumStartMs: number;
  chartsMs: number;
  printMs: number;
}

export class ReportRenderer {
  private printer: Promise<PdfPrinter> | undefined;
  /** Time spent so far in each stage, summed over every report. */
  readonly timings: RenderTimings = { pandocMs: 0, chromiumStartMs: 0, chartsMs: 0, printMs: 0 };

  constructor(
    private readonly tools: {
      pandocPath?: string;
      chromiumPath?: string;
      /** Images must be files inside this folder (default: the workspace holding the report folder). */
      workspaceRoot?: string;
      /** Called with each image source `guardHtml` removed (outside the workspace, missing, not an image). */
      onRefusedImage?: (source: string) => void;
    },
  ) {}

  /** The report's HTML; `folder` is where the Markdown lives (its images are relative to it). */
  async html(markdown: string, folder: string): Promise<string> {
    if (!this.tools.pandocPath) throw new Error('pandoc path not set');
    const started = performance.now();
    const converted = await runPandoc({ pandocPath: this.tools.pandocPath, markdown });
    this.timings.pandocMs += performance.now() - started;
    const workspaceRoot = this.tools.workspaceRoot ?? findWorkspaceRoot(folder) ?? folder;
    const guarded = guardHtml(converted, { reportFolder: folder, workspaceRoot });
    for (const source of guarded.refused) this.tools.onRefusedImage?.(source);
    return reportHtml(guarded.html);
  }

  /** Prints report HTML; starts Chromium if it is not running yet. */
  async pdf(html: string, folder?: string): Promise<PrintedPdf> {
    const chromiumPath = this.tools.chromiumPath;
    if (!chromiumPath) throw new Error('Chromium path not set');
    if (!this.printer) {
      this.printer = launchPrinter(chromiumPath);
      this.timings.chromiumStartMs += (await this.printer).startMs;
    }
    const printed = await (await this.printer).print(html, folder);
    this.timings.chartsMs += printed.timings.chartsMs;
    this.timings.printMs += printed.timings.printMs;
    return printed;
  }

  async close(): Promise<void> {
    const printer = this.printer;
    this.printer = undefined;
    const started = await printer?.catch(() => undefined);
    await started?.close();
  }
}
