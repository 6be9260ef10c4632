import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv } from '../../src/core/parse/csv-parser';
import type { CsvRecord } from '../../src/core/parse/csv-parser';
import { MAX_CSV_FIELD_LENGTH, MAX_CSV_FIELDS, MAX_CSV_RECORD_LENGTH } from '../../src/core/parse/csv-limits';

describe('CsvParser', () => {
  it('reads fields with their line and column', () => {
    const { records } = parseCsv('f.csv', 'id,U1,saran\nr1,3,"a, b"\nr2,4,\n');
    expect(records).toEqual([
      { fields: ['id', 'U1', 'saran'], columns: [0, 3, 6], line: 1 },
      { fields: ['r1', '3', 'a, b'], columns: [0, 3, 5], line: 2 },
      { fields: ['r2', '4', ''], columns: [0, 3, 5], line: 3 },
    ]);
  });

  it('handles CRLF, escaped quotes and newlines inside quotes, counting lines', () => {
    const { records } = parseCsv('f.csv', 'a,b\r\n"say ""hi""","two\r\nlines"\r\nx,y\r\n');
    expect(records.map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['say "hi"', 'two\r\nlines'],
      ['x', 'y'],
    ]);
    expect(records[2]?.line).toBe(4);
  });

  it('detects the semicolon separator of the Indonesian spreadsheet locale', () => {
    const result = parseCsv('f.csv', 'id;U1\nr1;3,0\n');
    expect(result.delimiter).toBe(';');
    expect(result.records[1]?.fields).toEqual(['r1', '3,0']);
  });

  it('reports an unclosed quote once at its position, naming how many lines it swallows, and rejects the row', () => {
    const rejected: CsvRecord[] = [];
    const result = parseCsv('f.csv', 'a,b\n1,"open\n2,x\n3,y\n', undefined, { onRejected: (record) => rejected.push(record) });
    expect(result.diagnostics).toMatchObject([
      { code: 'csv.unclosed-quote', severity: 'error', range: { start: { line: 1, column: 2 }, end: { line: 1 } } },
    ]);
    expect(result.diagnostics[0]?.data).toEqual({ lines: 3 });
    expect(result.diagnostics[0]?.message).not.toMatch(/\n|3,y/);
    expect(result.records.map((record) => record.line)).toEqual([1]);
    // Rejected rows are cut to their first line: the swallowed rows are never echoed.
    expect(rejected).toMatchObject([{ line: 2, fields: ['1', 'open'] }]);
  });

  it('skips blank lines without losing line numbers and drops a BOM', () => {
    const { records } = parseCsv('f.csv', '\uFEFFa\n\n1\n');
    expect(records).toMatchObject([
      { fields: ['a'], line: 1 },
      { fields: ['1'], line: 3 },
    ]);
  });

  it('gives the same records however the text is split into chunks', () => {
    const cell = fc.oneof(fc.constantFrom('', '3', 'a b', 'x,y', 'q"uote', 'multi\nline'), fc.string({ maxLength: 5 }));
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const quote = (value: string): string => (/[",\n\r]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);
        const text = 'h1,h2\n' + rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
        const whole = parseCsv('f.csv', text, ',').records;
        const chunked: CsvRecord[] = [];
        const parser = new CsvParser('f.csv', (record) => chunked.push(record), ',');
        const positions = [...new Set(cuts.map((cut) => cut % text.length))].sort((a, b) => a - b);
        let previous = 0;
        for (const position of positions) {
          parser.push(text.slice(previous, position));
          previous = position;
        }
        parser.push(text.slice(previous));
        parser.end();
        expect(chunked).toEqual(whole);
        expect(whole.slice(1).map((record) => record.fields)).toEqual(rows);
      }),
    );
  });
});

describe('CsvParser caps', () => {
  it('rejects a record with too many fields or a too-long cell, located, and keeps reading', () => {
    const wide = Array.from({ length: MAX_CSV_FIELDS + 1 }, () => '1').join(',');
    const long = `r3,"${'x'.repeat(MAX_CSV_FIELD_LENGTH + 1)}"`;
    const rejected: number[] = [];
    const result = parseCsv('f.csv', `a,b\n${wide}\n${long}\nr4,ok\n`, ',', { onRejected: (record) => rejected.push(record.line) });
    expect(result.diagnostics).toMatchObject([
      { code: 'csv.row-too-long', range: { start: { line: 1, column: 0 } } },
      { code: 'csv.field-too-long', range: { start: { line: 2, column: 3 } } },
    ]);
    expect(result.diagnostics.every((diagnostic) => diagnostic.message.length < 300)).toBe(true);
    expect(result.records.map((record) => record.fields[0])).toEqual(['a', 'r4']);
    expect(rejected).toEqual([2, 3]);
  });

  it('streams past a stray quote in bounded memory: the swallowed lines are skipped once, by line range', () => {
    const rejected: CsvRecord[] = [];
    const records: CsvRecord[] = [];
    const parser = new CsvParser('f.csv', (record) => records.push(record), ',', { onRejected: (record) => rejected.push(record) });
    const row = 'r,3,4,saran biasa\n';
    const rowsPerChunk = 4096;
    parser.push('id,U1,U2,saran\nr0,"stray\n');
    const chunks = Math.ceil((2 * MAX_CSV_RECORD_LENGTH) / (row.length * rowsPerChunk));
    for (let chunk = 0; chunk < chunks; chunk++) parser.push(row.repeat(rowsPerChunk));
    parser.end();
    expect(parser.diagnostics).toMatchObject([{ code: 'csv.row-too-long', range: { start: { line: 1 } } }]);
    const skippedLines = parser.diagnostics[0]?.data?.['lines'] as number;
    // The cap is passed about MAX / row.length lines in; the skip ends at the next line break.
    expect(Math.abs(skippedLines - MAX_CSV_RECORD_LENGTH / row.length)).toBeLessThan(2);
    expect(parser.diagnostics[0]?.message).toContain(`${skippedLines - 1} `);
    expect(rejected).toHaveLength(1);
    // Every line is either a record or inside the one skipped range.
    const total = 2 + chunks * rowsPerChunk;
    expect(records.length + skippedLines).toBe(total);
    expect(records.at(-1)?.line).toBe(total);
  });
});
