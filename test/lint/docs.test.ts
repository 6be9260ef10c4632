import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CODES } from '../../src/core/lint/builtin-codes';
import { VALUE_RULES } from '../../src/core/lint/values/index';
import { RULES, allCodes } from '../../src/core/lint/rules/index';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'lint-rules.md'), 'utf8');

describe('docs/lint-rules.md', () => {
  it('has one section per code, anchored by the code, and no section for an unknown code', () => {
    const anchors = [...doc.matchAll(/<a id="([^"]+)"><\/a>\n\n### (\S+)\n/g)].map((match) => {
      expect(match[2]).toBe(match[1]);
      return match[1];
    });
    expect([...anchors].sort()).toEqual([...allCodes()].sort());
  });

  it('lists every code in the table with its default severity', () => {
    const table = new Map([...doc.matchAll(/^\| \[`([^`]+)`\]\(#\1\) \| (error|warning|info) \|$/gm)].map((match) => [match[1], match[2]]));
    const expected = new Map<string, string>([
      ...BUILTIN_CODES.map((entry) => [entry.code, entry.defaultSeverity] as const),
      ...RULES.map((rule) => [rule.code, rule.defaultSeverity] as const),
      ...VALUE_RULES.map((rule) => [rule.code, rule.defaultSeverity] as const),
    ]);
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(expected));
  });

  it('states each section default severity as the code does', () => {
    for (const code of allCodes()) {
      const section = doc.slice(doc.indexOf(`### ${code}\n`));
      const severity = /\*\*(error|warning|info)\*\*/.exec(section)?.[1];
      const expected =
        RULES.find((rule) => rule.code === code)?.defaultSeverity ??
        VALUE_RULES.find((rule) => rule.code === code)?.defaultSeverity ??
        BUILTIN_CODES.find((entry) => entry.code === code)?.defaultSeverity;
      expect(severity, code).toBe(expected);
    }
  });
});
