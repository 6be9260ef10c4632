/**
 * The preview section that belongs to the cursor's place in a source file, for the editor's
 * scroll sync: an unsur (`unsur:U3`) from skm.yaml's unsur list or a responses CSV column, a
 * service (`service:rapat`) from skm.yaml's services or the CSV's service cell, an RTL item
 * (`rtl:rtl-2023s1-01`) from rtl.yaml, the IKM header (`section:ikm`) from period.yaml's sampling
 * and population. Works from the text alone, like `yamlCursor`, so a half-typed file still syncs.
 */
import { parentKeys } from './yaml-cursor';

const OWNERS: Record<string, { field: string; prefix: string }> = {
  items: { field: 'id', prefix: 'rtl' },
  services: { field: 'code', prefix: 'service' },
  unsur: { field: 'code', prefix: 'unsur' },
};
const IKM_KEYS = new Set(['sampling', 'population']);

const indentOf = (text: string): number => /^\s*/.exec(text)?.[0].length ?? 0;
const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** The `field:` value of the sequence item starting at `start` (flow or block form). */
function itemField(lines: readonly string[], start: number, field: string): string | undefined {
  const first = lines[start] ?? '';
  const flow = new RegExp(`[{,]\\s*${field}\\s*:\\s*([^,}]+)`).exec(first);
  if (flow?.[1]) return unquote(flow[1]);
  const pattern = new RegExp(`^\\s*(?:-\\s+)?${field}\\s*:\\s*(\\S.*?)\\s*(#.*)?$`);
  const dash = indentOf(first);
  for (let index = start; index < lines.length; index++) {
    const text = lines[index] ?? '';
    if (index > start && !/^\s*(#|$)/.test(text) && indentOf(text) <= dash) break;
    const match = pattern.exec(text);
    if (match?.[1]) return unquote(match[1]);
  }
  return undefined;
}

function yamlAnchor(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  let limit = Number.POSITIVE_INFINITY;
  for (let index = Math.min(line, lines.length - 1); index >= 0; index--) {
    const current = lines[index] ?? '';
    if (/^\s*(#|$)/.test(current)) continue;
    const indent = indentOf(current);
    if (index !== line && indent >= limit) continue;
    if (/^\s*-(\s|$)/.test(current)) {
      const owner = OWNERS[parentKeys(lines, index, indent).at(-1) ?? ''];
      const value = owner ? itemField(lines, index, owner.field) : undefined;
      if (owner && value) return `${owner.prefix}:${value}`;
    } else if (indent === 0) {
      const key = /^([A-Za-z_][\w.-]*)\s*:/.exec(current)?.[1];
      return key && IKM_KEYS.has(key) ? 'section:ikm' : undefined;
    }
    limit = Math.min(limit, indent);
  }
  return undefined;
}

/** Splits one CSV line into cells, quotes respected (enough to find a column). */
function csvCells(text: string): { value: string; start: number; end: number }[] {
  const cells: { value: string; start: number; end: number }[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index <= text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if ((char === ',' && !quoted) || index === text.length) {
      cells.push({ value: unquote(text.slice(start, index)), start, end: index });
      start = index + 1;
    }
  }
  return cells;
}

function csvAnchor(text: string, line: number, character: number): string | undefined {
  const lines = text.split('\n');
  const header = csvCells((lines[0] ?? '').replace(/\r$/, '')).map((cell) => cell.value);
  const cells = csvCells((lines[line] ?? '').replace(/\r$/, ''));
  const column = cells.findIndex((cell) => character >= cell.start && character <= cell.end);
  const name = header[column];
  if (name === undefined) return undefined;
  if (/^U\d+$/.test(name)) return `unsur:${name}`;
  const value = cells[column]?.value;
  if (name === 'service' && line > 0 && value) return `service:${value}`;
  return undefined;
}

/** The preview anchor for the cursor at (`line`, `character`) of `file` (workspace-relative), or undefined. */
export function previewAnchor(file: string, text: string, line: number, character: number): string | undefined {
  if (file.endsWith('.csv')) return csvAnchor(text, line, character);
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return yamlAnchor(text, line);
  return undefined;
}
