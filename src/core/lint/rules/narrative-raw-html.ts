import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** Raw HTML or a raw `{=format}` block in narrative Markdown; the report shows it as text. */
export const narrativeRawHtml: LintRule = {
  code: 'narrative.raw-html',
  defaultSeverity: 'warning',
  description: {
    id: 'Narasi memuat HTML atau blok mentah; laporan menampilkannya sebagai teks.',
    en: 'The narrative contains raw HTML or a raw block; the report shows it as text.',
  },
  check: (context) => narrativeFindings(context, 'narrative.raw-html'),
};
