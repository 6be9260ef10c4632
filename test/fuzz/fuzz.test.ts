/**
 * The fuzz suite (issue 11): seeded mutations of the samples' YAML, CSV and Markdown and of import
 * inputs (CSV and xlsx bytes), each run in-process through the engine or the CLI. 2,000 cases in
 * `npm test`; `npm run fuzz` runs 20,000 (FUZZ_CASES) and saves every failing case as a
 * regression fixture in test/fuzz/regressions/ (FUZZ_SAVE=1), replayed by regressions.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { FuzzFailure } from './fuzz-run';
import { runFuzz, saveRegression } from './fuzz-run';

const CASES = Number(process.env['FUZZ_CASES'] ?? 2000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 11);

describe('fuzz', () => {
  it(
    `survives ${CASES} mutated inputs (seed ${SEED}): no crash, stack, unlocated message, bad exit code, slow case, lost row or temporary file`,
    async () => {
      const failures: string[] = [];
      const stats = await runFuzz(SEED, CASES, (failure: FuzzFailure) => {
        const saved = process.env['FUZZ_SAVE'] === '1' ? ` → ${saveRegression(SEED, failure)}` : '';
        failures.push(
          `case ${failure.index} ${JSON.stringify(failure.target)} [${failure.applied.join(', ')}]: ${failure.findings
            .map((finding) => `${finding.kind}: ${finding.detail.split('\n')[0] ?? ''}`)
            .join('; ')}${saved}`,
        );
      });
      const findings = Object.entries(stats.findings)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ');
      console.log(
        `fuzz seed ${SEED}: ${stats.inputs} inputs (${Object.entries(stats.byTarget)
          .map(([target, count]) => `${target} ${count}`)
          .join(
            ', ',
          )}); findings: ${findings}; import rows read ${stats.importRows.read} = imported ${stats.importRows.imported} + rejected ${stats.importRows.rejected}; slowest case ${Math.round(stats.slowestMs)} ms, total ${Math.round(stats.totalMs / 1000)} s`,
      );
      expect(stats.inputs).toBe(CASES);
      expect(failures).toEqual([]);
    },
    60 * 60 * 1000,
  );
});
