/** Every wire contract of the extension in one place: command ids and webview messages. */
export const COMMAND = {
  openPreview: 'skm.openPreview',
  buildReports: 'skm.buildReports',
  exportPdf: 'skm.exportPdf',
  newUnit: 'skm.newUnit',
  newPeriod: 'skm.newPeriod',
  importResponses: 'skm.importResponses',
  lintWorkspace: 'skm.lintWorkspace',
  rtlHistory: 'skm.rtlHistory',
  /** (table: PreviewTableId, format: 'markdown' | 'tsv') → the copied text; the preview's "Salin tabel". */
  copyPreviewTable: 'skm.copyPreviewTable',
  /** Sets `skm.language` from a quick pick (or its argument `auto` | `id` | `en`). */
  chooseLanguage: 'skm.chooseLanguage',
} as const;

/** Webview → extension. */
export type PreviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; unsur: string }
  | { type: 'revealFinding'; file: string; line: number }
  | { type: 'rendered'; charts: number; redrawn?: number; error?: string; theme?: string; marks?: Record<string, number> }
  | { type: 'revealed'; anchor: string; found: boolean }
  | { type: 'copyTable'; table: string; format: string };

/**
 * Extension → webview: a new body, the section the editor's cursor is in (`unsur:U3`…), or
 * `confirm` (the kept page shown again with an unchanged body: it answers `rendered` with the
 * charts it has in its DOM).
 */
export type HostMessage = { type: 'update'; html: string } | { type: 'reveal'; anchor: string } | { type: 'confirm' };
