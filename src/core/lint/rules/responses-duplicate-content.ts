import { t } from '../../text/messages';
import type { ResponseRow } from '../../model/types';
import { lineRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { capFindings } from './cap-findings';

/** Everything a respondent answered, without the id: two rows with the same content are one person twice. */
function content(row: ResponseRow): string {
  const profile = Object.keys(row.profile)
    .sort()
    .map((key) => `${key}=${(row.profile[key] ?? '').trim().toLowerCase()}`);
  const saran = (row.saran ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return [row.date ?? '', row.time ?? '', row.service ?? '', ...profile, row.scores.join(','), saran].join('\u001f');
}

/**
 * The same respondent twice under two ids: every answer, the date, the time slot, the service, the
 * profile and the saran are equal — typically an export imported twice (once as CSV, once as xlsx,
 * or by a tool that gave new ids). A warning: two people may answer identically on one day, so the
 * user decides.
 */
export const responsesDuplicateContent: LintRule = {
  code: 'responses.duplicate-content',
  defaultSeverity: 'warning',
  description: {
    id: 'Dua baris responden identik (semua jawaban, tanggal, profil dan saran) dengan id berbeda.',
    en: 'Two respondent rows identical (every answer, date, profile and saran) under different ids.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const responses = period.responses;
      if (!responses) continue;
      const first = new Map<string, ResponseRow>();
      const perFile: RuleFinding[] = [];
      for (const row of responses.rows) {
        if (row.date === undefined || row.scores.every((score) => score === null)) continue;
        const key = content(row);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, row);
          continue;
        }
        if (earlier.id === row.id) continue;
        perFile.push({
          file: responses.file,
          range: lineRange(context, responses.file, row.line, row.id),
          message: t('responses.duplicate-content', { id: row.id, first: earlier.id, line: earlier.line }),
          data: { id: row.id, first: earlier.id },
        });
      }
      findings.push(...capFindings(perFile, 'responses.duplicate-content'));
    }
    return findings;
  },
};
