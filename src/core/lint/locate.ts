/**
 * Ranges for rule findings: a YAML node by path, or a value on one line of a CSV/YAML text.
 * Both fall back to the start of the file rather than failing, so a rule never throws.
 */
import type { Range } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import type { YamlPath } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import type { LintContext } from './rule';

/** The range of `path` in the parsed YAML `file` (the value, or the key with `target: 'key'`). */
export function yamlRange(context: LintContext, file: string, path: YamlPath, target: 'key' | 'value' = 'value'): Range {
  const entry = context.loaded.yaml.get(file);
  return entry ? rangeOf(entry.parsed, path, target) : pointRange(0, 0);
}

/** The parsed value at `path` in `file`, or undefined. */
export function yamlValue(context: LintContext, file: string, path: YamlPath): unknown {
  let value: unknown = context.loaded.yaml.get(file)?.parsed.value;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * The range of `needle` on 1-based `line` of a text file (first occurrence after `fromColumn`);
 * the whole line (clipped) when the needle is not found.
 */
export function lineRange(context: LintContext, file: string, line: number, needle: string | undefined, fromColumn = 0): Range {
  const text = context.loaded.texts.get(file) ?? '';
  return rangeOnLine(lineAt(text, line - 1, lineStarts(context, file, text)), line, needle, fromColumn);
}

/** Line start offsets per file text, computed once per lint pass (a rule may locate every row of a large file). */
const STARTS = new WeakMap<object, Map<string, { text: string; starts: number[] }>>();

function lineStarts(context: LintContext, file: string, text: string): number[] {
  let files = STARTS.get(context.loaded);
  if (!files) {
    files = new Map();
    STARTS.set(context.loaded, files);
  }
  const known = files.get(file);
  if (known && known.text === text) return known.starts;
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  files.set(file, { text, starts });
  return starts;
}

/** `lineRange` on the text of that line (without its line break), for readers that stream. */
export function rangeOnLine(lineText: string, line: number, needle: string | undefined, fromColumn = 0): Range {
  const found = needle ? lineText.indexOf(needle, fromColumn) : -1;
  if (found >= 0 && needle) return { start: { line: line - 1, column: found }, end: { line: line - 1, column: found + needle.length } };
  return { start: { line: line - 1, column: 0 }, end: { line: line - 1, column: Math.max(1, lineText.length) } };
}

function lineAt(text: string, index: number, starts: readonly number[]): string {
  const start = starts[index];
  if (start === undefined) return '';
  const end = text.indexOf('\n', start);
  const line = end === -1 ? text.slice(start) : text.slice(start, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** True when `file` was parsed into data (no syntax error, not empty, not an alias bomb). */
export function parsedCleanly(context: LintContext, file: string): boolean {
  const entry = context.loaded.yaml.get(file);
  return entry !== undefined && entry.parsed.value !== undefined && entry.parsed.value !== null && entry.parsed.diagnostics.length === 0;
}
