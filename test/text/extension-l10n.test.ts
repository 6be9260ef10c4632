import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const json = (file: string): Record<string, unknown> => JSON.parse(read(file)) as Record<string, unknown>;

/** Every string literal passed to `vscode.l10n.t(...)` in the extension's sources. */
function runtimeStrings(): Set<string> {
  const found = new Set<string>();
  const folder = path.join(ROOT, 'extension', 'src');
  for (const name of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(folder, name), 'utf8');
    for (const match of source.matchAll(/\btr\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(match[1]!.replace(/\\(.)/g, '$1'));
  }
  return found;
}

describe('extension localisation', () => {
  it('every runtime string has an Indonesian translation, and the bundle has no stale entry', () => {
    const strings = runtimeStrings();
    const bundle = json('l10n/bundle.l10n.id.json');
    expect(strings.size).toBeGreaterThan(20);
    expect([...strings].filter((text) => typeof bundle[text] !== 'string').sort()).toEqual([]);
    expect(
      Object.keys(bundle)
        .filter((key) => !strings.has(key))
        .sort(),
    ).toEqual([]);
  });

  it('translations keep their placeholders', () => {
    const bundle = json('l10n/bundle.l10n.id.json');
    for (const [source, translation] of Object.entries(bundle)) {
      const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
      expect(placeholders(String(translation)), source).toEqual(placeholders(source));
    }
  });

  it('package.json names only keys that both package.nls files define, and the two define the same keys', () => {
    const english = json('package.nls.json');
    const indonesian = json('package.nls.id.json');
    expect(Object.keys(indonesian).sort()).toEqual(Object.keys(english).sort());
    const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => english[key] === undefined)).toEqual([]);
  });
});
