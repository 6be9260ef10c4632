import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CODES } from '../../src/core/lint/builtin-codes';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { VALUE_RULES } from '../../src/core/lint/values/index';
import { RULES } from '../../src/core/lint/rules/index';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { FIXTURES, fixtureCodes, overlayFiles } from './fixtures';

interface Expected {
  file: string;
  range: { start: { line: number; column: number }; end?: { line: number; column: number } };
  data?: Record<string, unknown>;
}

function lint(overlay?: string): Diagnostic[] {
  return lintWorkspace(overlayFiles(overlay)).diagnostics;
}

/** Lints a fixture and checks the diagnostics of `code` against `expected` (none for a pass). */
function check(code: string, kind: 'fail' | 'pass'): void {
  const folder = path.join(FIXTURES, code, kind);
  const found = lint(folder).filter((diagnostic) => diagnostic.code === code);
  if (kind === 'pass') {
    expect(found).toEqual([]);
    return;
  }
  const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected[];
  expect(expected.length).toBeGreaterThan(0);
  const severity =
    RULES.find((rule) => rule.code === code)?.defaultSeverity ??
    VALUE_RULES.find((rule) => rule.code === code)?.defaultSeverity ??
    BUILTIN_CODES.find((entry) => entry.code === code)?.defaultSeverity;
  expect(found).toMatchObject(expected.map((entry) => ({ code, severity, ...entry })));
}

describe('lint rules (fixture pairs)', () => {
  it('the base workspace lints clean', () => {
    expect(lint()).toEqual([]);
  });

  it('every rule has a fixture pair, and every fixture names a known code', () => {
    const codes = fixtureCodes();
    for (const rule of [...RULES, ...VALUE_RULES]) expect(codes).toContain(rule.code);
    const known = [...RULES.map((rule) => rule.code), ...VALUE_RULES.map((rule) => rule.code), ...BUILTIN_CODES.map((entry) => entry.code)];
    for (const code of codes) {
      expect(known).toContain(code);
      expect(fs.existsSync(path.join(FIXTURES, code, 'fail', 'expected.json'))).toBe(true);
      expect(fs.existsSync(path.join(FIXTURES, code, 'pass'))).toBe(true);
    }
  });

  for (const code of fixtureCodes()) {
    it(`${code}: fail fixture reports it where expected`, () => check(code, 'fail'));
    it(`${code}: pass fixture is clean of it`, () => check(code, 'pass'));
  }
});
