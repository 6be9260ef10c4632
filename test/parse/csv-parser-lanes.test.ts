import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/core/parse/csv-parser';
import type { CsvRecord } from '../../src/core/parse/csv-parser';

/** Parses `text` pushed in pieces cut at `cuts` (fractions of its length). */
function parse(text: string, cuts: number[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const parser = new CsvParser('uji.csv', (record) => records.push(record), ',');
  const offsets = [...new Set(cuts.map((cut) => Math.floor(cut * text.length)))].sort((a, b) => a - b);
  let start = 0;
  for (const offset of [...offsets, text.length]) {
    parser.push(text.slice(start, offset));
    start = offset;
  }
  parser.end();
  return records;
}

const field = fc.stringMatching(/^[a-zA-Z0-9 .;:-]{0,6}$/);
const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 });

describe('CsvParser: the quote-free fast lane and the general path agree', () => {
  it('fields, columns and lines of plain rows, whatever the line endings and the chunking', () => {
    fc.assert(
      fc.property(
        rows,
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (table, crlf, trailing, cuts) => {
          const kept = table.filter((row) => row.join(',') !== '');
          const eol = crlf ? '\r\n' : '\n';
          const text = table.map((row) => row.join(',')).join(eol) + (trailing ? eol : '');
          const records = parse(text, cuts);
          expect(records.map((record) => record.fields)).toEqual(kept);
          for (const record of records) {
            let column = 0;
            record.fields.forEach((value, index) => {
              expect(record.columns[index]).toBe(column);
              column += value.length + 1;
            });
          }
          const lines = table.map((row, index) => (row.join(',') === '' ? -1 : index + 1)).filter((line) => line > 0);
          expect(records.map((record) => record.line)).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quoting a field (the general path) gives the same fields as leaving it plain (the fast lane)', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (table, pick) => {
        const plain = table.map((row) => row.join(',')).join('\n') + '\n';
        const quoted =
          table
            .map((row, rowIndex) => row.map((value, index) => (index === (pick + rowIndex) % row.length ? `"${value}"` : value)).join(','))
            .join('\n') + '\n';
        const fromQuoted = parse(quoted, []).map((record) => record.fields);
        // A row that was empty when plain is a record with one empty field when quoted.
        const expected = parse(plain, []).map((record) => record.fields);
        expect(fromQuoted.filter((fields) => fields.join(',') !== '')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a carriage return before a delimiter is dropped on both paths', () => {
    expect(parse('a\r,b\r\n', []).map((record) => record.fields)).toEqual([['a', 'b']]);
    expect(parse('"x",a\r,b\r\n', []).map((record) => record.fields)).toEqual([['x', 'a', 'b']]);
  });
});
