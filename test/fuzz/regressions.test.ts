/** Every input the fuzzer once broke, replayed: each must now pass every invariant. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegressionFixture } from './fuzz-run';
import { REGRESSIONS } from './fuzz-run';
import { runCase, scratchFolder } from './harness';

const fixtures = fs.existsSync(REGRESSIONS)
  ? fs
      .readdirSync(REGRESSIONS)
      .filter((name) => name.endsWith('.json'))
      .sort()
  : [];

describe('fuzz regressions', () => {
  it('has fixtures to replay', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const name of fixtures) {
    it(
      name,
      async () => {
        const fixture = JSON.parse(fs.readFileSync(path.join(REGRESSIONS, name), 'utf8')) as RegressionFixture;
        const scratch = scratchFolder();
        try {
          const outcome = await runCase({ target: fixture.target, bytes: Buffer.from(fixture.base64, 'base64') }, path.join(scratch, 'ws'));
          expect(outcome.findings).toEqual([]);
        } finally {
          fs.rmSync(scratch, { recursive: true, force: true });
        }
      },
      120_000,
    );
  }
});
