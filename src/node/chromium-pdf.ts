/**
 * Prints report HTML to PDF with Debian's Chromium (package `chromium`) through playwright-core.
 * Every request that is not `data:` (or a `file:` inside the build folder, when one is given) is
 * aborted, so printing never touches the network or other files; the report's own CSP lets only
 * its two scripts run, and any dialog a script might open is dismissed and counted. The page is printed only after mermaid has set `data-charts-done` and the fonts are
 * ready — no fixed sleeps. One browser serves many reports; `close()` it at the end.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { splitLibrary } from './report-html';

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
  /** Requests refused because they were neither `data:` nor a file inside the build folder. */
  blockedRequests: string[];
  /** Dialogs (alert, confirm, prompt) a script opened while the report loaded; always 0 for our HTML. */
  dialogs: number;
  /**
   * Milliseconds: loading the page (HTML, images, parsing mermaid) and drawing the charts
   * (`mermaid.run`, measured in the page) — `chartsMs` is their sum — and printing.
   */
  timings: { loadMs: number; drawMs: number; chartsMs: number; printMs: number };
}

export interface PdfPrinter {
  /** Milliseconds the browser took to start. */
  startMs: number;
  /** `folder`: the build folder, whose files the page may load (reports embed everything as `data:`). */
  print(html: string, folder?: string): Promise<PrintedPdf>;
  close(): Promise<void>;
}

/** The one policy for every request of the print page. */
export function allowedRequest(url: string, folder: string | undefined): boolean {
  if (url.startsWith('data:')) return true;
  if (folder === undefined || !url.startsWith('file://')) return false;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  const root = path.resolve(folder);
  return file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Starts Chromium at `executablePath` (see `checkTool('chromium', env)`). */
export async function launchPrinter(executablePath: string, options: { timeoutMs?: number } = {}): Promise<PdfPrinter> {
  const timeout = options.timeoutMs ?? 60_000;
  const started = performance.now();
  // Loaded on demand: every other `skm` command starts without playwright-core (≈ 150 ms, 50 MB).
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout });
  const startMs = performance.now() - started;
  // One page is kept with the report's libraries (mermaid, ≈ 2,5 MB of script) already parsed;
  // each report replaces its document with `document.write` (the window and its globals stay), so
  // only the report itself is parsed per print. Any failure discards the page.
  let warm: { context: BrowserContext; page: Page; library: string; blocked: string[]; dialogs: number; folder?: string } | undefined;
  const discard = async (): Promise<void> => {
    const old = warm;
    warm = undefined;
    await old?.context.close().catch(() => undefined);
  };
  const warmPage = async (library: string): Promise<NonNullable<typeof warm>> => {
    if (warm?.library === library) return warm;
    await discard();
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    const state: NonNullable<typeof warm> = { context, page: undefined as unknown as Page, library, blocked: [], dialogs: 0 };
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (allowedRequest(url, state.folder)) return route.continue();
      state.blocked.push(url);
      return route.abort('blockedbyclient');
    });
    state.page = await context.newPage();
    state.page.on('dialog', (dialog) => {
      state.dialogs++;
      void dialog.dismiss().catch(() => undefined);
    });
    await state.page.setContent(`<!DOCTYPE html><html><head></head><body><script>${library}</script></body></html>`, {
      waitUntil: 'load',
      timeout,
    });
    warm = state;
    return warm;
  };
  return {
    startMs,
    async print(html, folder) {
      const split = splitLibrary(html);
      const current = await warmPage(split.library);
      const { page, blocked } = current;
      blocked.length = 0;
      current.dialogs = 0;
      if (folder === undefined) delete current.folder;
      else current.folder = folder;
      try {
        const loading = performance.now();
        await page.evaluate((documentHtml: string) => {
          // Runs in the page (no DOM types in this project): replace the document, keep the window.
          const target = (globalThis as unknown as { document: { open(): void; write(text: string): void; close(): void } }).document;
          target.open();
          target.write(documentHtml);
          target.close();
        }, split.document);
        await page.waitForLoadState('load', { timeout });
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
          blockedRequests: [...blocked],
          dialogs: current.dialogs,
          timings: { loadMs: chartsMs - drawMs, drawMs, chartsMs, printMs },
          ...(chartsError ? { chartsError } : {}),
        };
      } catch (error) {
        await discard();
        throw error;
      }
    },
    close: async () => {
      await discard();
      await browser.close();
    },
  };
}
