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
} as const;

/** Webview → extension. */
export type PreviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; unsur: string }
  | { type: 'revealFinding'; file: string; line: number }
  | { type: 'rendered'; charts: number; error?: string };

/** Extension → webview. */
export type HostMessage = { type: 'update'; html: string };
