import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PeriodAccumulator } from '../../src/core/compute/accumulate';
import { computePeriod } from '../../src/core/compute/compute-period';
import { ResponseScanner } from '../../src/core/compute/scan-responses';
import { scanKernel } from '../../src/node/scan-kernel-instance';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import type { Workspace } from '../../src/core/model/types';
import { periodYaml, UNIT_YAML } from './helpers';

const FILE = 'periods/p/responses.csv';
let shared = Buffer.alloc(0);
function sharedBuffer(size: number): Buffer {
  if (shared.length < size) shared = Buffer.alloc(size);
  return shared;
}
const HEADER = 'id,date,time,service,gender,age,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';

/** The lane the scanner reads with in this run of the suite (`describe.each` below). */
let lane: 'js' | 'wasm' = 'js';

/** Loads the CSV the ordinary way, then streams its bytes through the scanner (in `lane`) in the given chunk sizes. */
function both(csv: string | Uint8Array, chunkSizes: number[] = [1 << 20], reuseBuffer = false, skm = UNIT_YAML) {
  const loaded = loadWorkspace(
    new MemoryFiles({ 'skm.yaml': skm, 'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'), [FILE]: csv }),
  );
  const workspace = loaded.workspace as Workspace;
  const bytes = typeof csv === 'string' ? new TextEncoder().encode(csv) : csv;
  const unit = workspace.unit;
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  const encoding = loaded.diagnostics.some((diagnostic) => diagnostic.code === 'file.encoding') ? 'windows-1252' : 'utf-8';
  const scanner = new ResponseScanner(FILE, unit, accumulator, {
    scaleMin: 1,
    scaleMax: 4,
    encoding,
    ...(lane === 'wasm' ? { kernel: scanKernel } : {}),
  });
  let offset = 0;
  let turn = 0;
  while (offset < bytes.length) {
    const size = Math.max(1, chunkSizes[turn++ % chunkSizes.length]!);
    if (reuseBuffer) {
      // Like the file reader: one Buffer overwritten by every read.
      const shared = sharedBuffer(size);
      const piece = bytes.subarray(offset, offset + size);
      shared.set(piece);
      scanner.push(shared.subarray(0, piece.length));
      shared.fill(0x41);
    } else {
      scanner.push(bytes.slice(offset, offset + size));
    }
    offset += size;
  }
  scanner.end();
  const diagnostics = scanner.finish();
  return {
    loaded: computePeriod(workspace, 'p'),
    streamed: computePeriod(workspace, 'p', { statistics: new Map([['p', { accumulator, excluded: scanner.excluded }]]) }),
    loadedDiagnostics: loaded.diagnostics.filter((diagnostic) => diagnostic.file === FILE && diagnostic.code !== 'file.encoding'),
    streamedDiagnostics: diagnostics,
    rows: scanner.rows,
    lane: scanner.lane,
  };
}

const TRICKY = [
  HEADER,
  'r1,2023-02-01,08.00-12.00,rapat,L,34,3,4,3,3,3,3,4,3,4,"Air minum, mohon"',
  'r2,2023-02-02,13.00-17.00,arsip,P,51,4,4,4,4,4,4,4,4,4,"Baris satu',
  'baris ""dua"""',
  '',
  'r3,2023-02-03, 08.00-12.00 , rapat ,L,19, 2 ,3,3,3,3,3,3,3,3,',
  'r4,2023-02-04,,,,,,x,5,0,3.0,03,3,3,3,',
  'r5,2023-02-05,,rapat,L,40,3,3,3',
  'r6,2023-02-06,,"rapat",P,23,1,2,3,4,1,2,3,4,1,Pelayanan ramah — terima kasih',
  'r7,2023-02-07,,lain,P,abc,3,3,3,3,3,3,3,3,3,kata "kutip" di tengah',
  'r8,2023-02-08,,rapat,L,30,3,3,3,3,3,3,3,3,3,extra,field',
  '"r9,2023-02-09,,rapat,L,30,3',
].join('\r\n');

/** A unit whose service codes are the tricky text values, so a value counted under another's id changes the result. */
const SERVICES_LIKE_VALUES = [
  'unit:',
  '  name: Unit Uji',
  '  city: Samarinda',
  'services:',
  ...['abc', 'abd', 'abcdefgh', 'abcdefgi', 'abcdefghijkl', 'abcdefghijkm', 'abcdefghijklm', 'abcdefghijkln', 'rapat', 'éé'].map(
    (code) => `  - { code: ${code}, label: Layanan ${code} }`,
  ),
  '',
].join('\n');

describe.each(['js', 'wasm'] as const)('ResponseScanner, %s lane', (name) => {
  beforeAll(() => {
    lane = name;
  });

  it('gives exactly the loader’s result and diagnostics on tricky input', () => {
    const result = both(TRICKY);
    expect(result.lane).toBe(name);
    // r9's quote is never closed: the row is rejected (csv.unclosed-quote), not counted.
    expect(result.rows).toBe(8);
    expect(result.streamed).toEqual(result.loaded);
    expect(result.streamedDiagnostics).toEqual(result.loadedDiagnostics);
    expect(result.loaded.unsur.map((unsur) => unsur.excluded)).toEqual([1, 1, 1, 2, 1, 1, 1, 1, 1]);
    expect(result.loadedDiagnostics.map((diagnostic) => diagnostic.code)).toContain('csv.unclosed-quote');
  });

  it('does not depend on where the chunks are cut', () => {
    const expected = both(TRICKY);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const result = both(TRICKY, sizes);
        expect(result.streamed).toEqual(expected.loaded);
        expect(result.streamedDiagnostics).toEqual(expected.loadedDiagnostics);
      }),
      { numRuns: 200 },
    );
  });

  it('a property: on any mix of regular, quoted, short, long and broken rows, the one-pass lane agrees with the general parser', () => {
    const cell = fc.constantFrom(
      '3',
      '4',
      ' 2 ',
      '',
      '7',
      'x',
      '"3"',
      'rapat',
      ' surat ',
      'L',
      '"a,b"',
      '"baris\nbaru"',
      'kata "kutip"',
      'é',
      '#1',
      '"x""y"',
      '\r',
    );
    const saran = fc.constantFrom('', 'Baik', '"Baik, sekali"', '"dua\r\nbaris ""kutip"""', 'tanpa "kutip" awal', '"tutup" lebih');
    const row = fc.tuple(fc.array(cell, { minLength: 13, maxLength: 17 }), saran).map(([cells, text]) => [...cells, text].join(','));
    const regular = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('rapat', 'surat', ''), saran)
      .map(
        ([score, service, text]) => `r1,2023-02-01,08.00-12.00,${service},L,30,${Array.from({ length: 9 }, () => score).join(',')},${text}`,
      );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(regular, regular, row), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 }),
        (rows, newline, finalNewline, sizes) => {
          const csv = [HEADER, ...rows].join(newline) + (finalNewline ? newline : '');
          const result = both(csv, sizes);
          expect(result.streamed).toEqual(result.loaded);
          expect(result.streamedDiagnostics).toEqual(result.loadedDiagnostics);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a property: with the columns in any order (a score last, the saran or a quoted id between), the one-pass lane agrees with the general parser', () => {
    const columns = ['id', 'date', 'time', 'service', 'gender', 'age', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'saran'];
    const free = [
      '',
      'Baik',
      '"Baik, sekali"',
      '"dua\nbaris ""kutip"""',
      '"dua\r\nbaris"',
      'tanpa "kutip" awal',
      '"tutup" lebih',
      'koma, lepas',
      '"a"\r',
    ];
    const value = (column: string): fc.Arbitrary<string> => {
      if (/^U\d$/.test(column)) return fc.constantFrom('1', '2', '3', '4', '4', '3', ' 2', '', '5', '"3"', '3\r');
      if (column === 'id' || column === 'saran') return fc.constantFrom('r1', ...free);
      if (column === 'service') return fc.constantFrom('rapat', 'surat', ' rapat ', '"rapat"', '');
      if (column === 'age') return fc.constantFrom('30', '41', 'abc', '');
      return fc.constantFrom('L', 'P', '08.00-12.00', '2023-02-01', '');
    };
    const file = fc
      .shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length })
      .chain((order) => fc.tuple(fc.constant(order), fc.array(fc.tuple(...order.map(value)), { minLength: 1, maxLength: 12 })));
    fc.assert(
      fc.property(
        file,
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 3 }),
        ([order, rows], newline, sizes) => {
          const csv = [order.join(','), ...rows.map((cells) => cells.join(','))].join(newline) + newline;
          const result = both(csv, sizes);
          expect(result.streamed).toEqual(result.loaded);
          expect(result.streamedDiagnostics).toEqual(result.loadedDiagnostics);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a property: regular rows whose text values share prefixes and straddle the interner’s packed lengths count like the loader', () => {
    // 0–20 bytes: the direct (≤ 2), packed (3–12) and hashed (> 12) interner paths, values equal
    // up to their last byte, multi-byte characters, and padding the loader trims.
    const text = fc.constantFrom(
      '',
      'L',
      'P',
      '34',
      'abc',
      'abd',
      'abcdefgh',
      'abcdefgi',
      'abcdefghijkl',
      'abcdefghijkm',
      'abcdefghijklm',
      'abcdefghijkln',
      'kendaraan dinas operasional',
      ' rapat ',
      'rapat',
      'é',
      'éé',
      '2023-02-01',
      '13.00-17.00',
    );
    const score = fc.integer({ min: 1, max: 4 });
    const row = fc
      .tuple(text, text, text, text, text, fc.array(score, { minLength: 9, maxLength: 9 }))
      .map(([date, time, service, gender, age, scores]) => `r1,${date},${time},${service},${gender},${age},${scores.join(',')},`);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 3 }),
        (rows, sizes) => {
          const result = both([HEADER, ...rows].join('\n') + '\n', sizes, false, SERVICES_LIKE_VALUES);
          expect(result.streamed).toEqual(result.loaded);
          expect(result.streamedDiagnostics).toEqual(result.loadedDiagnostics);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps nothing that points into the caller’s buffer (the file reader reuses one Buffer)', () => {
    const expected = both(TRICKY);
    for (const size of [3, 17, 64]) {
      const result = both(TRICKY, [size], true);
      expect(result.streamed).toEqual(expected.loaded);
      expect(result.streamedDiagnostics).toEqual(expected.loadedDiagnostics);
    }
  });

  it('reads a BOM, a semicolon file with decimal-comma scores, and Windows-1252 bytes like the loader', () => {
    const semicolon = [
      '\uFEFFid;service;gender;U1;U2;U3;U4;U5;U6;U7;U8;U9',
      'r1;rapat;L;3;3,0;3;3;3;3;3;3;3',
      'r2;arsip;P;4;4;4;4;4;4;4;4;2,5',
      '',
    ].join('\n');
    const first = both(semicolon, [7]);
    expect(first.streamed).toEqual(first.loaded);
    expect(first.streamedDiagnostics).toEqual(first.loadedDiagnostics);
    expect(first.loadedDiagnostics.map((diagnostic) => diagnostic.code)).toEqual(
      expect.arrayContaining(['csv.semicolon', 'responses.score-invalid']),
    );
    const latin = new Uint8Array([
      ...new TextEncoder().encode('id,service,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran\nr1,rapat,L,3,3,3,3,3,3,3,3,3,caf'),
      0xe9,
      10,
    ]);
    const second = both(latin, [5]);
    expect(second.streamed).toEqual(second.loaded);
  });

  it('counts more distinct profile values than it interns, and services beyond the interner', () => {
    const lines = ['id,service,age,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9'];
    for (let index = 0; index < 5000; index++)
      lines.push(
        `r${index},svc${index % 4500},${index},${index % 3 === 0 ? 'L' : 'P'},${1 + (index % 4)},3,3,3,3,3,3,3,${1 + (index % 3)}`,
      );
    // A unit that declares no services keeps every code written (an open list).
    const result = both(lines.join('\n') + '\n', [1000], false, 'unit:\n  name: Unit Uji\n');
    expect(result.rows).toBe(5000);
    expect(result.streamed).toEqual(result.loaded);
    expect(result.loaded.byService).toHaveLength(4500);
  });

  it('takes the direct path when the answer histogram would be too large (KepmenPAN 25/2004, 14 unsur)', () => {
    const codes = Array.from({ length: 14 }, (_, index) => `U${index + 1}`);
    const lines = [['id', 'service', ...codes].join(',')];
    for (let index = 0; index < 300; index++)
      lines.push([`r${index}`, index % 2 ? 'rapat' : '', ...codes.map((_, unsur) => String(1 + ((index * (unsur + 1)) % 4)))].join(','));
    const result = both(lines.join('\n') + '\n', [97], false, UNIT_YAML + 'ruleSet: kepmenpan-25-2004\n');
    expect(result.streamed.unsur).toHaveLength(14);
    expect(result.streamed).toEqual(result.loaded);
  });

  it('reports an empty file and a header-only file', () => {
    const empty = both('');
    expect(empty.streamedDiagnostics).toMatchObject([{ code: 'file.empty' }]);
    const header = both(`${HEADER}\n`);
    expect(header.rows).toBe(0);
    expect(header.streamed).toEqual(header.loaded);
  });
});
