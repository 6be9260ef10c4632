/** Respondents added, removed and changed between two versions of a period, by row id. */
import type { Period, ResponseRow } from '../model/types';

export interface RespondentChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

function rows(period: Period): Map<string, ResponseRow> {
  return new Map((period.responses?.rows ?? []).map((row) => [row.id, row]));
}

/** A score as JSON writes it (a non-finite number as null): the comparison is the JSON text's. */
const scoreText = (score: number | null): number | null => (score !== null && Number.isFinite(score) ? score : null);

/**
 * The answers compared: scores, date, service, profile (in column order) and saran — what the
 * JSON of `[scores, date, service, profile, saran]` holds, compared field by field without
 * writing it (10,000 rows a side in `skm diff`).
 */
function sameAnswers(a: ResponseRow, b: ResponseRow): boolean {
  if (a.date !== b.date || a.service !== b.service || a.saran !== b.saran || a.scores.length !== b.scores.length) return false;
  for (let index = 0; index < a.scores.length; index++) if (scoreText(a.scores[index]!) !== scoreText(b.scores[index]!)) return false;
  const keys = Object.keys(a.profile);
  const otherKeys = Object.keys(b.profile);
  if (keys.length !== otherKeys.length) return false;
  return keys.every((key, index) => key === otherKeys[index] && a.profile[key] === b.profile[key]);
}

export function respondentChanges(before: Period, after: Period): RespondentChanges {
  const left = rows(before);
  const right = rows(after);
  const changes: RespondentChanges = { added: [], removed: [], changed: [] };
  for (const [id, row] of right) {
    const previous = left.get(id);
    if (previous === undefined) changes.added.push(id);
    else if (!sameAnswers(previous, row)) changes.changed.push(id);
  }
  for (const id of left.keys()) if (!right.has(id)) changes.removed.push(id);
  return changes;
}
