/**
 * The text edit that sets one rule's level in skm.yaml (`lint.rules.<code>: <level>`), for the
 * quick fix "ubah tingkat aturan ini". It keeps the rest of the file as written: it replaces the
 * level if the rule is listed, adds the rule under `rules:`, `rules:` under `lint:`, or a new
 * `lint:` section at the end.
 */
import type { Range } from '../model/diagnostic';
import type { RuleSeverityOverride } from '../model/types';

export interface TextEdit {
  range: Range;
  newText: string;
}

const point = (line: number, column: number): Range => ({ start: { line, column }, end: { line, column } });
const indentOf = (text: string): number => /^\s*/.exec(text)?.[0].length ?? 0;

/** The line of `key:` directly under the block starting at `from` (indent `parentIndent`), or -1. */
function childLine(lines: readonly string[], from: number, parentIndent: number, key: string): number {
  for (let line = from + 1; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (/^\s*(#|$)/.test(text)) continue;
    if (indentOf(text) <= parentIndent) return -1;
    if (new RegExp(`^\\s*${key.replace(/[.]/g, '\\.')}\\s*:`).test(text)) return line;
  }
  return -1;
}

export function ruleSeverityEdit(unitText: string, code: string, level: RuleSeverityOverride): TextEdit {
  const lines = unitText.split('\n');
  const lint = lines.findIndex((text) => /^lint\s*:\s*(#.*)?$/.test(text));
  if (lint < 0) {
    const last = lines.length - 1;
    const lead = unitText.length === 0 || unitText.endsWith('\n') ? '' : '\n';
    return { range: point(last, (lines[last] ?? '').length), newText: `${lead}lint:\n  rules:\n    ${code}: ${level}\n` };
  }
  const rules = childLine(lines, lint, 0, 'rules');
  if (rules < 0) return { range: point(lint + 1, 0), newText: `  rules:\n    ${code}: ${level}\n` };
  const rulesText = lines[rules] ?? '';
  const rulesIndent = indentOf(rulesText);
  if (/^\s*rules\s*:\s*\{\s*\}\s*$/.test(rulesText))
    return {
      range: { start: { line: rules, column: 0 }, end: { line: rules, column: rulesText.length } },
      newText: `${' '.repeat(rulesIndent)}rules:\n${' '.repeat(rulesIndent + 2)}${code}: ${level}`,
    };
  const existing = childLine(lines, rules, rulesIndent, code);
  if (existing >= 0) {
    const text = lines[existing] ?? '';
    const match = /^(\s*[^:]+:\s*)([^#\s]*)/.exec(text);
    const start = match?.[1]?.length ?? text.length;
    return {
      range: { start: { line: existing, column: start }, end: { line: existing, column: start + (match?.[2]?.length ?? 0) } },
      newText: level,
    };
  }
  const first = lines.slice(rules + 1).find((text) => !/^\s*(#|$)/.test(text));
  const indent = first && indentOf(first) > rulesIndent ? indentOf(first) : rulesIndent + 2;
  return { range: point(rules + 1, 0), newText: `${' '.repeat(indent)}${code}: ${level}\n` };
}
