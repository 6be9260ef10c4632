import { t } from '../../text/messages';
import type { RuleFinding } from '../rule';

/** Findings kept per file and rule before the rest are folded into one line. */
export const FINDING_CAP = 50;

/**
 * One file's findings of one rule, capped as they come: a rule asks `admit()` for every finding
 * and builds its message and range only when it is kept (the first `FINDING_CAP`); the rest are
 * only counted, and `finish()` folds them into one line saying how many more there were.
 */
export class CappedFindings {
  private readonly kept: RuleFinding[] = [];
  private count = 0;

  constructor(private readonly code: string) {}

  /** Counts one finding; true while it is within the cap (then build it and `keep` it). */
  admit(): boolean {
    return ++this.count <= FINDING_CAP;
  }

  keep(finding: RuleFinding): void {
    this.kept.push(finding);
  }

  /** The kept findings, then (past the cap) the line with how many more there were. */
  finish(): RuleFinding[] {
    const more = this.count - this.kept.length;
    const last = this.kept[this.kept.length - 1];
    if (more <= 0 || !last) return this.kept;
    return [
      ...this.kept,
      { file: last.file, range: last.range, message: t('diagnostics.more', { count: more, code: this.code }), data: { more } },
    ];
  }
}
