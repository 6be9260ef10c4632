import { describe, expect, it } from 'vitest';
import { quickItems } from '../../src/core/history/rtl-version';
import { rtlHistory } from '../../src/core/history/rtl-history';
import type { RtlVersion } from '../../src/core/history/rtl-history';
import { parseYaml } from '../../src/core/parse/parse-yaml';

const item = (id: string, status: string, responsible = 'Bagian Umum'): string =>
  `  - id: ${id}\n    unsur: U1\n    program: Program ${id}\n    quarters: [1, 2]\n    responsible: ${responsible}\n    realisation:\n      status: ${status}\n      description: >-\n        Dikerjakan\n        bertahap.\n`;
const file = (...items: string[]): string => `year: 2024\nitems:\n${items.join('')}`;

function versions(...texts: (string | null)[]): RtlVersion[] {
  return texts.map((text, index) => ({
    commit: `c${index}`,
    author: 'A',
    date: '2024-01-01',
    message: `m${index}`,
    path: 'rtl.yaml',
    text,
  }));
}

const summary = (history: ReturnType<typeof rtlHistory>) =>
  history.events.map(
    (event) =>
      `${event.commit} ${event.kind} ${event.itemId} ${event.changes.map((change) => `${change.field}=${change.after}`).join(',')}`,
  );

describe('rtlHistory over quickly read and generally parsed versions', () => {
  it('reports the same changes whichever reader took a version', () => {
    const broken = 'year: 2024\nitems:\n  - id: [a\n';
    const history = rtlHistory(
      versions(
        file(item('a', 'belum'), item('b', 'belum')),
        // Edited in the middle: only b changes.
        file(item('a', 'belum'), item('b', 'sudah')),
        // An anchor: the general parser reads this one; a's responsible changes.
        file(item('a', 'belum', '&p Bagian Keuangan'), item('b', 'sudah')),
        // Broken YAML: skipped with the general parser's line.
        broken,
        // An id changed, then the items re-ordered, then back to the text of c1 (read once, reused).
        file(item('b', 'sudah'), item('a2', 'belum')),
        file(item('a2', 'belum'), item('b', 'sudah')),
        file(item('a', 'belum'), item('b', 'sudah')),
        null,
      ),
    );
    expect(summary(history)).toEqual([
      'c0 added a unsur=U1,program=Program a,quarters=1, 2,year=2024,responsible=Bagian Umum,realisation.status=belum,realisation.description=Dikerjakan bertahap.',
      'c0 added b unsur=U1,program=Program b,quarters=1, 2,year=2024,responsible=Bagian Umum,realisation.status=belum,realisation.description=Dikerjakan bertahap.',
      'c1 changed b realisation.status=sudah',
      'c2 changed a responsible=Bagian Keuangan',
      'c4 added a2 unsur=U1,program=Program a2,quarters=1, 2,year=2024,responsible=Bagian Umum,realisation.status=belum,realisation.description=Dikerjakan bertahap.',
      'c4 removed a ',
      'c6 added a unsur=U1,program=Program a,quarters=1, 2,year=2024,responsible=Bagian Umum,realisation.status=belum,realisation.description=Dikerjakan bertahap.',
      'c6 removed a2 ',
    ]);
    expect(history.events.find((event) => event.commit === 'c4')?.base).toEqual({ commit: 'c2', path: 'rtl.yaml' });
    const line = parseYaml('rtl.yaml', broken).diagnostics[0]!.range.start.line + 1;
    expect(history.skipped.map((skip) => [skip.commit, skip.reason.includes(String(line))])).toEqual([
      ['c3', true],
      ['c7', false],
    ]);
    expect(history.versions).toBe(8);
  });

  it('takes the quick reader for plain files and leaves the rest to the general parser', () => {
    expect(quickItems('rtl.yaml', file(item('a', 'belum')))).toHaveLength(1);
    expect(quickItems('rtl.yaml', file(item('a', 'belum', '&p Bagian')))).toBeUndefined();
    // An id that is not a scalar has no scalar source: the general parser locates it.
    expect(quickItems('rtl.yaml', 'items:\n  - id: [a]\n')).toBeUndefined();
  });
});
