/**
 * Value rules check single response cells against the unit's closed lists and formats (jenis
 * kelamin, pendidikan, usia, jam, jenis layanan, tanggal). They run inside `ResponseDecoder`, so
 * the in-memory lint and the streaming lint of a million-row file both apply them, with the row
 * and column of the cell. One rule per file in this folder, registered in `index.ts`; documented
 * in docs/lint-rules.md like the domain rules.
 */
import type { Severity } from '../../model/diagnostic';
import type { Unit } from '../../model/types';
import { CategoryList } from '../../model/categories';
import { editDistance, MAX_SUGGESTED_LENGTH } from '../../text/did-you-mean';
import { t } from '../../text/messages';

export interface ValueFinding {
  message: string;
  data?: Record<string, unknown>;
}

/** One column's check; `check` is called with the trimmed, non-empty cell text. */
export interface ValueCheck {
  column: string;
  check(value: string): ValueFinding | undefined;
}

export interface ValueRule {
  code: string;
  defaultSeverity: Severity;
  description: { id: string; en: string };
  /** The checks for one unit (none for a list the unit leaves open). */
  prepare(unit: Unit): ValueCheck[];
}

/**
 * A check that `column` holds one of `list`'s codes exactly. A label, an alias or another case of
 * a code is still an error (the file must hold the code), with the code as the suggestion.
 */
export function closedListCheck(column: string, name: string, list: CategoryList): ValueCheck {
  const codes = list.options.map((option) => option.code).join(', ');
  const spellings = list.spellings();
  return {
    column,
    check(value) {
      if (list.isCode(value)) return undefined;
      const resolved = list.resolve(value);
      const near = resolved === undefined ? nearest(value, spellings) : undefined;
      const suggestion = resolved ?? (near === undefined ? undefined : list.resolve(near));
      const hint =
        resolved !== undefined ? t('values.write-code', { code: resolved }) : suggestion ? t('did-you-mean', { suggestion }) : '';
      const message = t('values.outside-list', { value, column, name, codes, hint });
      return { message, data: suggestion === undefined ? { column, value } : { column, value, suggestion } };
    },
  };
}

/** The closest spelling within a third of the value's length (short codes get no guess). */
function nearest(value: string, spellings: readonly string[]): string | undefined {
  if (value.length > MAX_SUGGESTED_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Math.floor(value.length / 3) + 1;
  for (const spelling of spellings) {
    if (Math.abs(spelling.length - value.length) >= bestDistance) continue;
    const distance = editDistance(value, spelling);
    if (distance < bestDistance) {
      best = spelling;
      bestDistance = distance;
    }
  }
  return best;
}
