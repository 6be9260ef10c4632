import { describe, expect, it } from 'vitest';
import { parseYaml, rangeOf } from '../../src/core/parse/parse-yaml';

const text = ['unit:', '  name: Biro Umum', 'unsur:', '  - code: U1', '    label: Persyaratan', '  - code: U2', ''].join('\n');

describe('parseYaml', () => {
  it('returns the value and no diagnostics for valid YAML', () => {
    const parsed = parseYaml('skm.yaml', text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ unit: { name: 'Biro Umum' }, unsur: [{ code: 'U1', label: 'Persyaratan' }, { code: 'U2' }] });
  });

  it('points at a value, a key, or the deepest existing ancestor', () => {
    const parsed = parseYaml('skm.yaml', text);
    expect(rangeOf(parsed, ['unsur', 0, 'label'])).toEqual({ start: { line: 4, column: 11 }, end: { line: 4, column: 22 } });
    expect(rangeOf(parsed, ['unsur', 0, 'label'], 'key')).toEqual({ start: { line: 4, column: 4 }, end: { line: 4, column: 9 } });
    // A missing key under unsur[1]: the item itself, clipped to its first line.
    expect(rangeOf(parsed, ['unsur', 1, 'label'])).toMatchObject({ start: { line: 5, column: 4 }, end: { line: 5 } });
    // A block value never runs to the end of the file: its key is used.
    expect(rangeOf(parsed, ['unit'])).toEqual({ start: { line: 0, column: 0 }, end: { line: 0, column: 4 } });
  });

  it('reports duplicate keys, tabs and syntax errors with positions', () => {
    expect(parseYaml('a.yaml', 'a: 1\na: 2\n').diagnostics).toMatchObject([
      { code: 'yaml.duplicate-key', range: { start: { line: 1, column: 0 } } },
    ]);
    expect(parseYaml('a.yaml', 'a:\n\tb: 1\n').diagnostics[0]).toMatchObject({ severity: 'error', range: { start: { line: 1 } } });
    expect(parseYaml('a.yaml', 'a: [1, 2\n').diagnostics[0]).toMatchObject({ code: 'yaml.syntax' });
  });

  it('rejects an alias bomb quickly instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 12; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      lines.push(
        `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`,
      );
    }
    const parsed = parseYaml('bomb.yaml', lines.join('\n'));
    expect(parsed.diagnostics).toMatchObject([{ code: 'yaml.alias-bomb', range: { start: { line: 0 } } }]);
    expect(parsed.value).toBeUndefined();
  });

  it('reads a file with a BOM and CRLF line endings', () => {
    const parsed = parseYaml('a.yaml', '\uFEFFunit:\r\n  name: X\r\n');
    expect(parsed.value).toEqual({ unit: { name: 'X' } });
    expect(rangeOf(parsed, ['unit', 'name'])).toEqual({ start: { line: 1, column: 8 }, end: { line: 1, column: 9 } });
  });

  it('reports an empty file', () => {
    expect(parseYaml('a.yaml', '').diagnostics).toMatchObject([{ code: 'file.empty' }]);
  });
});
