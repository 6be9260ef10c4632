/**
 * Prints report HTML to PDF with Debian's Chromium (package `chromium`) through playwright-core.
 * Every request that is not `file:`, `data:` or `blob:` is blocked, so printing never touches the
 * network. The page is printed only after mermaid has set `data-charts-done` and the fonts are
 * ready — no fixed sleeps. One browser serves many reports; `close()` it at the end.
 */
import type { Browser } from 'playwright-core';

/** Chromium flags: headless printing as root in a container, hinting off for stable glyphs. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-extensions',
  '--font-render-hinting=none',
  '--disable-background-networking',
];

export interface PrintedPdf {
  pdf: Buffer;
  /** mermaid's error message when a chart could not be drawn. */
  chartsError?: string;
  /** Charts mermaid drew (`pre.mermaid` holding an SVG). */
  svgCount: number;
  /** Requests refused because they were not file:, data: or blob:. */
  blockedRequests: string[];
  /**
   * Milliseconds: loading the page (HTML, images, parsing mermaid) and drawing the charts
   * (`mermaid.run`, measured in the page) — `chartsMs` is their sum — and printing.
   */
  timings: { loadMs: number; drawMs: number; chartsMs: number; printMs: number };
}

export interface PdfPrinter {
  /** Milliseconds the browser took to start. */
  startMs: number;
  print(html: string): Promise<PrintedPdf>;
  close(): Promise<void>;
}

const LOCAL = /^(file|data|blob):/;

/** Starts Chromium at `executablePath` (see `checkTool('chromium', env)`). */
export async function launchPrinter(executablePath: string, options: { timeoutMs?: number } = {}): Promise<PdfPrinter> {
  const timeout = options.timeoutMs ?? 60_000;
  const started = performance.now();
  // Loaded on demand: every other `skm` command starts without playwright-core (≈ 150 ms, 50 MB).
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout });
  const startMs = performance.now() - started;
  return {
    startMs,
    async print(html) {
      const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
      const blockedRequests: string[] = [];
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (LOCAL.test(url)) return route.continue();
        blockedRequests.push(url);
        return route.abort('blockedbyclient');
      });
      try {
        const page = await context.newPage();
        const loading = performance.now();
        await page.setContent(html, { waitUntil: 'load', timeout });
        await page.waitForFunction("document.body && document.body.dataset.chartsDone === '1'", undefined, { timeout, polling: 20 });
        await page.evaluate('document.fonts.ready.then(() => true)');
        const chartsError = await page.evaluate<string>('document.body.dataset.chartsError || ""');
        const svgCount = await page.evaluate<number>("document.querySelectorAll('pre.mermaid svg').length");
        const chartsMs = performance.now() - loading;
        const drawMs = Number(await page.evaluate<string>('document.body.dataset.chartsMs || "0"'));
        const printing = performance.now();
        const pdf = await page.pdf({
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
        });
        const printMs = performance.now() - printing;
        return {
          pdf,
          svgCount,
          blockedRequests,
          timings: { loadMs: chartsMs - drawMs, drawMs, chartsMs, printMs },
          ...(chartsError ? { chartsError } : {}),
        };
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
