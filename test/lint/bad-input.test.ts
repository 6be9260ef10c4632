/** Bad input of every kind: diagnostics with file, line and column; never a throw. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/run-captured';
import type { LintJsonEntry } from '../../src/cli/lint-json';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { FIXTURES, overlayFiles } from './fixtures';

const PERIOD = 'periods/2023-s1/period.yaml';
const CSV = 'periods/2023-s1/responses.csv';
const RTL = 'periods/2023-s1/rtl.yaml';

function lintWith(changes: Record<string, string | Uint8Array>): Diagnostic[] {
  const files = overlayFiles();
  for (const [file, content] of Object.entries(changes)) files.set(file, content);
  return lintWorkspace(files).diagnostics;
}

const base = (file: string): string => fs.readFileSync(path.join(FIXTURES, '_base', file), 'utf8');

describe('bad input', () => {
  it('malformed YAML: a syntax error with its position', () => {
    expect(lintWith({ [PERIOD]: 'label: Semester I\nstart: [2023-01-01\nend: 2023-06-30\n' })).toMatchObject([
      { code: 'yaml.syntax', severity: 'error', file: PERIOD, range: { start: { line: 2, column: 0 } } },
    ]);
  });

  it('tabs used for indentation', () => {
    const found = lintWith({ [PERIOD]: 'label: Semester I\nstart: 2023-01-01\nend: 2023-06-30\npopulation:\n\tsize: 10\n' });
    expect(found.filter((diagnostic) => diagnostic.file === PERIOD)[0]).toMatchObject({
      severity: 'error',
      file: PERIOD,
      range: { start: { line: 4, column: 0 } },
    });
  });

  it('duplicate keys', () => {
    expect(lintWith({ [PERIOD]: 'label: Semester I\nstart: 2023-01-01\nend: 2023-06-30\nlabel: Lagi\n' })).toMatchObject([
      { code: 'yaml.duplicate-key', file: PERIOD, range: { start: { line: 3, column: 0 } } },
    ]);
  });

  it('wrong types point at the value', () => {
    const text = base(PERIOD).replace('size: 10', 'size: banyak').replace('stated: 10', 'stated: [10]');
    expect(lintWith({ [PERIOD]: text })).toMatchObject([
      { code: 'schema.type', file: PERIOD, range: { start: { line: 4, column: 8 }, end: { line: 4, column: 14 } } },
      { code: 'schema.type', file: PERIOD, range: { start: { line: 7, column: 2 } } },
    ]);
  });

  it('empty files', () => {
    const found = lintWith({ [RTL]: '', [CSV]: '' });
    expect(found).toMatchObject([
      { code: 'file.empty', file: CSV, range: { start: { line: 0, column: 0 } } },
      { code: 'file.empty', file: RTL, range: { start: { line: 0, column: 0 } } },
    ]);
  });

  it('an empty skm.yaml', () => {
    expect(lintWith({ 'skm.yaml': '' }).filter((diagnostic) => diagnostic.file === 'skm.yaml')).toMatchObject([
      { code: 'file.empty', range: { start: { line: 0 } } },
    ]);
  });

  it('a UTF-8 BOM is invisible: no diagnostic, positions unchanged', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const encode = (text: string): Uint8Array => new Uint8Array([...bom, ...new TextEncoder().encode(text)]);
    expect(lintWith({ 'skm.yaml': encode(base('skm.yaml')), [CSV]: encode(base(CSV)) })).toEqual([]);
    const bad = base('skm.yaml').replace('196707191993032006', '196713191993032006');
    expect(lintWith({ 'skm.yaml': encode(bad) })).toMatchObject([
      { code: 'signatory.nip-invalid', range: { start: { line: 5, column: 7 }, end: { line: 5, column: 27 } } },
    ]);
  });

  it('CRLF line endings everywhere: clean, and ranges stop before the CR', () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    const changes: Record<string, string> = {};
    for (const file of ['skm.yaml', PERIOD, CSV, RTL, 'periods/2022/summary.yaml', 'periods/2022/period.yaml'])
      changes[file] = crlf(base(file));
    expect(lintWith(changes)).toEqual([]);
    const found = lintWith({ [CSV]: crlf(base(CSV).replace('r10,2023-05-19', 'r10,2023-05-32')) });
    expect(found).toMatchObject([
      { code: 'responses.date-invalid', range: { start: { line: 10, column: 4 }, end: { line: 10, column: 14 } } },
    ]);
  });

  it('a CSV from an Indonesian-locale spreadsheet: ";" separator and decimal commas', () => {
    const text = base(CSV)
      .replace(/,/g, ';')
      .replace('r01;2023-01-10;08.00-12.00;surat;P;30;S1;PNS;3;4', 'r01;2023-01-10;08.00-12.00;surat;P;30;S1;PNS;3,0;4')
      .replace('r02;2023-01-11;08.00-12.00;rapat;L;31;S1;PNS;3;4', 'r02;2023-01-11;08.00-12.00;rapat;L;31;S1;PNS;3;3,5');
    expect(lintWith({ [CSV]: text })).toMatchObject([
      { code: 'csv.semicolon', severity: 'warning', file: CSV, range: { start: { line: 0, column: 0 } } },
      {
        code: 'responses.score-invalid',
        severity: 'error',
        file: CSV,
        range: { start: { line: 2, column: 47 } },
        data: { unsur: 'U2', value: '3,5' },
      },
    ]);
  });

  it('a Windows-1252 file is read, reported once, and its text kept', () => {
    const text = base('skm.yaml').replace('Unit Uji Lint', 'Unit Uji Caf\u00e9');
    const bytes = Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
    const files = overlayFiles();
    files.set('skm.yaml', bytes);
    const result = lintWorkspace(files);
    expect(result.diagnostics).toMatchObject([
      { code: 'file.encoding', severity: 'warning', file: 'skm.yaml', range: { start: { line: 0, column: 0 } } },
    ]);
    expect(result.loaded.workspace?.unit.name).toBe('Unit Uji Caf\u00e9');
  });

  it('a YAML alias bomb is refused at once', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 14; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      lines.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(', ')}]`);
    }
    expect(lintWith({ [RTL]: lines.join('\n') })).toMatchObject([
      { code: 'yaml.alias-bomb', file: RTL, range: { start: { line: 0, column: 0 } } },
    ]);
  });

  describe('a 50 MB responses.csv', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-big-'));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it('streams through skm lint and reports its problems with line and column', async () => {
      fs.cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
      const header = base(CSV).split('\n')[0] ?? '';
      const lines = [header];
      let size = header.length;
      let row = 0;
      while (size < 50 * 1024 * 1024) {
        row++;
        const id = row === 500_000 ? 'r000007' : `r${String(row).padStart(6, '0')}`;
        const u2 = row === 400_000 ? '7' : '4';
        // Each row's own saran: otherwise every row is the same respondent (responses.duplicate-content).
        const line = `${id},2023-03-15,08.00-12.00,rapat,L,35,S1,PNS,3,${u2},3,4,3,4,4,3,4,Pelayanan baik dan cepat (${row})`;
        lines.push(line);
        size += line.length + 1;
      }
      fs.writeFileSync(path.join(root, CSV), `${lines.join('\n')}\n`);
      const { code, stdout } = await runCaptured(['lint', '--format', 'json'], root);
      const entries = JSON.parse(stdout) as LintJsonEntry[];
      expect(code).toBe(1);
      expect(entries).toMatchObject([
        { file: CSV, line: 400_001, column: 52, severity: 'error', code: 'responses.score-invalid' },
        { file: CSV, line: 500_001, column: 1, endColumn: 8, severity: 'error', code: 'responses.duplicate-id' },
      ]);
    });
  });
});
