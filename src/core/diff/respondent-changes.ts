/**
 * Respondents added, removed and changed between two versions of a period, by row id. Each side
 * is a `RespondentSide`: the period's decoded rows (in memory), or the raw records of its
 * responses.csv (`response-records.ts`), decoded only where two records of an id differ.
 */
import type { Period, ResponseRow } from '../model/types';
import { sameRecords } from './response-records';
import type { RecordCells } from './response-records';

export interface RespondentChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * What two rows are compared by: scores, date, service, profile (non-empty values as
 * key, value, key, value… in the unit's order) and saran — what the JSON of
 * `[scores, date, service, profile, saran]` holds.
 */
export interface Answers {
  scores: readonly (number | null)[];
  date: string | undefined;
  service: string | undefined;
  profile: readonly string[];
  saran: string | undefined;
}

/** One side's respondents of a period. */
export interface RespondentSide {
  /** Every row's id in file order (repeated ids too). */
  readonly ids: readonly string[];
  /** Id → the handle of its last row, in order of the id's first row. */
  readonly rows: ReadonlyMap<string, number>;
  answers(row: number): Answers;
  /** The raw cells of a responses.csv side: two such sides compare cell by cell (`sameRecords`). */
  readonly records?: RecordCells;
}

/** The side of a period's rows already decoded (a responses.yaml, or the in-memory loader's). */
export function rowsSide(period: Period | undefined): RespondentSide {
  const list: readonly ResponseRow[] = period?.responses?.rows ?? [];
  const rows = new Map<string, number>();
  list.forEach((row, index) => rows.set(row.id, index));
  return {
    ids: list.map((row) => row.id),
    rows,
    answers(index) {
      const row = list[index]!;
      const profile: string[] = [];
      for (const key of Object.keys(row.profile)) profile.push(key, row.profile[key]!);
      return { scores: row.scores, date: row.date, service: row.service, profile, saran: row.saran };
    },
  };
}

/** A score as JSON writes it (a non-finite number as null): the comparison is the JSON text's. */
const scoreText = (score: number | null): number | null => (score !== null && Number.isFinite(score) ? score : null);

export function sameAnswers(a: Answers, b: Answers): boolean {
  if (a.date !== b.date || a.service !== b.service || a.saran !== b.saran || a.scores.length !== b.scores.length) return false;
  for (let index = 0; index < a.scores.length; index++) if (scoreText(a.scores[index]!) !== scoreText(b.scores[index]!)) return false;
  if (a.profile.length !== b.profile.length) return false;
  for (let index = 0; index < a.profile.length; index++) if (a.profile[index] !== b.profile[index]) return false;
  return true;
}

function same(left: RespondentSide, leftRow: number, right: RespondentSide, rightRow: number): boolean {
  const quick = left.records && right.records ? sameRecords(left.records, leftRow, right.records, rightRow) : undefined;
  return quick ?? sameAnswers(left.answers(leftRow), right.answers(rightRow));
}

export function respondentChanges(before: RespondentSide, after: RespondentSide): RespondentChanges {
  const changes: RespondentChanges = { added: [], removed: [], changed: [] };
  for (const [id, row] of after.rows) {
    const previous = before.rows.get(id);
    if (previous === undefined) changes.added.push(id);
    else if (!same(before, previous, after, row)) changes.changed.push(id);
  }
  for (const id of before.rows.keys()) if (!after.rows.has(id)) changes.removed.push(id);
  return changes;
}
