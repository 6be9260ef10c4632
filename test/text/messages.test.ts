import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messageKeys, setLocale, t } from '../../src/core/text/messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogue', () => {
  afterEach(() => setLocale('id'));

  it('has Indonesian and English for every key, with the same placeholders', () => {
    expect(messageKeys().length).toBeGreaterThan(10);
    for (const key of messageKeys()) {
      setLocale('id');
      const indonesian = t(key);
      setLocale('en');
      const english = t(key);
      expect(indonesian.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(indonesian), key).toEqual(placeholders(english));
    }
  });

  it('user-facing text goes through the catalogue: no "Indonesian / English" literal in the code', () => {
    const source = path.join(__dirname, '..', '..', 'src');
    const files = (fs.readdirSync(source, { recursive: true }) as string[]).filter(
      (file) => file.endsWith('.ts') && !file.split(path.sep).includes('catalogue'),
    );
    // A string literal that says something in Indonesian, then " / " and the same in English.
    const bilingual =
      /(['`"])[^'`"\n]*\b(tidak|bukan|berkas|revisi|perlu|riwayat|gagal)\b[^'`"\n]* \/ [^'`"\n]*\b(not|cannot|unknown|missing|needs|unavailable|failed|install)\b[^'`"\n]*\1/;
    const found = files.flatMap((file) =>
      fs
        .readFileSync(path.join(source, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (bilingual.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${file}:${index + 1}`] : [])),
    );
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('git errors and skipped history versions have both languages', () => {
    for (const key of [
      'git.missing',
      'git.not-a-repository',
      'git.unknown-revision',
      'git.failed',
      'history.skip.missing',
      'history.skip.invalid',
      'history.skip.error',
    ])
      expect(messageKeys()).toContain(key);
    setLocale('en');
    expect(t('git.unknown-revision', { revision: 'v9' })).toBe('unknown revision: v9');
    setLocale('id');
    expect(t('git.unknown-revision', { revision: 'v9' })).toBe('revisi tidak dikenal: v9');
  });

  it('fills placeholders and switches language', () => {
    setLocale('id_ID.UTF-8');
    expect(t('yaml.duplicate-key', { key: 'unit' })).toBe('Kunci "unit" muncul dua kali.');
    setLocale('en-US');
    expect(t('yaml.duplicate-key', { key: 'unit' })).toBe('Key "unit" appears twice.');
  });
});
