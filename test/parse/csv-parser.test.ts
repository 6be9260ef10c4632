import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv } from '../../src/core/parse/csv-parser';
import type { CsvRecord } from '../../src/core/parse/csv-parser';

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

  it('reports an unclosed quote with its position and keeps the text', () => {
    const result = parseCsv('f.csv', 'a,b\n1,"open\n');
    expect(result.diagnostics).toMatchObject([{ code: 'csv.unclosed-quote', range: { start: { line: 1, column: 2 } } }]);
    expect(result.records[1]?.fields[1]).toBe('open\n');
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
