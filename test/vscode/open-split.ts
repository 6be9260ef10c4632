/**
 * Where the first preview open's time goes, for the speed lines of both hosts: each mark of the
 * extension (`PreviewPanel.openMarks`) and of the webview, in milliseconds after the command.
 * Marks are wall-clock (`performance.timeOrigin + performance.now()`) in the extension host and in
 * the webview, so they compare across the two (to the clocks' agreement, ≈ 1 ms).
 */
const STEPS: [mark: string, label: string][] = [
  ['show', 'show()'],
  ['panelCreated', 'panel created'],
  ['htmlSet', 'HTML set'],
  ['page', 'webview page start'],
  ['mermaidStart', 'mermaid evaluation start'],
  ['script', 'mermaid evaluated, preview.js start'],
  ['mermaidReady', 'mermaid initialised'],
  ['ready', 'ready received'],
  ['computeStart', 'compute start'],
  ['posted', 'update posted'],
  ['received', 'update received'],
  ['body', 'tables in DOM'],
  ['charts', 'chart SVG in DOM'],
  ['rendered', '"rendered" received'],
];

/** Epoch milliseconds now, on the same clock as the marks. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export function openSplit(commandAt: number, marks: Record<string, number> | undefined): string {
  if (!marks) return 'split: no marks';
  const steps = STEPS.filter(([mark]) => Number.isFinite(marks[mark])).map(
    ([mark, label]) => `${label} +${((marks[mark] ?? Number.NaN) - commandAt).toFixed(0)}`,
  );
  // The page comes with its first body; an update is posted only when the model changed meanwhile.
  const updates =
    marks.updates === undefined ? 'first body in the page' : `updates posted ${marks.updates}, received ${marks.webviewUpdates ?? 0}`;
  const at = (mark: string): string => ((marks[mark] ?? Number.NaN) - commandAt).toFixed(0);
  const read = marks.filesRead === undefined ? 'not read' : `read from ${at('filesReadStart')} to ${at('filesRead')}`;
  const files = `page files ${marks.inlined ? 'inlined' : 'linked'} (${read})`;
  return `split (ms after the command): ${steps.join(', ')}; ${updates}; ${files}`;
}

/** When the model's silent warm-up pass ran, relative to the preview command. */
export function warmUp(span: [number, number] | undefined, commandAt: number): string {
  return span ? `from ${(span[0] - commandAt).toFixed(0)} to ${(span[1] - commandAt).toFixed(0)} ms after the preview command` : 'skipped';
}
