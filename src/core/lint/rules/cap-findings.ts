import { t } from '../../text/messages';
import type { RuleFinding } from '../rule';

/** Findings kept per file and rule before the rest are folded into one line. */
export const FINDING_CAP = 50;

/** Keeps the first `FINDING_CAP` findings and adds one saying how many more there were. */
export function capFindings(findings: RuleFinding[], code: string): RuleFinding[] {
  if (findings.length <= FINDING_CAP) return findings;
  const kept = findings.slice(0, FINDING_CAP);
  const last = kept[kept.length - 1]!;
  const more = findings.length - FINDING_CAP;
  kept.push({ file: last.file, range: last.range, message: t('diagnostics.more', { count: more, code }), data: { more } });
  return kept;
}
