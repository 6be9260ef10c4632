import type { Catalogue } from './types';

/** Fixed text of the editor's live preview and of the charts (reports build them in Indonesian). */
export const previewMessages: Catalogue = {
  'preview.grade': { id: 'Mutu', en: 'Grade' },
  'preview.not-available': { id: 'tidak tersedia', en: 'not available' },
  'preview.column.code': { id: 'Kode', en: 'Code' },
  'preview.column.unsur': { id: 'Unsur', en: 'Unsur' },
  'preview.column.answered': { id: 'Dijawab', en: 'Answered' },
  'preview.lowest': { id: 'Tiga unsur terendah', en: 'Three lowest unsur' },
  'preview.ties': { id: 'Seri pada batas: {labels}', en: 'Tied at the cut-off: {labels}' },
  'preview.rtl.none': { id: 'Belum ada RTL.', en: 'No RTL yet.' },
  'preview.rtl.progress': {
    id: '{realised} dari {planned} terealisasi ({percent})',
    en: '{realised} of {planned} carried out ({percent})',
  },
  'preview.saran': { id: 'Saran responden', en: "Respondents' suggestions" },
  'preview.findings.title': { id: 'Temuan baru sejak berkas dibuka', en: 'New findings since the file was opened' },
  'preview.findings.none': { id: 'Tidak ada temuan baru sejak berkas dibuka.', en: 'No new findings since the file was opened.' },
  'preview.copy-table': { id: 'Salin tabel', en: 'Copy table' },
  'preview.copy-markdown': { id: 'Salin sebagai Markdown', en: 'Copy as Markdown' },
  'preview.copy-tsv': { id: 'Salin sebagai TSV', en: 'Copy as TSV' },
  'chart.nrr.title': { id: 'NRR per unsur (garis: batas mutu {grades})', en: 'NRR per unsur (lines: grade thresholds {grades})' },
  'chart.and': { id: 'dan', en: 'and' },
  'chart.trend.title': { id: 'Nilai SKM per periode', en: 'IKM per period' },
  'chart.rtl.title': { id: 'Realisasi rencana tindak lanjut', en: 'Follow-up plan carried out' },
  'chart.rtl.done': { id: 'Sudah', en: 'Done' },
  'chart.rtl.open': { id: 'Belum', en: 'Open' },
};
