/**
 * The WebAssembly lane of `ResponseScanner` (wasm/scan-kernel.ts) against its JavaScript lane, the
 * reference: the same statistics, row count and diagnostics (codes, lines, columns, messages) on
 * generated files with quotes in every column, CRLF, padded and out-of-range scores, blank lines,
 * wrong field counts, long and non-ASCII values in both encodings, pushed in chunks cut anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeriodAccumulator } from '../../src/core/compute/accumulate';
import { computePeriod } from '../../src/core/compute/compute-period';
import { ResponseScanner } from '../../src/core/compute/scan-responses';
import type { ScanKernelFactory } from '../../src/core/compute/scan-kernel';
import type { Workspace } from '../../src/core/model/types';
import { scanKernel } from '../../src/node/scan-kernel-instance';
import { periodYaml, UNIT_YAML, workspaceOf } from './helpers';
import { RESPONSE_COLUMNS } from '../lint/fixtures';

/** Declared services (one longer than 16 bytes) and the default profile (gender, age, education, occupation) and time slots. */
const KERNEL_UNIT = [
  UNIT_YAML.trimEnd(),
  '  - { code: surat, label: Surat }',
  '  - { code: kendaraan-dinas-operasional, label: Kendaraan dinas }',
  '',
].join('\n');

function workspace(skm = KERNEL_UNIT): Workspace {
  return workspaceOf({ 'skm.yaml': skm, 'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30') });
}

type Encoding = 'utf-8' | 'windows-1252';

/** Streams `bytes` in chunks of the given sizes through one lane; the period's result, diagnostics, rows and lane. */
function scan(target: Workspace, bytes: Uint8Array, sizes: readonly number[], encoding: Encoding, kernel?: ScanKernelFactory) {
  const unit = target.unit;
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  const scanner = new ResponseScanner('periods/p/responses.csv', unit, accumulator, {
    scaleMin: 1,
    scaleMax: 4,
    encoding,
    ...(kernel ? { kernel } : {}),
  });
  let offset = 0;
  for (let turn = 0; offset < bytes.length; turn++) {
    const size = Math.max(1, sizes[turn % sizes.length]!);
    scanner.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  scanner.end();
  const diagnostics = scanner.finish();
  const result = computePeriod(target, 'p', { statistics: new Map([['p', { accumulator, excluded: scanner.excluded }]]) });
  return { result, diagnostics, rows: scanner.rows, lane: scanner.lane, kernelCounted: scanner.kernelCounted };
}

/** Both lanes on the same bytes: equal in everything; returns the WebAssembly lane's outcome. */
function agree(bytes: Uint8Array, sizes: readonly number[] = [1 << 20], encoding: Encoding = 'utf-8', target = workspace()) {
  const reference = scan(target, bytes, sizes, encoding);
  const wasm = scan(target, bytes, sizes, encoding, scanKernel);
  expect(reference.lane).toBe('js');
  expect(wasm.rows).toBe(reference.rows);
  expect(wasm.diagnostics).toEqual(reference.diagnostics);
  expect(wasm.result).toEqual(reference.result);
  return wasm;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  return encoding === 'utf-8' ? new TextEncoder().encode(text) : Uint8Array.from(Buffer.from(text, 'latin1'));
}

const COLUMNS = [...RESPONSE_COLUMNS];

/** A cell for `column`: mostly regular, sometimes quoted, padded, empty, out of range or odd. */
function cell(column: string): fc.Arbitrary<string> {
  const odd = ['', '"', '""', '"a""b"', '"x\ny"', '"a,b"', ' ', '\t', 'é', 'ÿû', '"é"', '\r'];
  if (/^U\d$/.test(column))
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('1', '2', '3', '4') },
      { weight: 3, arbitrary: fc.constantFrom(' 3', '2 ', '\t4\t', ' 1 \t', '3\r') },
      { weight: 2, arbitrary: fc.constantFrom('0', '5', '9', '33', 'x', '3.0', '"3"', '" 2 "', '-1') },
      { weight: 1, arbitrary: fc.constantFrom(...odd) },
    );
  const values: Record<string, string[]> = {
    id: ['r1', 'r2', '#3', ''],
    date: ['2023-02-01', '2023-03-15', '15/03/2023', '2023-02-30', ''],
    time: ['08.00-12.00', '13.00-17.00', ' 08.00-12.00 ', ''],
    service: ['rapat', 'arsip', 'surat', ' rapat ', 'lain', 'kendaraan-dinas-operasional', 'kendaraan-dinas-operasionaL', ''],
    gender: ['L', 'P', 'L', 'P', 'X', ' L', ''],
    age: ['19', '30', '41', '55', '62', '7', 'abc', ''],
    education: ['SMA', 'S1', 'S2', 'D1-D4', 'Diploma Tiga Teknik Sipil', 'é', ''],
    occupation: ['PNS', 'Swasta', 'Wirausaha', 'Lainnya', 'Petani', ''],
    saran: ['', 'Baik', '"Baik, sekali"', '"dua\r\nbaris ""kutip"""', 'tanpa "kutip" awal', '"tutup" lebih'],
  };
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...(values[column] ?? [''])) },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
    { weight: 1, arbitrary: fc.constantFrom(...(values[column] ?? [''])).map((value) => `"${value.replace(/"/g, '""')}"`) },
  );
}

/** A valid cell for `column` (a row of them is counted by the kernel once its values are known). */
function valid(column: string): fc.Arbitrary<string> {
  if (/^U\d$/.test(column)) return fc.constantFrom('1', '2', '3', '4');
  const values: Record<string, string[]> = {
    date: ['2023-02-01', '2023-03-15'],
    time: ['08.00-12.00', '13.00-17.00'],
    service: ['rapat', 'kendaraan-dinas-operasional'],
    gender: ['L', 'P'],
    age: ['30', '41'],
    education: ['SMA', 'S1'],
    occupation: ['PNS', 'Swasta'],
    saran: ['', 'Baik', '"Baik, sekali"', '"dua\r\nbaris"'],
  };
  return fc.constantFrom(...(values[column] ?? ['r1']));
}

/** A file: the columns in some order, rows valid, odd, with one field more or fewer, blank lines. */
const file = fc
  .shuffledSubarray(COLUMNS, { minLength: COLUMNS.length - 3, maxLength: COLUMNS.length })
  .filter((columns) => columns.some((column) => column.startsWith('U')))
  .chain((columns) =>
    fc.tuple(
      fc.constant(columns),
      fc.array(
        fc.oneof(
          { weight: 12, arbitrary: fc.tuple(...columns.map(valid)).map((cells) => cells.join(',')) },
          { weight: 6, arbitrary: fc.tuple(...columns.map(cell)).map((cells) => cells.join(',')) },
          { weight: 1, arbitrary: fc.tuple(...columns.map(cell)).map((cells) => cells.slice(1).join(',')) },
          { weight: 1, arbitrary: fc.tuple(...columns.map(cell)).map((cells) => [...cells, 'lebih'].join(',')) },
          { weight: 1, arbitrary: fc.constantFrom('', ' ', '\r') },
        ),
        { minLength: 1, maxLength: 60, size: 'medium' },
      ),
    ),
  );

describe('ResponseScanner, WebAssembly lane', () => {
  it('reads with the kernel where it can', () => {
    const row = 'r1,2023-02-01,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,';
    const outcome = agree(encode(`${COLUMNS.join(',')}\n${row}\n${row}\n`, 'utf-8'));
    expect(outcome.lane).toBe('wasm');
    // The first row is new (JavaScript decodes its values), the second is counted in the kernel.
    expect(outcome.kernelCounted).toBe(1);
  });

  it('a property: on generated files in any chunks, both encodings, the same statistics and diagnostics as the JavaScript lane', () => {
    let files = 0;
    let counted = 0;
    fc.assert(
      fc.property(
        file,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom<Encoding>('utf-8', 'windows-1252'),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 5 }),
        ([columns, rows], newline, finalNewline, encoding, sizes) => {
          const csv = [columns.join(','), ...rows].join(newline) + (finalNewline ? newline : '');
          const outcome = agree(encode(csv, encoding), sizes, encoding);
          if (outcome.lane === 'wasm') files++;
          counted += outcome.kernelCounted;
        },
      ),
      { numRuns: 400, seed: 20261203 },
    );
    // The kernel read most files and counted rows itself (not only handed them over).
    expect(files).toBeGreaterThan(100);
    expect(counted).toBeGreaterThan(500);
  });

  it('keeps the interner-full semantics: past 4096 values a column is counted by its text', () => {
    const lines = ['id,service,time,gender,nomor,U1,U2,U3,U4,U5,U6,U7,U8,U9'];
    for (let index = 0; index < 9000; index++)
      lines.push(
        `r${index},svc${index % 40},${index % 2 ? '08.00-12.00' : '13.00-17.00'},${index % 3 ? 'L' : 'P'},${index % 4500},${1 + (index % 4)},3,3,3,3,3,3,3,${1 + (index % 3)}`,
      );
    // No declared services (every code kept, unchecked: a new one reaches JavaScript as new), more
    // than the kernel's 32 service histograms, and a numeric attribute with 4500 values.
    const open = workspace(
      'unit:\n  name: Unit Uji\nprofile:\n  - { key: gender, label: JK, options: [L, P] }\n  - { key: nomor, label: Nomor }\n',
    );
    const outcome = agree(encode(lines.join('\n') + '\n', 'utf-8'), [70_000, 1 << 20], 'utf-8', open);
    expect(outcome.lane).toBe('wasm');
    expect(outcome.rows).toBe(9000);
    expect(outcome.kernelCounted).toBeGreaterThan(1000);
    expect(outcome.result.byService).toHaveLength(40);
  });

  it('moves its arena (interned bytes, histograms, groups) when a chunk is longer than its input', () => {
    const header = COLUMNS.join(',');
    const row = (index: number): string =>
      `r${index},2023-02-01,08.00-12.00,${index % 2 ? 'rapat' : 'kendaraan-dinas-operasional'},L,${20 + (index % 60)},S${1 + (index % 3)},PNS,${1 + (index % 4)},4,3,4,3,4,3,4,3,`;
    const bytes = encode([header, ...Array.from({ length: 90_000 }, (_, index) => row(index))].join('\n') + '\n', 'utf-8');
    expect(bytes.length).toBeGreaterThan(5 << 20);
    // A first small chunk fills the arena, the second one (past the 4 MB input) moves it.
    const outcome = agree(bytes, [100_000, bytes.length]);
    expect(outcome.lane).toBe('wasm');
    expect(outcome.rows).toBe(90_000);
    expect(outcome.kernelCounted).toBeGreaterThan(80_000);
  });

  it('counts a code past 255 rows, reports a failing value on every row, and learns a new unchecked service', () => {
    const header = 'id,service,time,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9';
    const rows = [
      // 768 identical rows (the first one new, read in JavaScript): one kernel histogram cell wraps past 255 twice and stands at 255.
      ...Array.from({ length: 768 }, (_, index) => `r${index},A,08.00-12.00,L,3,3,3,3,3,3,3,3,3`),
      // A gender outside the list, on rows whose other values are known: each is reported.
      ...Array.from({ length: 5 }, (_, index) => `x${index},A,08.00-12.00,X,3,3,3,3,3,3,3,3,3`),
      // A new service on a row whose other values are known (services are not checked here).
      ...Array.from({ length: 5 }, (_, index) => `s${index},B,08.00-12.00,L,4,4,4,4,4,4,4,4,4`),
    ];
    const open = workspace('unit:\n  name: Unit Uji\nprofile:\n  - { key: gender, label: JK, options: [L, P] }\n');
    const outcome = agree(encode([header, ...rows].join('\n') + '\n', 'utf-8'), [1 << 20], 'utf-8', open);
    expect(outcome.kernelCounted).toBeGreaterThan(760);
    expect(outcome.diagnostics.filter((diagnostic) => diagnostic.code === 'responses.profile-unknown')).toHaveLength(5);
    expect(outcome.result.byService.map((service) => [service.code, service.respondents])).toEqual([
      ['A', 773],
      ['B', 5],
    ]);
  });

  it('folds a code whose byte wrapped to 0 (768 rows: carry 3) and codes on both sides of a 16-code block', () => {
    const header = 'id,service,time,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9';
    const rows = [
      // 769 identical rows, the first one new (read in JavaScript): the kernel's cell holds 768 = 3 × 256, its byte 0.
      ...Array.from({ length: 769 }, (_, index) => `r${index},A,08.00-12.00,L,3,3,3,3,3,3,3,3,3`),
      // The first and the last code of the histogram, and neighbours of an empty block of codes.
      ...['1,1,1,1,1,1,1,1,1', '4,4,4,4,4,4,4,4,4', '2,1,1,1,1,1,1,1,1', '1,2,1,1,1,1,1,1,1', '4,4,4,4,4,4,4,4,3'].flatMap((scores, kind) =>
        Array.from({ length: 3 }, (_, index) => `c${kind}-${index},A,08.00-12.00,L,${scores}`),
      ),
    ];
    const open = workspace('unit:\n  name: Unit Uji\nprofile:\n  - { key: gender, label: JK, options: [L, P] }\n');
    const outcome = agree(encode([header, ...rows].join('\n') + '\n', 'utf-8'), [1 << 20], 'utf-8', open);
    expect(outcome.kernelCounted).toBeGreaterThan(768);
    expect(outcome.result.byService.map((service) => [service.code, service.respondents])).toEqual([['A', 784]]);
    expect(outcome.result.respondents).toBe(784);
  });

  it('leaves a file it cannot take to the JavaScript lane (a scale past one digit)', () => {
    const csv = `id,service,U1,U2,U3,U4,U5,U6,U7,U8,U9\nr1,rapat,3,3,3,3,3,3,3,3,3\n`;
    const target = workspace();
    const unit = target.unit;
    const accumulator = new PeriodAccumulator(unit.unsur.length, []);
    const scanner = new ResponseScanner('x.csv', unit, accumulator, { scaleMin: 1, scaleMax: 10, kernel: scanKernel });
    scanner.push(encode(csv, 'utf-8'));
    scanner.end();
    expect(scanner.lane).toBe('js');
    expect(scanner.rows).toBe(1);
  });
});
