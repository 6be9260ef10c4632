import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lintRoot } from '../../src/cli/commands/lint';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { FsFiles } from '../../src/node/fs-files';
import { streamResponses } from '../../src/node/stream-responses';
import { RECORD_BYTE_CAP } from '../../src/core/compute/scan-responses';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { FIXTURES, overlayFiles } from '../lint/fixtures';

const CSV = 'periods/2023-s1/responses.csv';
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-stream-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

let counter = 0;
/** Writes the base workspace with an overlay (and optional replacements) to a fresh folder. */
function materialise(overlay: string | undefined, replace: Record<string, Uint8Array | string> = {}): string {
  const root = path.join(temporary, String(counter++));
  const files = overlayFiles(overlay);
  for (const file of files.list()) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, files.read(file)!);
  }
  for (const [file, content] of Object.entries(replace)) fs.writeFileSync(path.join(root, file), content);
  return root;
}

/** `skm lint` (every CSV streamed) against the in-memory lint of the same files. */
function compare(root: string): void {
  const streamed = lintRoot(root);
  const inMemory = lintWorkspace(new FsFiles(root), { root }).diagnostics;
  expect(streamed).toEqual(inMemory);
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

const HEADER = 'id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';

/** Rows with every kind of trouble the row rules and the scanner's lanes know, many times over. */
function troubled(rows: number): string {
  const lines = [HEADER];
  for (let index = 1; index <= rows; index++) {
    const id = index % 7 === 0 ? `r${index - 3}` : index % 11 === 0 ? ` r${index - 5} ` : index % 13 === 0 ? '' : `r${index}`;
    const date =
      index % 17 === 0
        ? '2023-02-30'
        : index % 19 === 0
          ? '2023-08-01'
          : index % 23 === 0
            ? '15/03/2023'
            : index % 29 === 0
              ? ''
              : '2023-03-15';
    const scores = Array.from({ length: 9 }, (_, unsur) =>
      index % 31 === unsur ? '' : index % 37 === unsur ? '7' : String(1 + ((index + unsur) % 4)),
    );
    const saran = index % 5 === 0 ? '"Baik, tapi ""antri""\nlama"' : index % 9 === 0 ? 'kata "kutip" di tengah' : '';
    const service = index % 41 === 0 ? '"rapat"' : index % 43 === 0 ? 'lain' : index % 2 ? 'rapat' : 'surat';
    lines.push(`${id},${date},08.00-12.00,${service},${index % 3 ? 'L' : 'P'},${20 + (index % 40)},S1,PNS,${scores.join(',')},${saran}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('skm lint streams every responses.csv and finds what the in-memory lint finds', () => {
  const cases = fs
    .readdirSync(FIXTURES)
    .filter((name) => name !== '_base')
    .flatMap((name) => ['fail', 'pass'].map((kind) => path.join(FIXTURES, name, kind)))
    .filter((folder) => fs.existsSync(folder));

  it.each(cases.map((folder) => [path.relative(FIXTURES, folder), folder]))('fixture %s', (_name, folder) => {
    compare(materialise(folder));
  });

  it('a file with every kind of row trouble, past every cap, with quoted multi-line free text (CRLF)', () => {
    const root = materialise(undefined, { [CSV]: troubled(3000) });
    const streamed = lintRoot(root);
    const codes = new Set(streamed.map((diagnostic) => diagnostic.code));
    for (const code of [
      'responses.duplicate-id',
      'responses.date-invalid',
      'responses.outside-period',
      'responses.score-missing',
      'responses.score-invalid',
    ])
      expect(codes).toContain(code);
    expect(streamed.filter((diagnostic) => diagnostic.data?.['more'] !== undefined).length).toBeGreaterThanOrEqual(4);
    compare(root);
  });

  it('duplicate respondents under new ids, on the fast and the general lane, past the cap', () => {
    const lines = [HEADER];
    for (let index = 1; index <= 400; index++) {
      const scores = Array.from({ length: 9 }, (_, unsur) => String(1 + ((index * (unsur + 3)) % 4))).join(',');
      const saran = index % 3 === 0 ? '"Antri lama, petugas ""ramah"""' : index % 3 === 1 ? 'Café bagus' : '';
      lines.push(
        `r${index},2023-03-${String(1 + (index % 28)).padStart(2, '0')},08.00-12.00,rapat,L,${20 + index},S1,PNS,${scores},${saran}`,
      );
    }
    // Copies of rows 1..120 under new ids: some quoted elsewhere (general lane), some re-cased
    // or re-spaced (still the same content), some without a date (not compared), one the same id.
    for (let index = 1; index <= 120; index++) {
      const original = lines[index]!;
      const rest = original.slice(original.indexOf(','));
      let copy = `d${index}${rest}`;
      if (index % 4 === 0) copy = copy.replace(',rapat,', ',"rapat",');
      if (index % 5 === 0) copy = copy.replace('Café bagus', '  CAFÉ   bagus ').replace(',L,', ',l,');
      if (index % 7 === 0) copy = copy.replace(/,2023-03-\d\d,/, ',,');
      if (index === 9) copy = original;
      lines.push(copy);
    }
    const text = `${lines.join('\n')}\n`;
    const root = materialise(undefined, { [CSV]: text });
    const found = lintRoot(root).filter((diagnostic) => diagnostic.code === 'responses.duplicate-content');
    // 120 copies, minus the undated ones (17) and the one with the same id: the first 50 kept, then one "more" line.
    expect(found).toHaveLength(51);
    expect(found[50]!.data).toEqual({ more: 120 - 17 - 1 - 50 });
    expect(found[0]).toMatchObject({ data: { id: 'd1', firstLine: 2 }, range: { start: { line: 401, column: 0 } } });
    compare(root);
    compare(materialise(undefined, { [CSV]: Buffer.from(text, 'latin1') }));
  });

  it('the same file in Windows-1252 with a BOM-less header, and a UTF-8 one with a BOM', () => {
    const text = troubled(400).replace(/Baik/g, 'Café');
    compare(materialise(undefined, { [CSV]: Buffer.from(text, 'latin1') }));
    compare(materialise(undefined, { [CSV]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) }));
  });

  it('UTF-16 (LE and BE with a byte-order mark, LE without one) is read as UTF-16: the same findings as UTF-8, plus one warning naming it', () => {
    const text = troubled(300).replace(/Baik/g, 'Café – “antri”');
    const utf8 = lintRoot(materialise(undefined, { [CSV]: text }));
    expect(utf8.some((diagnostic) => diagnostic.code === 'file.encoding')).toBe(false);
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const cases: [string, Buffer][] = [
      ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['UTF-16 LE', le],
      ['UTF-16 BE', be],
    ];
    for (const [name, bytes] of cases) {
      const root = materialise(undefined, { [CSV]: bytes });
      const streamed = lintRoot(root);
      const warning = streamed.filter((diagnostic) => diagnostic.code === 'file.encoding');
      expect(warning).toHaveLength(1);
      expect(warning[0]).toMatchObject({ file: CSV, severity: 'warning', range: { start: { line: 0, column: 0 } } });
      expect(warning[0]!.message).toContain(name);
      expect(streamed.filter((diagnostic) => diagnostic.code !== 'file.encoding')).toEqual(utf8);
      compare(root);
    }
  });

  it('one record past the record cap (a stray quote swallowing megabytes) is given up at its line, in bounded memory, as the in-memory lint gives it up', () => {
    const rows = troubled(60).trimEnd().split('\r\n');
    const swallowed = Array.from(
      { length: 64_000 },
      (_, index) => `teks panjang ${index} tanpa tanda kutip penutup, lalu koma dan titik`,
    ).join('\n');
    rows.push(`r9000,2023-03-15,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,"kutip yang tidak ditutup ${swallowed}`);
    rows.push(
      'r9001,2023-03-15,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,ditutup',
      'r1,2023-03-15,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,',
    );
    const text = `${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(RECORD_BYTE_CAP);
    const root = materialise(undefined, { [CSV]: text });
    const unit = loadWorkspace(new FsFiles(root)).workspace!.unit;
    const allocations: number[] = [];
    const allocUnsafe = Buffer.allocUnsafe.bind(Buffer);
    const spy = vi.spyOn(Buffer, 'allocUnsafe').mockImplementation((size: number) => {
      allocations.push(size);
      return allocUnsafe(size);
    });
    let streamed;
    try {
      streamed = streamResponses(path.join(root, CSV), CSV, unit, { start: '2023-01-01', end: '2023-06-30' });
    } finally {
      spy.mockRestore();
    }
    // The read buffer grows to hold the record up to the cap, never to the file's size.
    expect(Math.max(...allocations)).toBeLessThanOrEqual(4 * 1024 * 1024);
    const skipped = streamed.diagnostics.filter((diagnostic) => diagnostic.code === 'csv.row-too-long');
    expect(skipped).toHaveLength(1);
    const lineOf = (needle: string): number => countLines(text.slice(0, text.indexOf(needle)));
    const recordLine = lineOf('r9000,');
    const lastLine = lineOf('r1,2023-03-15,08.00-12.00,rapat,L,30,');
    expect(skipped[0]).toMatchObject({ severity: 'error', range: { start: { line: recordLine, column: 0 } } });
    expect(skipped[0]!.data?.['lines']).toBeGreaterThan(1);
    // Reading resumed after the cap: the id repeated on the last line is still found.
    expect(
      streamed.diagnostics.some((diagnostic) => diagnostic.code === 'responses.duplicate-id' && diagnostic.range.start.line === lastLine),
    ).toBe(true);
    compare(root);
    // A quote that closes megabytes later: the in-memory parser holds the whole record and finds a
    // field past its cap; the stream gives the record up at the cap. Both stop it at its line.
    const closedLater = text.replace('r1,2023-03-15,08.00-12.00,rapat,L,30,', 'r1,2023-03-15,08.00-12.00,"rapat",L,30,');
    const later = materialise(undefined, { [CSV]: closedLater });
    const atRecord = (diagnostics: { code: string; severity: string; range: { start: { line: number } } }[]) =>
      diagnostics
        .filter((diagnostic) => diagnostic.code.startsWith('csv.') && diagnostic.range.start.line === recordLine)
        .map((diagnostic) => diagnostic.severity);
    expect(atRecord(lintRoot(later))).toEqual(['error']);
    expect(atRecord(lintWorkspace(new FsFiles(later), { root: later }).diagnostics)).toEqual(['error']);
  });

  it('a responses.csv that is a link out of the workspace is not streamed (the loader refuses it too)', () => {
    const root = materialise(undefined);
    const outside = path.join(temporary, `outside-${counter++}.csv`);
    fs.writeFileSync(outside, troubled(60));
    fs.rmSync(path.join(root, CSV));
    fs.symlinkSync(outside, path.join(root, CSV));
    const streamed = lintRoot(root);
    expect(streamed.some((diagnostic) => diagnostic.code.startsWith('responses.'))).toBe(false);
    compare(root);
  });

  it('a file without a final newline, and one ending inside an unclosed quote', () => {
    const text = troubled(120).trimEnd();
    compare(materialise(undefined, { [CSV]: text }));
    compare(materialise(undefined, { [CSV]: `${text}\r\nr999,2023-03-15,,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,"tidak ditutup\nlagi` }));
  });
});
