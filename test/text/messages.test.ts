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

  it('fills placeholders and switches language', () => {
    setLocale('id_ID.UTF-8');
    expect(t('yaml.duplicate-key', { key: 'unit' })).toBe('Kunci "unit" muncul dua kali.');
    setLocale('en-US');
    expect(t('yaml.duplicate-key', { key: 'unit' })).toBe('Key "unit" appears twice.');
  });
});
