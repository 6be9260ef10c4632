import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respondentChanges, rowsSide } from '../../src/core/diff/respondent-changes';
import { recordsSide } from '../../src/core/diff/response-records';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { loadResponsesCsv } from '../../src/core/load/load-responses';
import { decodeText } from '../../src/core/parse/decode-text';
import type { Period, Unit } from '../../src/core/model/types';
import { overlayFiles, RESPONSE_COLUMNS } from '../lint/fixtures';

const FILE = 'periods/2023-s1/responses.csv';
const unit: Unit = loadWorkspace(overlayFiles()).workspace!.unit;
const COLUMNS = [...RESPONSE_COLUMNS];

/** The definition: both files loaded into rows by the loader, compared row by row. */
function loaded(bytes: Uint8Array, as: Unit = unit): Period {
  const { text } = decodeText(FILE, bytes);
  return { responses: loadResponsesCsv(FILE, text, as).responses } as unknown as Period;
}

/** The unit of the other side with a profile attribute fewer, or its unsur in another order. */
const otherUnits: Unit[] = [
  { ...unit, profile: unit.profile.slice(1) },
  { ...unit, unsur: [...unit.unsur].reverse() },
  { ...unit, unsur: unit.unsur.slice(1) },
];

/** Windows-1252 bytes of a text whose characters are ASCII or é. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => (character === 'é' ? 0xe9 : character.charCodeAt(0))));
}

const value: Record<string, fc.Arbitrary<string>> = {
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', '', ' r2 ', 'R1'),
  date: fc.constantFrom('2023-03-15', '15/03/2023', '', '2023-02-30', ' 2023-03-15', '2023-03-16'),
  time: fc.constantFrom('08.00-12.00', '13.00-17.00', ''),
  service: fc.constantFrom('surat', 'rapat', ' surat', ''),
  gender: fc.constantFrom('L', 'P', 'l', ''),
  age: fc.constantFrom('30', ' 30', '31', ''),
  education: fc.constantFrom('S1', 'SMA'),
  occupation: fc.constantFrom('PNS', 'Swasta'),
  score: fc.constantFrom('1', '2', '3', '4', ' 4', '04', '5', '', 'x', '4.0', '0x3', '3,0'),
  saran: fc.constantFrom('', 'cepat', ' cepat ', 'a, b', 'a; b', 'baris\nbaru', 'baris\r\nbaru', 'kata "kutip"', 'café'),
};
const row = fc.record(
  Object.fromEntries(COLUMNS.map((column) => [column, value[/^U\d$/.test(column) ? 'score' : column]!])),
) as fc.Arbitrary<Record<string, string>>;

/** How a side is written: column order, delimiter, line ends, encoding, quoting, rows cut or padded. */
const layout = fc.record({
  order: fc.constantFrom('same', 'reversed', 'id-last'),
  delimiter: fc.constantFrom(',', ';'),
  crlf: fc.boolean(),
  windows1252: fc.boolean(),
  quoteAll: fc.boolean(),
  lastNewline: fc.boolean(),
  irregular: fc.constantFrom('none', 'short', 'long'),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function render(rows: Record<string, string>[], how: Layout): Uint8Array {
  const columns = how.order === 'reversed' ? [...COLUMNS].reverse() : how.order === 'id-last' ? [...COLUMNS.slice(1), 'id'] : COLUMNS;
  const cell = (text: string): string =>
    how.quoteAll || text.includes(how.delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
      ? `"${text.replaceAll('"', '""')}"`
      : text;
  const lines = [columns.join(how.delimiter)];
  rows.forEach((item, index) => {
    let cells = columns.map((column) => cell(item[column]!));
    if (index === 1 && how.irregular === 'short') cells = cells.slice(0, 12);
    if (index === 1 && how.irregular === 'long') cells = [...cells, 'lebih'];
    lines.push(cells.join(how.delimiter));
  });
  const text = lines.join(how.crlf ? '\r\n' : '\n') + (how.lastNewline ? (how.crlf ? '\r\n' : '\n') : '');
  return how.windows1252 ? windows1252(text) : Buffer.from(text, 'utf8');
}

/** The second side: rows edited in one field, ids changed, rows dropped, repeated and re-ordered. */
const edits = fc.array(
  fc.record({
    kind: fc.constantFrom('keep', 'keep', 'edit', 'id', 'drop', 'repeat', 'move'),
    column: fc.constantFrom(...COLUMNS),
    to: fc.nat(50),
  }),
  { maxLength: 8 },
);

function edited(
  rows: Record<string, string>[],
  changes: { kind: string; column: string; to: number }[],
  pick: (column: string, seed: number) => string,
): Record<string, string>[] {
  const result = rows.map((item) => ({ ...item }));
  changes.forEach((change, index) => {
    if (result.length === 0) return;
    const at = index % result.length;
    const target = result[at]!;
    if (change.kind === 'edit') target[change.column] = pick(change.column, change.to);
    if (change.kind === 'id') target.id = pick('id', change.to);
    if (change.kind === 'drop') result.splice(at, 1);
    if (change.kind === 'repeat') result.push({ ...target, saran: pick('saran', change.to) });
    if (change.kind === 'move') result.push(...result.splice(at, 1));
  });
  return result;
}

const samples: Record<string, string[]> = {
  id: ['r1', 'r2', 'r6', '', ' r3'],
  date: ['2023-03-15', '15/03/2023', '', '2023-03-17'],
  score: ['1', '4', ' 4', '', '9', '3,0'],
  saran: ['', 'cepat', 'baris\nlain', 'café', ' cepat'],
  other: ['L', 'P', '', ' 30', 'surat', 'PNS'],
};
const pick = (column: string, seed: number): string => {
  const list = samples[column] ?? samples[/^U\d$/.test(column) ? 'score' : 'other']!;
  return list[seed % list.length]!;
};

describe('recordsSide', () => {
  it('finds the changes of the loaded rows, decoding only the records whose cells differ', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 7 }), edits, layout, layout, (rows, changes, left, right) => {
        const before = render(rows, left);
        const after = render(edited(rows, changes, pick), right);
        const expected = respondentChanges(rowsSide(loaded(before)), rowsSide(loaded(after)));
        const actual = respondentChanges(recordsSide(FILE, before, unit), recordsSide(FILE, after, unit));
        expect(actual).toEqual(expected);
        expect(recordsSide(FILE, after, unit).ids).toEqual(loaded(after).responses!.rows.map((item) => item.id));
      }),
      { numRuns: 1500 },
    );
  });

  it('compares a records side with a rows side (responses.yaml on one side) by the decoded answers', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), edits, layout, (rows, changes, how) => {
        const before = render(rows, how);
        const after = render(edited(rows, changes, pick), how);
        const expected = respondentChanges(rowsSide(loaded(before)), rowsSide(loaded(after)));
        expect(respondentChanges(rowsSide(loaded(before)), recordsSide(FILE, after, unit))).toEqual(expected);
        expect(respondentChanges(recordsSide(FILE, before, unit), rowsSide(loaded(after)))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('compares the records of two units of another shape by their decoded answers', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), edits, layout, fc.constantFrom(...otherUnits), (rows, changes, how, other) => {
        const before = render(rows, how);
        const after = render(edited(rows, changes, pick), how);
        const expected = respondentChanges(rowsSide(loaded(before)), rowsSide(loaded(after, other)));
        expect(respondentChanges(recordsSide(FILE, before, unit), recordsSide(FILE, after, other))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a file without rows or without a header as no respondents', () => {
    expect(recordsSide(FILE, new Uint8Array(), unit).ids).toEqual([]);
    expect(recordsSide(FILE, Buffer.from(`${COLUMNS.join(',')}\n`), unit).ids).toEqual([]);
  });
});
