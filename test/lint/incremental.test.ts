/**
 * The editor's lint passes reuse work between edits: `LoadCache` keeps parsed rows, the row rules'
 * findings and the periods' counted statistics are remembered on those rows (`RowMemo`). Whatever
 * was edited, a pass that reuses must say exactly what a fresh pass says. Seeded random edit
 * sequences over a workspace whose row rules run past their caps; every step compares the reusing
 * pass with a fresh one, diagnostics and every period's result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countedStatisticsHits } from '../../src/core/compute/compute-period';
import type { LintResult } from '../../src/core/lint/lint-workspace';
import { lintLoaded, lintWorkspace } from '../../src/core/lint/lint-workspace';
import { memoFindingsHits } from '../../src/core/lint/rules/memo-findings';
import { LoadCache } from '../../src/core/load/load-cache';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import type { Responses } from '../../src/core/model/types';
import { setLocale } from '../../src/core/text/messages';
import { overlayFiles, RESPONSE_COLUMNS } from './fixtures';

const S1 = 'periods/2023-s1';
const S2 = 'periods/2023-s2';

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/**
 * Rows in twelve contents (date, service, answers) split by gender, age and education, repeated:
 * past the cap of duplicate-content; some ids repeated, some dates not dates, dates over six months.
 */
function rows(count: number, year: number, firstMonth: number): string[][] {
  return Array.from({ length: count }, (_, index) => {
    const group = index % 12;
    const month = firstMonth + (group % 6);
    const date = index % 17 === 16 ? `${year}-02-30` : `${year}-${String(month).padStart(2, '0')}-${10 + group}`;
    const id = index % 9 === 8 ? `r${index - 4}` : `r${index}`;
    // Each profile value splits the copies, so every profile of the unit finds other duplicates.
    const gender = index % 24 < 12 ? 'L' : 'P';
    const age = String(index % 48 < 24 ? 30 : 40);
    const education = index % 96 < 48 ? 'S1' : 'S2';
    const scores = Array.from({ length: 9 }, (_, unsur) => String(1 + ((group * 5 + unsur * 3) % 4)));
    return [id, date, '08.00-12.00', group % 3 ? 'rapat' : 'surat', gender, age, education, 'PNS', ...scores, ''];
  });
}

const csv = (table: readonly string[][]): string => `${[RESPONSE_COLUMNS, ...table].map((row) => row.join(',')).join('\n')}\n`;

const PROFILES = [
  '',
  [
    'profile:',
    '  - { key: age, label: Usia, options: [] }',
    '  - { key: education, label: Pendidikan, options: [{ code: S1, label: S1 }] }',
  ],
  [
    'profile:',
    '  - { key: gender, label: Jenis Kelamin, options: [{ code: L, label: Laki-laki }] }',
    '  - { key: age, label: Usia, options: [] }',
  ],
  [
    'profile:',
    '  - { key: occupation, label: Pekerjaan, options: [{ code: PNS, label: PNS }] }',
    '  - { key: gender, label: Jenis Kelamin, options: [{ code: L, label: Laki-laki }, { code: P, label: Perempuan }] }',
  ],
].map((lines) => (Array.isArray(lines) ? lines.join('\n') : lines));
const UNSUR = [
  '',
  `unsur:\n${['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8'].map((code) => `  - { code: ${code} }`).join('\n')}`,
  `unsur:\n${['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code) => `  - { code: ${code}, label: Unsur ${code} }`).join('\n')}`,
];
const SERVICES = [
  'services:\n  - { code: rapat, label: Peminjaman ruang rapat }\n  - { code: surat, label: Layanan persuratan }',
  'services:\n  - { code: rapat, label: Peminjaman ruang rapat }',
  'services:\n  - { code: surat, label: Layanan persuratan }\n  - { code: rapat, label: Ruang rapat }\n  - { code: lain, label: Lainnya }',
];
const OVERRIDES = [
  '',
  'lint:\n  rules:\n    responses.duplicate-content: "off"',
  'lint:\n  rules:\n    responses.outside-period: error\n    responses.duplicate-id: warning',
];
const MODES = ['', 'mode: template-0.111', 'mode: template-0.11-round3'];
const STARTS = ['2023-01-01', '2023-02-01', '2023-03-15', '2023-01-2x'];
const ENDS = ['2023-06-30', '2023-05-31', '2023-04-30'];

interface State {
  profile: number;
  unsur: number;
  services: number;
  overrides: number;
  mode: number;
  start: string;
  end: string;
  stated: number;
  method: string;
  locale: 'id' | 'en';
  s1: string[][];
  s2: string[][];
}

function initial(): State {
  return {
    profile: 0,
    unsur: 0,
    services: 0,
    overrides: 0,
    mode: 0,
    start: STARTS[0]!,
    end: ENDS[0]!,
    stated: 150,
    method: 'krejcie-morgan',
    locale: 'id',
    s1: rows(200, 2023, 1),
    s2: rows(60, 2023, 7),
  };
}

/** One random edit of the kind an editor session makes. */
function edit(state: State, random: () => number): State {
  const next: State = { ...state, s1: state.s1.map((row) => [...row]), s2: state.s2.map((row) => [...row]) };
  const table = random() < 0.7 ? next.s1 : next.s2;
  const row = table[Math.floor(random() * table.length)]!;
  switch (Math.floor(random() * 12)) {
    case 0:
      next.start = pick(random, STARTS);
      break;
    case 1:
      next.end = pick(random, ENDS);
      break;
    case 2:
      next.stated = pick(random, [10, 120, 150, 210]);
      next.method = pick(random, ['krejcie-morgan', 'slovin']);
      break;
    case 3:
      next.profile = Math.floor(random() * PROFILES.length);
      break;
    case 4:
      next.unsur = Math.floor(random() * UNSUR.length);
      break;
    case 5:
      next.services = Math.floor(random() * SERVICES.length);
      break;
    case 6:
      next.overrides = Math.floor(random() * OVERRIDES.length);
      next.mode = Math.floor(random() * MODES.length);
      break;
    case 7:
      next.locale = next.locale === 'id' ? 'en' : 'id';
      break;
    case 8:
      // A longer id moves the columns of every range on its line.
      row[0] = `${row[0]}x`;
      break;
    case 9:
      row[1] = pick(random, ['2023-01-05', '2023-06-29', '2023-13-01', '']);
      break;
    case 10:
      table.push([...row]);
      break;
    default:
      table.splice(Math.floor(random() * table.length), 1);
  }
  return next;
}

function render(state: State): MemoryFiles {
  const base = overlayFiles();
  const files = new Map<string, Uint8Array | string>();
  for (const file of base.list()) files.set(file, base.read(file)!);
  const unit = new TextDecoder().decode(files.get('skm.yaml') as Uint8Array).replace(/^services:[\s\S]*$/m, '');
  files.set(
    'skm.yaml',
    [
      unit.trimEnd(),
      SERVICES[state.services],
      PROFILES[state.profile],
      UNSUR[state.unsur],
      OVERRIDES[state.overrides],
      MODES[state.mode],
      '',
    ]
      .filter((part) => part !== '')
      .join('\n'),
  );
  const sampling = `population:\n  size: 300\nsampling:\n  method: ${state.method}\n  stated: ${state.stated}\n`;
  files.set(`${S1}/period.yaml`, `label: Semester I 2023\nstart: ${state.start}\nend: ${state.end}\n${sampling}`);
  files.set(`${S1}/responses.csv`, csv(state.s1));
  files.set(`${S2}/period.yaml`, 'label: Semester II 2023\nstart: 2023-07-01\nend: 2023-12-31\n');
  files.set(`${S2}/responses.csv`, csv(state.s2));
  return new MemoryFiles(files);
}

/** What a pass says: its diagnostics and every period's result. */
function outcome(result: LintResult): unknown {
  const periods = result.loaded.workspace?.periods ?? [];
  return { diagnostics: result.diagnostics, results: periods.map((period) => result.periodResult?.(period.id)) };
}

afterEach(() => setLocale('id'));

describe('a lint pass that reuses the last pass’s work says what a fresh pass says', () => {
  it('the generated workspace runs duplicate-content past its cap, and the other row rules', () => {
    const diagnostics = lintWorkspace(render(initial())).diagnostics;
    const of = (code: string) => diagnostics.filter((diagnostic) => diagnostic.code === code && diagnostic.file === `${S1}/responses.csv`);
    const duplicates = of('responses.duplicate-content');
    // 50 kept, then one line with how many more.
    expect(duplicates).toHaveLength(51);
    expect(duplicates[50]!.data?.['more']).toBeGreaterThan(0);
    expect(of('responses.duplicate-id').length).toBeGreaterThan(1);
    expect(of('responses.date-invalid').length).toBeGreaterThan(1);
    expect(of('responses.outside-period')).toEqual([]);
    const moved = lintWorkspace(render({ ...initial(), start: '2023-03-15' })).diagnostics;
    expect(moved.filter((diagnostic) => diagnostic.code === 'responses.outside-period').length).toBeGreaterThan(1);
  });

  it.each([1, 2, 3, 4, 5, 6])('editor passes (LoadCache) over a random edit sequence, seed %i', (seed) => {
    const random = generator(seed);
    const cache = new LoadCache();
    const hitsBefore = memoFindingsHits() + countedStatisticsHits();
    let state = initial();
    for (let step = 0; step < 40; step++) {
      state = edit(state, random);
      setLocale(state.locale);
      const files = render(state);
      const reused = outcome(lintWorkspace(files, { cache }));
      const fresh = outcome(lintWorkspace(files));
      expect(reused, `seed ${seed}, step ${step}`).toEqual(fresh);
    }
    // The memos were used, so the comparisons above tested them.
    expect(memoFindingsHits() + countedStatisticsHits()).toBeGreaterThan(hitsBefore);
  });

  it.each([11, 12, 13, 14, 15, 16])(
    'rows kept across edits of the unit, the language and the CSV text (every memo input), seed %i',
    (seed) => {
      // The same rows under a changed unit or language: LoadCache would re-read them, so this
      // carries them on purpose — each pass gets the same rows, once shared, once as a copy.
      const random = generator(seed);
      let state = initial();
      let carried: Map<string, Responses> | undefined;
      const hitsBefore = memoFindingsHits() + countedStatisticsHits();
      for (let step = 0; step < 40; step++) {
        state = edit(state, random);
        setLocale(state.locale);
        const files = render(state);
        const pass = (copy: boolean): unknown => {
          const loaded = loadWorkspace(files);
          for (const period of loaded.workspace?.periods ?? []) {
            const kept = carried?.get(period.id);
            if (kept) period.responses = copy ? structuredClone(kept) : kept;
          }
          return outcome(lintLoaded(loaded, files));
        };
        expect(pass(false), `seed ${seed}, step ${step}`).toEqual(pass(true));
        // Now and then the rows are read again (a new array: the memos start over for it).
        if (!carried || random() < 0.2) {
          carried = new Map();
          for (const period of loadWorkspace(files).workspace?.periods ?? [])
            if (period.responses) carried.set(period.id, period.responses);
        }
      }
      expect(memoFindingsHits() + countedStatisticsHits()).toBeGreaterThan(hitsBefore);
    },
  );
});
