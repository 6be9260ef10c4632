import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** A narrative link or image points outside what a report may reference; the report drops it. */
export const narrativeLinkTarget: LintRule = {
  code: 'narrative.link-target',
  defaultSeverity: 'warning',
  description: {
    id: 'Tautan atau gambar narasi menunjuk ke luar ruang kerja (atau bukan https:); laporan menghapusnya.',
    en: 'A narrative link or image points outside the workspace (or is not https:); the report drops it.',
  },
  check: (context) => narrativeFindings(context, 'narrative.link-target'),
};
