/**
 * A quick reader for the plain YAML that SKM files are written in: block maps and sequences,
 * one-line plain or quoted scalars, one-line flow collections of scalars, and literal or folded
 * block scalars (`|`, `|-`, `>`, `>-`) whose lines share one indentation. Anything else —
 * anchors, aliases, tags, multi-line flow scalars, escapes, document markers, tabs, CR,
 * duplicate keys, number forms other than a plain integer, nesting past a small depth — makes it
 * answer `undefined`, and the caller parses the text with the `yaml` library (`parseYaml`), which
 * also reports what is wrong. Where it answers, the value equals `parseYaml`'s (property-tested
 * against it) and every scalar keeps its source offsets. Used where many versions of a file are
 * read at once (`skm history`); it costs a fraction of the general parser.
 */
import { MAX_YAML_LENGTH } from './yaml-limits';

export type PlainScalarValue = string | number | boolean | null;
export type PlainNode =
  /** `start`/`end`: the scalar's source; a block scalar has none (-1: not located here). */
  | { kind: 'scalar'; value: PlainScalarValue; start: number; end: number }
  | { kind: 'map'; entries: Map<string, PlainNode> }
  | { kind: 'seq'; items: PlainNode[] };

interface Line {
  /** Offset of the first non-space character. */
  start: number;
  indent: number;
  /** The line from `start` to its end. */
  content: string;
  /** Index of the line in the text. */
  row: number;
}

const MAX_DEPTH = 24;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: +|$)/;
const NUMERIC = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0[xo]|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
const SAFE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
const KEYWORDS: Record<string, PlainScalarValue> = {
  null: null,
  Null: null,
  NULL: null,
  '~': null,
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};
/** Characters a plain scalar may not start with (YAML indicators), in block and flow context. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

class Refused extends Error {}
const refuse = (): never => {
  throw new Refused();
};

/** The document's root map, or `undefined` when the text is not in the plain subset. */
export function readPlainYaml(text: string): PlainNode | undefined {
  if (text.length > MAX_YAML_LENGTH || text.includes('\t') || text.includes('\r')) return undefined;
  const rows: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    const content = raw.slice(indent);
    if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))) return undefined;
    rows.push({ start: offset + indent, indent, content, row: rows.length });
    offset += raw.length + 1;
  }
  const lines = rows.filter((line) => line.content !== '' && !line.content.startsWith('#'));
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines, rows);
    const root = reader.map(0, 0);
    return reader.done() ? root : undefined;
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
}

/** The plain JS value of a node, as `yaml`'s `toJS` gives it. */
export function plainValue(node: PlainNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainValue);
  const value: Record<string, unknown> = {};
  for (const [key, child] of node.entries) value[key] = plainValue(child);
  return value;
}

/** The scalar at `path`, or `undefined` when the path does not end at a scalar. */
export function plainScalarAt(
  node: PlainNode | undefined,
  path: ReadonlyArray<string | number>,
): Extract<PlainNode, { kind: 'scalar' }> | undefined {
  for (const segment of path) {
    if (node?.kind === 'map' && typeof segment === 'string') node = node.entries.get(segment);
    else if (node?.kind === 'seq' && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node?.kind === 'scalar' && node.start >= 0 ? node : undefined;
}

class Reader {
  private next = 0;

  constructor(
    private readonly lines: Line[],
    private readonly rows: Line[],
  ) {}

  done(): boolean {
    return this.next === this.lines.length;
  }

  /** The block collection starting at the current line, at its indentation. */
  private block(depth: number): PlainNode {
    const line = this.lines[this.next]!;
    return isSeqItem(line.content) ? this.seq(line.indent, depth) : this.map(line.indent, depth);
  }

  map(indent: number, depth: number): PlainNode {
    if (depth > MAX_DEPTH) refuse();
    const entries = new Map<string, PlainNode>();
    for (let line = this.lines[this.next]; line !== undefined && line.indent >= indent; line = this.lines[this.next]) {
      if (line.indent > indent) refuse();
      const match = KEY.exec(line.content);
      if (!match || !ordinaryKey(match[1]!) || entries.has(match[1]!)) return refuse();
      this.next++;
      const rest = line.content.slice(match[0].length);
      let value: PlainNode;
      if (rest === '' || rest.startsWith('#')) {
        const following = this.lines[this.next];
        if (following && (following.indent > indent || (following.indent === indent && isSeqItem(following.content))))
          value = this.block(depth + 1);
        else return refuse(); // an empty value: rare enough to leave to the general parser
      } else {
        value = BLOCK_HEADER.test(rest) ? this.blockScalar(rest, line.row, indent) : inline(rest, line.start + match[0].length);
        if ((this.lines[this.next]?.indent ?? -1) > indent) refuse(); // a continued scalar
      }
      entries.set(match[1]!, value);
    }
    return { kind: 'map', entries };
  }

  private seq(indent: number, depth: number): PlainNode {
    if (depth > MAX_DEPTH) refuse();
    const items: PlainNode[] = [];
    for (let line = this.lines[this.next]; line !== undefined && line.indent >= indent; line = this.lines[this.next]) {
      if (line.indent > indent) return refuse();
      if (!isSeqItem(line.content)) break; // the next key of a map the sequence is the value of
      const rest = line.content.slice(1).trimStart();
      if (rest === '' || rest.startsWith('#')) return refuse();
      const column = indent + line.content.length - rest.length;
      const start = line.start + column - indent;
      if (KEY.test(rest) || isSeqItem(rest)) {
        // A compact collection: the rest of the line opens it at its own column.
        this.lines[this.next] = { start, indent: column, content: rest, row: line.row };
        items.push(this.block(depth + 1));
      } else {
        this.next++;
        items.push(BLOCK_HEADER.test(rest) ? this.blockScalar(rest, line.row, indent) : inline(rest, start));
        if ((this.lines[this.next]?.indent ?? -1) > indent) refuse();
      }
    }
    return { kind: 'seq', items };
  }

  /**
   * A block scalar whose header (`|`, `|-`, `>`, `>-`) ends the line at `row`, inside a collection
   * at `indent`: its lines, all at one deeper indentation with no blank or trailing-space line
   * among them, joined by newlines (literal) or spaces (folded), with a final newline unless `-`.
   */
  private blockScalar(header: string, row: number, indent: number): PlainNode {
    let last = row;
    for (let next = row + 1; next < this.rows.length; next++) {
      const line = this.rows[next]!;
      if (line.content !== '' && line.indent <= indent) break;
      if (line.content !== '') last = next;
    }
    // Content must be followed by a newline (a last line without one is kept without it).
    if (last === row || last === this.rows.length - 1) return refuse();
    const lines = this.rows.slice(row + 1, last + 1);
    const column = lines[0]!.indent;
    if (lines.some((line) => line.indent !== column || line.content === '' || line.content.endsWith(' '))) return refuse();
    while ((this.lines[this.next]?.row ?? Infinity) <= last) this.next++;
    const text = lines.map((line) => line.content).join(header[0] === '|' ? '\n' : ' ');
    return { kind: 'scalar', value: header.endsWith('-') ? text : `${text}\n`, start: -1, end: -1 };
  }
}

/** A key that stays the same string in JS: not a keyword (`null:`, `true:`), not `__proto__`. */
function ordinaryKey(key: string): boolean {
  return key !== '__proto__' && !Object.hasOwn(KEYWORDS, key);
}

const BLOCK_HEADER = /^[|>]-?$/;

function isSeqItem(content: string): boolean {
  return content.startsWith('-') && (content.length === 1 || content[1] === ' ');
}

/** A value on the rest of a line (`text` begins at offset `start`): scalar or flow collection. */
function inline(text: string, start: number): PlainNode {
  const first = text[0];
  if (first === '[' || first === '{') {
    const [node, end] = flow(text, start);
    trailer(text.slice(end));
    return node;
  }
  if (first === '"' || first === "'") {
    const [node, end] = quoted(text, 0, start);
    trailer(text.slice(end));
    return node;
  }
  const comment = text.search(/ #/);
  const source = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  if (source.includes(': ') || source.endsWith(':')) refuse();
  return plain(source, start);
}

/** What may follow a closed quote or bracket on its line: spaces and a comment. */
function trailer(rest: string): void {
  if (rest !== '' && !/^ +(#.*)?$/.test(rest)) refuse();
}

function plain(source: string, start: number): PlainNode {
  if (source === '' || INDICATORS.has(source[0]!) || source.includes(' #')) return refuse();
  let value: PlainScalarValue = source;
  if (Object.hasOwn(KEYWORDS, source)) value = KEYWORDS[source]!;
  else if (SAFE_INT.test(source)) value = Number(source);
  else if (NUMERIC.test(source)) refuse();
  return { kind: 'scalar', value, start, end: start + source.length };
}

/** A single-line quoted scalar at `at` in `text`; returns it and the index after the quote. */
function quoted(text: string, at: number, base: number): [PlainNode, number] {
  const quote = text[at]!;
  let value = '';
  let index = at + 1;
  for (;;) {
    const close = text.indexOf(quote, index);
    if (close === -1) return refuse();
    value += text.slice(index, close);
    if (quote === "'" && text[close + 1] === "'") {
      value += "'";
      index = close + 2;
      continue;
    }
    index = close + 1;
    break;
  }
  if (quote === '"' && value.includes('\\')) refuse();
  return [{ kind: 'scalar', value, start: base + at, end: base + index }, index];
}

/** A one-line flow sequence or map of scalars; returns it and the index after its bracket. */
function flow(text: string, base: number): [PlainNode, number] {
  const isMap = text[0] === '{';
  const close = isMap ? '}' : ']';
  const items: PlainNode[] = [];
  const entries = new Map<string, PlainNode>();
  let index = 1;
  const skip = (): void => {
    while (text[index] === ' ') index++;
  };
  skip();
  if (text[index] === close) return [isMap ? { kind: 'map', entries } : { kind: 'seq', items }, index + 1];
  for (;;) {
    skip();
    let key: string | undefined;
    if (isMap) {
      const match = /^([A-Za-z_][A-Za-z0-9_-]{0,63}): +/.exec(text.slice(index));
      if (!match || !ordinaryKey(match[1]!) || entries.has(match[1]!)) return refuse();
      key = match[1]!;
      index += match[0].length;
    }
    let node: PlainNode;
    if (text[index] === '"' || text[index] === "'") {
      [node, index] = quoted(text, index, base);
    } else {
      let end = index;
      while (end < text.length && !',[]{}#'.includes(text[end]!)) end++;
      const source = text.slice(index, end).trimEnd();
      if (source.includes(':')) refuse();
      node = plain(source, base + index);
      index = end;
    }
    if (key === undefined) items.push(node);
    else entries.set(key, node);
    skip();
    if (text[index] === close) return [isMap ? { kind: 'map', entries } : { kind: 'seq', items }, index + 1];
    if (text[index] !== ',') return refuse();
    index++;
    skip();
    if (text[index] === close) return refuse(); // a trailing comma: left to the general parser
  }
}
