import { afterEach, describe, expect, it } from 'vitest';
import { computeRollup } from '../../src/core/rollup/compute-rollup';
import type { RollupInput, UnitPeriodRow, UnitUnsurRow } from '../../src/core/rollup/rollup-input';
import { unitPeriodRow } from '../../src/core/rollup/rollup-input';
import { rollupMarkdown } from '../../src/core/rollup/rollup-markdown';
import { setLocale } from '../../src/core/text/messages';

const period = (unit: string, ruleSet: string, respondents: number): UnitPeriodRow =>
  unitPeriodRow(
    {
      unit,
      period: '2025-s2',
      rule_set: ruleSet,
      unsur_set: ruleSet === 'kepmenpan-25-2004' ? 'U1=a,U2=b' : 'U1=a,U2=b,U3=c',
      unit_name: `Dinas ${unit}`,
      period_label: 'Semester II 2025',
      period_start: '2025-07-01',
      period_end: '2025-12-31',
      source: 'summary',
      revision: '',
    },
    { respondents },
  );
const unsur = (unit: string, code: string, answered: number, sum: number): UnitUnsurRow => ({
  unit,
  period: '2025-s2',
  unsur: code,
  label: code,
  answered,
  score_sum: sum,
  sum_squares: 0,
  histogram_count: 0,
});

const input: RollupInput = {
  unitPeriod: [period('a', 'permenpanrb-14-2017', 4200), period('b', 'permenpanrb-14-2017', 3848), period('c', 'kepmenpan-25-2004', 90)],
  unitUnsur: [
    ...['U1', 'U2', 'U3'].map((code) => unsur('a', code, 4200, 13_000)),
    ...['U1', 'U2', 'U3'].map((code) => unsur('b', code, 3848, 12_000)),
    ...['U1', 'U2'].map((code) => unsur('c', code, 90, 300)),
  ],
  unitPairs: [],
};

describe('the Laporan Rekapitulasi Markdown', () => {
  afterEach(() => setLocale('id'));

  it('names groups by the rule set, lists codes with spaces, groups thousands, and uses the period label', () => {
    const markdown = rollupMarkdown(computeRollup(input));
    expect(markdown).toContain('### Kelompok PermenPANRB 14/2017 · unsur U1, U2, U3 · 2 unit');
    expect(markdown).toContain('### Kelompok KepmenPAN 25/2004 · unsur U1, U2 · 1 unit');
    expect(markdown).not.toMatch(/permenpanrb-14-2017|kepmenpan-25-2004/);
    expect(markdown).toContain('| 8.048 responden |');
    expect(markdown).toContain('Rekapitulasi periode Semester II 2025 (2025-s2)');
    setLocale('en');
    expect(rollupMarkdown(computeRollup(input))).toContain('| 8,048 respondents |');
  });

  it('wraps the trend and compliance tables in the divs the print stylesheet keeps on one line', () => {
    const markdown = rollupMarkdown(computeRollup(input));
    const trend = markdown.indexOf('<div class="skm-rekap">');
    const compliance = markdown.indexOf('<div class="skm-rekap skm-kepatuhan">');
    expect(trend).toBeGreaterThan(markdown.indexOf('## 5.'));
    expect(compliance).toBeGreaterThan(markdown.indexOf('## 6.'));
    expect(markdown.match(/<\/div>/g)).toHaveLength(2);
    // Each div holds its table: a blank line after the opening tag, so pandoc reads the Markdown inside.
    expect(markdown.slice(trend, markdown.indexOf('</div>', trend))).toMatch(/^<div class="skm-rekap">\n\n\| Unit \|/);
  });
});
