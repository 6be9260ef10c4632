import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/parse/parse-yaml';
import { checkYamlLimits, MAX_YAML_DEPTH, MAX_YAML_LENGTH } from '../../src/core/parse/yaml-limits';

const nestedKeys = (levels: number, step = 1): string =>
  Array.from({ length: levels }, (_, index) => `${' '.repeat(index * step)}k:\n`).join('') + `${' '.repeat(levels * step)}v\n`;

describe('YAML limits', () => {
  it('accepts nesting up to the limit, block and flow mixed, with the value intact', () => {
    const half = MAX_YAML_DEPTH / 2;
    const text = `${nestedKeys(half - 1)
      .trimEnd()
      .replace(/v$/, '')}${'['.repeat(half)}1${']'.repeat(half)}\n`;
    const parsed = parseYaml('a.yaml', text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toBeTypeOf('object');
  });

  it('refuses deep block nesting at the node past the limit (1,400 levels + 100 brackets, no stack overflow)', () => {
    // 1,400 levels at one space each stay under the length limit, so depth is what refuses it.
    const parsed = parseYaml('a.yaml', `${nestedKeys(1400)}${'['.repeat(100)}${']'.repeat(100)}\n`);
    expect(parsed.diagnostics).toMatchObject([
      { code: 'yaml.too-deep', severity: 'error', range: { start: { line: MAX_YAML_DEPTH, column: MAX_YAML_DEPTH } } },
    ]);
    expect(parsed.value).toBeUndefined();
  });

  it('refuses 50,000-deep flow nesting at the bracket past the limit', () => {
    const depth = 50_000;
    const parsed = parseYaml('a.yaml', `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    // `a:` opens the map (1), then brackets: the one that makes MAX + 1 is at column 3 + MAX - 1.
    expect(parsed.diagnostics).toMatchObject([{ code: 'yaml.too-deep', range: { start: { line: 0, column: 3 + MAX_YAML_DEPTH - 1 } } }]);
  });

  it('counts block nesting again after an unclosed flow collection the lexer ends (fuzz case: `{` left open, then 5,000 compact dashes)', () => {
    const text = `unsur:\n  - { code: U1, label: Persyaratan\n${'- '.repeat(5000)}x\n`;
    const parsed = parseYaml('skm.yaml', text);
    expect(parsed.diagnostics).toMatchObject([{ code: 'yaml.too-deep', severity: 'error', range: { start: { line: 2 } } }]);
  });

  it('counts compact sequences and maps in sequences', () => {
    expect(checkYamlLimits(`${'- '.repeat(MAX_YAML_DEPTH)}x\n`)).toBeUndefined();
    expect(checkYamlLimits(`${'- '.repeat(MAX_YAML_DEPTH + 1)}x\n`)).toMatchObject({ kind: 'depth', offset: MAX_YAML_DEPTH * 2 });
    const seqOfMaps = Array.from({ length: MAX_YAML_DEPTH }, (_, index) => `${' '.repeat(index * 2)}- a:\n`).join('');
    expect(checkYamlLimits(seqOfMaps)).toMatchObject({ kind: 'depth' });
  });

  it('ignores brackets inside scalars, block scalars and comments', () => {
    const brackets = '['.repeat(MAX_YAML_DEPTH * 2);
    const text = `a: "${brackets}"\nb: '${brackets}'\nc: |\n  ${brackets}\n# ${brackets}\nd: x${brackets}\n`;
    expect(checkYamlLimits(text)).toBeUndefined();
    expect(parseYaml('a.yaml', text).diagnostics).toEqual([]);
  });

  it('sibling keys and items do not add depth', () => {
    const text = Array.from({ length: 1000 }, (_, index) => `k${index}:\n  - a: 1\n    b: [1, {c: 2}]\n`).join('');
    expect(checkYamlLimits(text)).toBeUndefined();
  });

  it('refuses a file over the length limit without parsing it', () => {
    const parsed = parseYaml('a.yaml', `a: "${'x'.repeat(MAX_YAML_LENGTH)}"\n`);
    expect(parsed.diagnostics).toMatchObject([{ code: 'yaml.too-large', range: { start: { line: 0, column: MAX_YAML_LENGTH } } }]);
  });
});
