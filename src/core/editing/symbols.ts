/**
 * The outline of a unit, period, summary or RTL file: its top-level keys, and inside lists one
 * entry per item named by its id, code, key or name (with its label or program as detail).
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Range } from '../model/diagnostic';
import { parseYaml } from '../parse/parse-yaml';
import type { LineIndex } from '../parse/line-index';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: 'section' | 'item' | 'field';
  /** The whole entry (key and value). */
  range: Range;
  /** The name to highlight. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

const NAME_KEYS = ['id', 'code', 'key', 'name', 'kegiatan'];
const DETAIL_KEYS = ['label', 'program', 'role', 'waktu', 'caption'];
const MAX_DEPTH = 3;

function span(node: { range?: [number, number, number] | null }): { from: number; to: number } {
  const [from = 0, , to = from] = node.range ?? [];
  return { from, to };
}

function fullRange(lines: LineIndex, from: number, to: number): Range {
  const start = lines.position(from);
  const end = lines.position(Math.max(from, to));
  return { start, end };
}

const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

function scalarOf(map: Node | null | undefined, keys: readonly string[]): string | undefined {
  if (!isMap(map)) return undefined;
  for (const key of keys) {
    const value = map.get(key, true);
    if (isScalar(value) && value.value !== null && value.value !== undefined) return scalarText(value.value);
  }
  return undefined;
}

function children(node: Node | null | undefined, lines: LineIndex, depth: number): OutlineSymbol[] {
  if (depth > MAX_DEPTH) return [];
  const out: OutlineSymbol[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = span(pair.key);
      const value = pair.value as Node | null;
      const end = value ? span(value).to : key.to;
      const nested = isMap(value) || isSeq(value);
      out.push({
        name: String(pair.key.value),
        detail: isScalar(value) ? scalarText(value.value) : '',
        kind: nested ? 'section' : 'field',
        range: fullRange(lines, key.from, end),
        selectionRange: lines.range(key.from, key.to),
        children: nested ? children(value, lines, depth + 1) : [],
      });
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemNode = item as Node | null;
      if (!itemNode) return;
      const { from, to } = span(itemNode);
      out.push({
        name: scalarOf(itemNode, NAME_KEYS) ?? (isScalar(itemNode) ? scalarText(itemNode.value) : `#${index + 1}`),
        detail: scalarOf(itemNode, DETAIL_KEYS) ?? '',
        kind: 'item',
        range: fullRange(lines, from, to),
        selectionRange: lines.range(from, from + 1),
        children: isMap(itemNode) ? children(itemNode, lines, depth + 1).filter((child) => child.kind === 'section') : [],
      });
    });
  }
  return out;
}

/** The outline of a YAML file; an unparsable file gives what could be read (possibly nothing). */
export function outlineOf(file: string, text: string): OutlineSymbol[] {
  const parsed = parseYaml(file, text);
  return children(parsed.document.contents, parsed.lines, 1);
}
