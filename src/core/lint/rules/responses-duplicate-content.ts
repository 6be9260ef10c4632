import { t } from '../../text/messages';
import { ContentHasher, hasContent, hashRow } from '../content-key';
import { HashTable } from '../hash-table';
import { lineRange } from '../locate';
import { idHash1 } from '../row-checks';
import type { LintRule, RuleFinding } from '../rule';
import { CappedFindings } from './cap-findings';
import { memoFindings } from './memo-findings';

/**
 * The same respondent twice under two ids: the date, the time slot, the service, the profile,
 * every answer and the saran are equal (`content-key.ts`) — typically an export imported twice
 * (once as CSV, once as xlsx, or by a tool that gave new ids). A warning: two people may answer
 * identically on one day, so the user decides. The same id twice is `responses.duplicate-id`'s.
 * Rows are remembered as hashes, as the streaming reader (`RowChecks`) does, so both report the
 * same rows.
 */
export const responsesDuplicateContent: LintRule = {
  code: 'responses.duplicate-content',
  defaultSeverity: 'warning',
  description: {
    id: 'Dua baris responden identik (tanggal, jam, layanan, profil, semua jawaban dan saran) dengan id berbeda.',
    en: 'Two respondent rows identical (date, time, service, profile, every answer and saran) under different ids.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const profileKeys = context.workspace.unit.profile.map((attribute) => attribute.key);
    // The profile keys (in the unit's order) are the one input besides the rows the hashes read.
    const profileInput = JSON.stringify(profileKeys);
    const hasher = new ContentHasher();
    for (const period of context.workspace.periods) {
      const responses = period.responses;
      if (!responses) continue;
      const found = memoFindings('responses.duplicate-content', context, responses, [profileInput], () => {
        const seen = new HashTable();
        const perFile = new CappedFindings('responses.duplicate-content');
        for (const row of responses.rows) {
          if (!hasContent(row)) continue;
          hashRow(hasher, row, profileKeys);
          const tag = idHash1(row.id);
          const first = seen.addOrGet(hasher.hash1, hasher.hash2, row.line, tag);
          if (first === 0 || seen.earlierTag === tag || !perFile.admit()) continue;
          perFile.keep({
            file: responses.file,
            range: lineRange(context, responses.file, row.line, row.id),
            message: t('responses.duplicate-content', { id: row.id, line: first }),
            data: { id: row.id, firstLine: first },
          });
        }
        return perFile.finish();
      });
      findings.push(...found);
    }
    return findings;
  },
};
