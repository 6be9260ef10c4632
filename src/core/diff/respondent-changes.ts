/** Respondents added, removed and changed between two versions of a period, by row id. */
import type { Period } from '../model/types';

export interface RespondentChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

function rows(period: Period): Map<string, string> {
  return new Map(
    (period.responses?.rows ?? []).map((row) => [row.id, JSON.stringify([row.scores, row.date, row.service, row.profile, row.saran])]),
  );
}

export function respondentChanges(before: Period, after: Period): RespondentChanges {
  const left = rows(before);
  const right = rows(after);
  const changes: RespondentChanges = { added: [], removed: [], changed: [] };
  for (const [id, value] of right) {
    const previous = left.get(id);
    if (previous === undefined) changes.added.push(id);
    else if (previous !== value) changes.changed.push(id);
  }
  for (const id of left.keys()) if (!right.has(id)) changes.removed.push(id);
  return changes;
}
