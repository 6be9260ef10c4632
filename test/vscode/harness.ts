/**
 * What the extension-host suites (Node host, web host, roll-up) share: waiting for a condition,
 * printing a speed figure against its target, and the "preview shown again" figure.
 */
import * as vscode from 'vscode';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every `stepMs` until it gives a value; throws after `timeoutMs` (naming `what`). */
export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 15000, what = '', stepMs = 50): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting${what ? ` for ${what}` : ''}`);
    await sleep(stepMs);
  }
}

/**
 * Prints one speed figure with its target (`prefix` names the host); a miss says OVER TARGET,
 * never "ok". The driver counts the misses; timings are figures, not assertions (they depend on
 * the machine's load).
 */
export function speedFigure(prefix: string, label: string, ms: number, target: number, detail = ''): void {
  const verdict = Number.isFinite(ms) && ms <= target ? 'within target' : 'OVER TARGET';
  console.log(`SPEED ${prefix}${label}: ${ms.toFixed(0)} ms (target ≤ ${target} ms) ${verdict}${detail ? ` — ${detail}` : ''}`);
}

/** What the "shown again" figure reads of the extension's API. */
interface ChartsApi {
  preview: { shown: boolean; lastCharts: { charts: number; redrawn: number; renders: number } };
}

/**
 * How long a user looks at the file just opened (or just reverted) before pressing Preview (ms).
 * Every first-open figure starts after it: pressed at once, the command met VS Code still setting
 * up the file's editor (loading the YAML grammar, compiling its patterns, starting the tokenizer
 * worker: 165 ms of the workbench's thread in a CPU profile), which started the webview page
 * 0,3–0,5 s later; our providers' results (CodeLens) took ≈ 3 ms of that thread meanwhile.
 */
export const USER_PAUSE_MS = 1000;

/** How often a speed figure's end is polled (ms): the figure is late by at most this much. */
export const SPEED_POLL_MS = 5;

/**
 * The preview's tab covered by an editor, then shown again by the command, until the page reports
 * the charts in its DOM (the kept page answers at once; a page VS Code created anew draws first).
 */
export async function timeShownAgain(
  document: vscode.TextDocument,
  api: ChartsApi,
  figure: (label: string, ms: number, target: number, detail?: string) => void,
): Promise<void> {
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Two });
  await waitFor(() => !api.preview.shown);
  const renders = api.preview.lastCharts.renders;
  const again = performance.now();
  await vscode.commands.executeCommand('skm.openPreview');
  await waitFor(() => api.preview.lastCharts.renders > renders, 20000, 'the preview shown again', SPEED_POLL_MS);
  const ms = performance.now() - again;
  // Runs in the web worker host too (no node:assert there).
  if (api.preview.lastCharts.charts < 1) throw new Error('the page shown again has no chart');
  figure(
    '10k preview shown again (tab hidden, then the command)',
    ms,
    1000,
    `charts in the page ${api.preview.lastCharts.charts}, redrawn ${api.preview.lastCharts.redrawn}`,
  );
}
