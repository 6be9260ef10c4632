/**
 * Seeded byte mutations for the fuzz suite: the same seed gives the same inputs on every machine.
 * Each operator models a way real files go wrong (a flipped byte, a truncated upload, a paste
 * repeated, a stray quote, hostile nesting, a huge cell, the wrong encoding, terminal controls).
 */

/** A small, fast, seeded PRNG (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}

const encoder = new TextEncoder();
const bytes = (text: string): Uint8Array => encoder.encode(text);

/** Characters that mean something to YAML, CSV or Markdown, and bytes that break decoders. */
const INTERESTING: Uint8Array[] = [
  ...[
    '"',
    "'",
    '\n',
    '\r\n',
    '\r',
    ',',
    ';',
    ':',
    ': ',
    '- ',
    '[',
    ']',
    '{',
    '}',
    '&a ',
    '*a',
    '!!',
    '|',
    '>',
    '#',
    '\t',
    '%',
    '@',
    '`',
  ].map(bytes),
  ...[
    '{{',
    '}}',
    '{{ ikm }}',
    '<script>',
    '<!--',
    '```',
    '---\n',
    '...\n',
    '? ',
    '<<: *a',
    '~',
    'null',
    '.nan',
    '-.inf',
    '1e309',
    '-0',
  ].map(bytes),
  Uint8Array.of(0),
  Uint8Array.of(0xff),
  Uint8Array.of(0xfe, 0xff),
  Uint8Array.of(0xc3),
  Uint8Array.of(0xe2, 0x80),
  Uint8Array.of(0xed, 0xa0, 0x80),
  bytes('\u001b[31m'),
  bytes('\u2028'),
  bytes('\u202e'),
  bytes('\ufeff'),
];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function insert(input: Uint8Array, at: number, piece: Uint8Array): Uint8Array {
  return concat(input.subarray(0, at), piece, input.subarray(at));
}

/** Offset of a random line start (nesting and duplicated lines go there). */
function lineStart(random: Random, input: Uint8Array): number {
  const starts = [0];
  for (let index = 0; index < input.length; index++) if (input[index] === 10) starts.push(index + 1);
  return random.pick(starts);
}

type Mutation = (random: Random, input: Uint8Array) => Uint8Array;

export const MUTATIONS: Record<string, Mutation> = {
  flipBit(random, input) {
    if (input.length === 0) return input;
    const out = input.slice();
    const at = random.below(out.length);
    out[at] = out[at]! ^ (1 << random.below(8));
    return out;
  },
  setByte(random, input) {
    if (input.length === 0) return input;
    const out = input.slice();
    out[random.below(out.length)] = random.below(256);
    return out;
  },
  insertInteresting(random, input) {
    return insert(input, random.below(input.length + 1), random.pick(INTERESTING));
  },
  deleteRange(random, input) {
    const start = random.below(input.length + 1);
    const end = Math.min(input.length, start + 1 + random.below(64));
    return concat(input.subarray(0, start), input.subarray(end));
  },
  truncate(random, input) {
    return input.slice(0, random.below(input.length + 1));
  },
  duplicateRange(random, input) {
    const start = random.below(input.length + 1);
    const piece = input.slice(start, Math.min(input.length, start + 1 + random.below(256)));
    const times = random.pick([1, 2, 10, 200]);
    return insert(input, random.below(input.length + 1), concat(...Array.from({ length: times }, () => piece)));
  },
  duplicateLine(random, input) {
    const start = lineStart(random, input);
    let end = input.indexOf(10, start);
    end = end === -1 ? input.length : end + 1;
    return insert(input, start, input.slice(start, end));
  },
  deepNesting(random, input) {
    const depth = random.pick([70, 500, 3000, 50_000]);
    const at = lineStart(random, input);
    switch (random.below(4)) {
      case 0:
        return insert(input, at, bytes(`x: ${'['.repeat(depth)}${']'.repeat(random.below(2) ? depth : 0)}\n`));
      case 1:
        return insert(input, at, bytes(`${'- '.repeat(Math.min(depth, 5000))}x\n`));
      case 2:
        return insert(input, at, bytes(Array.from({ length: Math.min(depth, 3000) }, (_, level) => `${' '.repeat(level)}k:\n`).join('')));
      default:
        return insert(input, at, bytes(`${'>'.repeat(Math.min(depth, 5000))} ${'*'.repeat(Math.min(depth, 5000))}\n`));
    }
  },
  hugeField(random, input) {
    // Past each cap (64 KiB cell, 1 MiB record); the largest rarely, it costs the most.
    const size = random.below(8) === 0 ? random.pick([300_000, 1_200_000]) : 70_000;
    const filler = random.pick(['x', 'ab,', '"', 'é', '\n']);
    return insert(input, random.below(input.length + 1), bytes(filler.repeat(Math.ceil(size / filler.length))));
  },
  strayQuote(random, input) {
    return insert(input, lineStart(random, input), bytes('"'));
  },
  manyColumns(random, input) {
    return insert(input, lineStart(random, input), bytes(`${','.repeat(random.pick([1100, 20_000]))}\n`));
  },
  encoding(random, input) {
    const text = new TextDecoder().decode(input);
    switch (random.below(4)) {
      case 0: {
        // UTF-16LE with its BOM.
        const out = new Uint8Array(2 + text.length * 2);
        out[0] = 0xff;
        out[1] = 0xfe;
        for (let index = 0; index < text.length; index++) {
          out[2 + index * 2] = text.charCodeAt(index) & 0xff;
          out[3 + index * 2] = text.charCodeAt(index) >> 8;
        }
        return out;
      }
      case 1:
        // Windows-1252 / Latin-1 bytes.
        return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
      case 2:
        return bytes(text.replace(/\n/g, random.below(2) ? '\r\n' : '\r'));
      default:
        return concat(Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xef, 0xbb, 0xbf), input);
    }
  },
  numberEdge(random, input) {
    const text = new TextDecoder().decode(input);
    const matches = [...text.matchAll(/\d+(\.\d+)?/g)];
    if (matches.length === 0) return input;
    const match = random.pick(matches);
    const replacement = random.pick(['0', '-1', '99999999999999999999', '1e309', 'NaN', '3.5', '-0', '0x10', '٣', '']);
    return bytes(text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length));
  },
};

const NAMES = Object.keys(MUTATIONS);

/** One to four mutations of `input`; returns the bytes and the names applied, for the report. */
export function mutate(random: Random, input: Uint8Array): { bytes: Uint8Array; applied: string[] } {
  let out = input;
  const applied: string[] = [];
  const count = 1 + random.below(4);
  for (let step = 0; step < count; step++) {
    // The costly ones (huge, deep) at most once per case.
    let name = random.pick(NAMES);
    if (applied.some((done) => done === 'hugeField' || done === 'deepNesting') && (name === 'hugeField' || name === 'deepNesting')) {
      name = 'flipBit';
    }
    out = MUTATIONS[name]!(random, out);
    applied.push(name);
  }
  return { bytes: out, applied };
}
