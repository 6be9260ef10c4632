import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintRoot } from '../../src/cli/commands/lint';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { FsFiles } from '../../src/node/fs-files';
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
