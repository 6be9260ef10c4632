/**
 * The engine against an independent reference written here from docs/compute-json.md and
 * ../shared/spec/skm-rules.md, in exact fractions of its own (no code shared with src/): over
 * generated periods in every mode and both rule sets, with answer counts chosen so that IKMs land
 * exactly on grade bounds, NRRs on 3-decimal halves, and NRRs tie at the priority cut-off.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import type { ModeId } from '../../src/core/model/types';
import { formatNumber } from '../../src/core/text/format';
import { UNIT_YAML, summaryWorkspace } from './helpers';

/** A fraction n/d with d > 0 (not reduced; comparisons cross-multiply). */
interface Fraction {
  n: bigint;
  d: bigint;
}
const frac = (n: bigint | number, d: bigint | number = 1n): Fraction => ({ n: BigInt(n), d: BigInt(d) });
const plus = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const times = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d);
const cmp = (a: Fraction, b: Fraction): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
/** "0.111" → 111/1000, written out by hand so nothing goes through a double. */
const decimal = (text: string): Fraction => {
  const [whole, fraction = ''] = text.split('.');
  return frac(BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length));
};
/** Half away from zero to `places` decimals (values here are never negative). */
const roundHalfUp = (value: Fraction, places: number): Fraction => {
  const scale = 10n ** BigInt(places);
  return frac((2n * value.n * scale + value.d) / (2n * value.d), scale);
};
/** The digits a correct report prints: half up to 2 decimals, Indonesian comma. */
const printed = (value: Fraction): string => {
  const hundredths = roundHalfUp(value, 2);
  const cents = (hundredths.n * 100n) / hundredths.d;
  return `${cents / 100n},${String(cents % 100n).padStart(2, '0')}`;
};

interface Rules {
  id: string;
  unsurCount: number;
  /** Lower bounds on ×25, highest first, as written in the regulation. */
  bands: [string, string][];
}
const RULES_14_2017: Rules = {
  id: 'permenpanrb-14-2017',
  unsurCount: 9,
  bands: [
    ['88.31', 'A'],
    ['76.61', 'B'],
    ['65.00', 'C'],
  ],
};
const RULES_25_2004: Rules = {
  id: 'kepmenpan-25-2004',
  unsurCount: 14,
  bands: [
    ['81.26', 'A'],
    ['62.51', 'B'],
    ['43.76', 'C'],
  ],
};

const MODES: { id: ModeId; weight: string | null; round: boolean; forCount: number | null }[] = [
  { id: 'exact', weight: null, round: false, forCount: null },
  { id: 'template-0.111', weight: '0.111', round: false, forCount: 9 },
  { id: 'template-0.11', weight: '0.11', round: false, forCount: 9 },
  { id: 'template-0.111-round3', weight: '0.111', round: true, forCount: 9 },
  { id: 'template-0.11-round3', weight: '0.11', round: true, forCount: 9 },
  { id: 'template-0.071', weight: '0.071', round: false, forCount: 14 },
  { id: 'template-0.071-round3', weight: '0.071', round: true, forCount: 14 },
];

function gradeOf(converted: Fraction, rules: Rules): string {
  for (const [bound, grade] of rules.bands) if (cmp(converted, decimal(bound)) >= 0) return grade;
  return 'D';
}

interface Expected {
  ikmConverted: Fraction | null;
  grade: string | null;
  unsurGrades: (string | null)[];
  lowest: string[];
}

/** The reference: NRR = total ÷ answered, pooled; IKM per mode; grades half-open; lowest three with ties. */
function reference(rules: Rules, mode: (typeof MODES)[number], answered: number[], totals: number[]): Expected {
  const nrrs = answered.map((count, index) => (count > 0 ? frac(totals[index]!, count) : null));
  const unsurGrades = nrrs.map((nrr) => (nrr === null ? null : gradeOf(times(nrr, frac(25)), rules)));
  const present = nrrs.map((nrr, index) => ({ nrr, code: `U${index + 1}` })).filter((entry) => entry.nrr !== null);
  const sorted = [...present].sort((a, b) => cmp(a.nrr!, b.nrr!));
  const cut = sorted[Math.min(2, sorted.length - 1)];
  const lowest =
    sorted.length < 3
      ? sorted.map((entry) => entry.code)
      : sorted.filter((entry) => cmp(entry.nrr!, cut!.nrr!) <= 0).map((entry) => entry.code);

  let ikm: Fraction | null = null;
  if (mode.weight === null) {
    if (present.length > 0)
      ikm = times(
        present.reduce((sum, entry) => plus(sum, entry.nrr!), frac(0)),
        frac(1, present.length),
      );
  } else if (mode.forCount === rules.unsurCount && present.length === nrrs.length) {
    const weight = decimal(mode.weight);
    ikm = frac(0);
    for (const { nrr } of present) {
      ikm = plus(ikm, mode.round ? roundHalfUp(times(roundHalfUp(nrr!, 3), weight), 3) : times(nrr!, weight));
    }
  }
  const ikmConverted = ikm === null ? null : times(ikm, frac(25));
  return { ikmConverted, grade: ikmConverted === null ? null : gradeOf(ikmConverted, rules), unsurGrades, lowest: lowest.sort() };
}

/** Totals for `answered` that sum to exactly `sum`, each within [answered, 4·answered]. */
function spread(answered: number[], sum: number, shuffle: number): number[] {
  const totals = answered.map((count) => count);
  let left = sum - totals.reduce((a, b) => a + b, 0);
  for (let pass = 0; left > 0 && pass < 4; pass++) {
    for (let step = 0; step < totals.length && left > 0; step++) {
      const index = (step + shuffle) % totals.length;
      const room = 4 * answered[index]! - totals[index]!;
      const add = Math.min(room, Math.ceil(left / (totals.length - step)) + (pass > 0 ? left : 0));
      totals[index]! += Math.min(add, left);
      left -= Math.min(add, left);
    }
  }
  return totals;
}

/**
 * Answer counts that put the IKM (×25) exactly on a grade bound, or one point of total either side:
 * all unsur answered by `a`, totals summing to bound × X × a ÷ (25 × w·X) for the mode's weight.
 */
function boundaryCase(rules: Rules, modeIndex: number, boundIndex: number, offset: number, shuffle: number) {
  const mode = MODES[modeIndex]!;
  const bound = decimal(rules.bands[boundIndex]![0]);
  const count = rules.unsurCount;
  // Σ t/a = bound / 25 / w (template) or bound / 25 × X (exact): find a making Σ t an integer.
  const perAnswer =
    mode.weight === null ? times(bound, frac(count, 25)) : times(bound, frac(decimal(mode.weight).d, 25n * decimal(mode.weight).n));
  for (let a = 1; a <= 20000; a++) {
    if ((perAnswer.n * BigInt(a)) % perAnswer.d !== 0n) continue;
    const sum = Number((perAnswer.n * BigInt(a)) / perAnswer.d) + offset;
    if (sum < count * a || sum > 4 * count * a) return null;
    const answered = Array.from({ length: count }, () => a);
    return { answered, totals: spread(answered, sum, shuffle) };
  }
  return null;
}

const SKM_25_2004 = `${UNIT_YAML}ruleSet: kepmenpan-25-2004\n`;

function check(rules: Rules, mode: (typeof MODES)[number], answered: number[], totals: number[]): void {
  const codes = answered.map((_, index) => `U${index + 1}`);
  const respondents = Math.max(1, ...answered);
  const workspace = summaryWorkspace(respondents, totals, {
    codes,
    answered,
    ...(rules === RULES_25_2004 ? { skm: SKM_25_2004 } : {}),
  });
  const result = computePeriod(workspace, 'p', { mode: mode.id });
  const expected = reference(rules, mode, answered, totals);
  const context = JSON.stringify({ rules: rules.id, mode: mode.id, answered, totals });
  expect(result.ruleSet, context).toBe(rules.id);
  expect(result.grade, context).toBe(expected.grade);
  expect(
    result.unsur.map((unsur) => unsur.grade),
    context,
  ).toEqual(expected.unsurGrades);
  if (expected.ikmConverted === null) {
    expect(result.ikmConverted, context).toBeNull();
  } else {
    const exact = Number((expected.ikmConverted.n * 10n ** 15n) / expected.ikmConverted.d) / 1e15;
    expect(Math.abs(result.ikmConverted! - exact), context).toBeLessThan(1e-12);
    expect(formatNumber(result.ikmConverted, 2), context).toBe(printed(expected.ikmConverted));
  }
  expect([...result.lowest, ...result.ties.lowest].map((unsur) => unsur.code).sort(), context).toEqual(expected.lowest);
  if (mode.forCount !== null && mode.forCount !== rules.unsurCount) expect(result.mode.refusal, context).not.toBeNull();
}

const rulesArbitrary = fc.constantFrom(RULES_14_2017, RULES_25_2004);
const modeArbitrary = fc.integer({ min: 0, max: MODES.length - 1 });

/** Answer counts that make exact 3-decimal halves and ties likely. */
const randomCase = rulesArbitrary.chain((rules) =>
  fc.record({
    rules: fc.constant(rules),
    modeIndex: modeArbitrary,
    cells: fc.array(
      fc.oneof(
        fc.record({ answered: fc.constantFrom(0, 1, 2, 3, 7, 20, 40, 68, 85), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
        fc.record({ answered: fc.constantFrom(200, 400, 2000), fraction: fc.constantFrom(0, 0.25, 0.5, 0.6675, 0.7505, 1) }),
        // NRR a multiple of 0,05: NRR×w often ends on a 3-decimal half (3,05 × 0,11 = 0,3355).
        fc.record({ answered: fc.constant(20), fraction: fc.integer({ min: 0, max: 60 }).map((step) => step / 60) }),
      ),
      { minLength: rules.unsurCount, maxLength: rules.unsurCount },
    ),
  }),
);

describe('compute against an exact reference implementation', () => {
  it('agrees on IKM, printed digits, grades and the lowest three over ≥ 1,000 generated periods in every mode and both rule sets', () => {
    let runs = 0;
    fc.assert(
      fc.property(randomCase, ({ rules, modeIndex, cells }) => {
        const answered = cells.map((cell) => cell.answered);
        const totals = cells.map((cell) => cell.answered + Math.round(cell.fraction * 3 * cell.answered));
        check(rules, MODES[modeIndex]!, answered, totals);
        runs++;
      }),
      { numRuns: 900, seed: 20261203 },
    );
    fc.assert(
      fc.property(
        rulesArbitrary,
        modeArbitrary,
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(-1, 0, 1),
        fc.nat(20),
        (rules, modeIndex, boundIndex, offset, shuffle) => {
          const found = boundaryCase(rules, modeIndex, boundIndex, offset, shuffle);
          if (found === null) return;
          check(rules, MODES[modeIndex]!, found.answered, found.totals);
          runs++;
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
  });

  it('puts an IKM exactly on 76,61 in B and one answer-point below it in C (no tolerance either way)', () => {
    const exact = MODES[0]!;
    const on = boundaryCase(RULES_14_2017, 0, 1, 0, 0)!;
    const below = boundaryCase(RULES_14_2017, 0, 1, -1, 0)!;
    check(RULES_14_2017, exact, on.answered, on.totals);
    check(RULES_14_2017, exact, below.answered, below.totals);
    expect(reference(RULES_14_2017, exact, on.answered, on.totals).grade).toBe('B');
    expect(reference(RULES_14_2017, exact, below.answered, below.totals).grade).toBe('C');
  });

  it('rounds NRR×w = 0,3355 to 0,336 in a 3-decimal template, as ROUND does', () => {
    // NRR 3,05 (61/20) × 0,11 = 0,3355 exactly; the binary product is 0,33549999…
    const mode = MODES.find((entry) => entry.id === 'template-0.11-round3')!;
    const answered = Array.from({ length: 9 }, () => 20);
    const totals = Array.from({ length: 9 }, () => 61);
    check(RULES_14_2017, mode, answered, totals);
    const result = computePeriod(summaryWorkspace(20, totals, { answered }), 'p', { mode: mode.id });
    expect(result.ikm).toBe(9 * 0.336);
  });

  it('refuses a template weight on an unsur count it was not written for (0,111 on 14 unsur would give 123,61)', () => {
    const answered = Array.from({ length: 14 }, () => 50);
    const totals = Array.from({ length: 14 }, () => 197);
    const workspace = summaryWorkspace(50, totals, { answered, codes: answered.map((_, index) => `U${index + 1}`), skm: SKM_25_2004 });
    const result = computePeriod(workspace, 'p', { mode: 'template-0.111' });
    expect(result.ikm).toBeNull();
    expect(result.grade).toBeNull();
    expect(result.notes.map((note) => note.code)).toContain('compute.mode-not-applicable');
    expect(computePeriod(workspace, 'p', { mode: 'template-0.071' }).ikm).toBeCloseTo(14 * 0.071 * 3.94, 12);
  });
});
