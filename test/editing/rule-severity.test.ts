import { describe, expect, it } from 'vitest';
import { ruleSeverityEdit } from '../../src/core/editing/rule-severity';
import type { TextEdit } from '../../src/core/editing/rule-severity';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';

/** Applies a single-range edit to a text. */
function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number): number => lines.slice(0, line).reduce((sum, value) => sum + value.length + 1, 0) + column;
  return (
    text.slice(0, offset(edit.range.start.line, edit.range.start.column)) +
    edit.newText +
    text.slice(offset(edit.range.end.line, edit.range.end.column))
  );
}
const overrides = (text: string) => loadWorkspace(new MemoryFiles({ 'skm.yaml': text })).workspace?.unit.ruleOverrides;
const BASE = 'unit:\n  name: Unit Uji\nmode: exact\n';

describe('ruleSeverityEdit (quick fix "ubah tingkat aturan ini")', () => {
  it('adds a lint section when there is none', () => {
    const text = apply(BASE, ruleSeverityEdit(BASE, 'sample.method-mismatch', 'info'));
    expect(text).toBe(`${BASE}lint:\n  rules:\n    sample.method-mismatch: info\n`);
    expect(overrides(text)).toEqual({ 'sample.method-mismatch': 'info' });
    const noNewline = apply('unit:\n  name: X', ruleSeverityEdit('unit:\n  name: X', 'a.b', 'off'));
    expect(overrides(noNewline)).toEqual({ 'a.b': 'off' });
  });

  it('adds rules under an existing lint section, and a rule under existing rules', () => {
    const withLint = `lint:\n  # nothing yet\n${BASE}`;
    expect(overrides(apply(withLint, ruleSeverityEdit(withLint, 'a.b', 'warning')))).toEqual({ 'a.b': 'warning' });
    const withRules = `${BASE}lint:\n  rules:\n      x.y: off\n`;
    const added = apply(withRules, ruleSeverityEdit(withRules, 'a.b', 'error'));
    expect(added).toContain('      a.b: error\n      x.y: off');
    expect(overrides(added)).toEqual({ 'a.b': 'error', 'x.y': 'off' });
    const empty = `${BASE}lint:\n  rules: {}\n`;
    expect(overrides(apply(empty, ruleSeverityEdit(empty, 'a.b', 'info')))).toEqual({ 'a.b': 'info' });
  });

  it('replaces the level of a listed rule and keeps its comment', () => {
    const text = `${BASE}lint:\n  rules:\n    a.b: warning # reviewed\n    c.d: off\n`;
    const changed = apply(text, ruleSeverityEdit(text, 'a.b', 'off'));
    expect(changed).toContain('    a.b: off # reviewed\n    c.d: off');
    expect(overrides(changed)).toEqual({ 'a.b': 'off', 'c.d': 'off' });
  });
});
