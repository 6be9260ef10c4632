import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRtl } from '../../src/core/load/load-rtl';
import { quickItems } from '../../src/core/history/rtl-version';
import { parseYaml } from '../../src/core/parse/parse-yaml';
import { plainValue, readPlainYaml } from '../../src/core/parse/plain-yaml';

const SPECIAL = [...'ab -:#\'"[]{},.&*!|>%@`~09\\\t\r\n'];
const TRICKY = [
  'null',
  'Null',
  '~',
  'true',
  'False',
  'yes',
  'No',
  'on',
  '0',
  '007',
  '12',
  '-3',
  '+4',
  '1.5',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '-.Inf',
  '.nan',
  '2023-08-14',
  "'a''b'",
  '"x y"',
  '"a\\"b"',
  "''",
  '""',
  'a: b',
  'a #c',
  'a#c',
  '[1, 2]',
  '[a, b ]',
  '{ file: f.jpg, caption: Laman }',
  '{}',
  '[]',
  '[1, ]',
  '&x a',
  '*x',
  '!tag a',
  '|',
  '>',
  '- a',
  'a:',
  '__proto__',
];
const KEYS = [
  'id',
  'unsur',
  'program',
  'quarters',
  'year',
  'responsible',
  'realisation',
  'status',
  'dates',
  'evidence',
  'file',
  'caption',
  'strategy',
  'null',
  'true',
  'x-1',
];

type Tree = string | { seq: Tree[] } | { map: [string, Tree][] } | { block: string; lines: string[] };
const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  {
    arbitrary: fc.constantFrom('Bagian Umum', 'rtl-01', 'U3', 'sudah', 'Laman pengaduan (daring)', 'Rp 5.000, tunai', '2024', "'kutip'"),
    weight: 4,
  },
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 8 }),
);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((seq): Tree => ({ seq })),
    fc.record({
      block: fc.constantFrom('|', '|-', '>', '>-', '|+', '>2', '| # c'),
      lines: fc.array(fc.oneof(scalar, fc.constantFrom('', ' lebih', '# bukan komentar', 'a ')), { minLength: 0, maxLength: 3 }),
    }),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 }).map((map): Tree => ({ map })),
  ),
}));

/** Block YAML for a tree: `style` picks the sequence indentation under a key (0 or 2) and comments. */
function render(node: Tree, indent: number, style: number): string[] {
  const pad = ' '.repeat(indent);
  if (typeof node === 'string') return [node];
  if ('block' in node) return [node.block, ...node.lines.map((line) => (line === '' ? '' : `${pad}${line}`))];
  if ('seq' in node) {
    return node.seq.flatMap((item) => {
      const inner = render(item, indent + 2, style);
      return typeof item === 'string' || 'block' in item
        ? [`${pad}- ${inner[0]}`, ...inner.slice(1)]
        : [`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1)];
    });
  }
  return node.map.flatMap(([key, value]) => {
    if (typeof value === 'string') return [`${pad}${key}: ${value}${style & 2 ? '  # catatan' : ''}`];
    if ('block' in value) {
      const [header, ...lines] = render(value, indent + 2, style);
      return [`${pad}${key}: ${header}`, ...lines];
    }
    return [`${pad}${key}:`, ...(style & 4 ? [''] : []), ...render(value, 'seq' in value && style & 1 ? indent : indent + 2, style)];
  });
}

/** The quick reader answers only where the general parser finds no error, and with its value. */
function agrees(text: string): void {
  const quick = readPlainYaml(text);
  if (!quick) return;
  const parsed = parseYaml('x.yaml', text);
  expect(parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  expect(plainValue(quick)).toStrictEqual(parsed.value);
  const items = quickItems('rtl.yaml', text);
  if (items) expect(items).toStrictEqual(loadRtl(parseYaml('rtl.yaml', text), '').items);
}

describe('readPlainYaml', () => {
  it('reads every sample RTL file with the same items and sources as parseYaml', () => {
    const samples = fs.readdirSync('samples').flatMap((unit) => {
      const periods = path.join('samples', unit, 'periods');
      return fs.existsSync(periods) ? fs.readdirSync(periods).map((period) => path.join(periods, period, 'rtl.yaml')) : [];
    });
    const files = samples.filter((file) => fs.existsSync(file));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(quickItems(file, text), file).toStrictEqual(loadRtl(parseYaml(file, text), '').items);
    }
  });

  it('agrees with parseYaml on generated documents, or refuses them', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYS), tree), { minLength: 1, maxLength: 4 }), fc.nat(7), (map, style) => {
        const text = `${render({ map }, 0, style).join('\n')}\n`;
        if (readPlainYaml(text)) accepted++;
        agrees(text);
      }),
      // A fixed seed: how many documents the quick reader accepts depends on the draw.
      { numRuns: 1000, seed: 12 },
    );
    // The generator is not so hostile that nothing is read quickly (about one in ten is).
    expect(accepted).toBeGreaterThan(50);
  });

  it('agrees with parseYaml on RTL files with one character inserted, removed or replaced', () => {
    const base = fs.readFileSync('samples/biro-pbj-kaltim/periods/2024-s2/rtl.yaml', 'utf8');
    fc.assert(
      fc.property(
        fc.nat(base.length - 1),
        fc.constantFrom(...SPECIAL),
        fc.constantFrom('insert', 'remove', 'replace'),
        (at, char, edit) => {
          const text =
            edit === 'insert'
              ? base.slice(0, at) + char + base.slice(at)
              : base.slice(0, at) + (edit === 'replace' ? char : '') + base.slice(at + 1);
          agrees(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses what it does not read exactly, and the general parser takes over', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: |\n  teks\n\n  lagi\n',
      'a: >\n  teks\n    lebih\n',
      'a: >-\n  tanpa baris baru',
      'a: satu\n  dua\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      'a: 0x1F\n',
      'a: 1.5\n',
      'a:\n',
      '---\na: 1\n',
      'a: "x\\ty"\n',
      'a: [1, [2]]\n',
      '- a\n',
      '',
    ]) {
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(plainValue(readPlainYaml('a: [1, b]\nc:\n- { d: "e # f" }\n')!)).toEqual({ a: [1, 'b'], c: [{ d: 'e # f' }] });
    expect(plainValue(readPlainYaml('a: >-\n  satu\n  dua\nb:\n  - |\n    tiga\n    # empat\n')!)).toEqual({
      a: 'satu dua',
      b: ['tiga\n# empat\n'],
    });
  });
});
