/**
 * Language by choice: every catalogue key reads as one language in each locale, the preview speaks
 * the chosen language throughout, and reports stay Indonesian whatever the interface speaks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computePeriod, ruleSetOf } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { buildReport } from '../../src/core/report/build-report';
import { renderPreviewBody } from '../../src/core/report/preview-html';
import { getLocale, messageKeys, setLocale, t, withLocale } from '../../src/core/text/messages';
import { FsFiles } from '../../src/node/fs-files';

/** Function words that only one of the two languages uses (domain words like unsur, NRR stay). */
const INDONESIAN =
  /\b(yang|dan|tidak|untuk|dari|dengan|atau|pada|belum|sudah|ini|itu|berkas|baris|kolom|nilai|jawaban|periode|harus|sebagai|ada)\b/i;
const ENGLISH = /\b(the|and|of|is|not|with|from|for|file|row|column|value|should|must|cannot|has|have|period|answers?)\b/i;
/** Placeholders, quoted examples, code spans and file names are not prose. */
const prose = (text: string): string =>
  text
    .replace(/\{\w+\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\b[\w.-]+\.(ya?ml|csv|md|xlsx|json)\b/g, ' ')
    .replace(/\bskm [a-z]+\b/g, ' ')
    .replace(/\b[a-z]+: [a-z]+\b/g, ' ');

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim');

describe('language by choice', () => {
  afterEach(() => setLocale('id'));

  it('walks every catalogue key in both languages: no key mixes them', () => {
    const mixed: string[] = [];
    for (const key of messageKeys()) {
      const indonesian = prose(withLocale('id', () => t(key)));
      const english = prose(withLocale('en', () => t(key)));
      if (ENGLISH.test(indonesian)) mixed.push(`id ${key}: ${indonesian} (${ENGLISH.exec(indonesian)?.[0]})`);
      if (INDONESIAN.test(english)) mixed.push(`en ${key}: ${english} (${INDONESIAN.exec(english)?.[0]})`);
    }
    expect(messageKeys().length).toBeGreaterThan(100);
    expect(mixed).toEqual([]);
  });

  it('walks every extension string (l10n bundle) in both languages: no string mixes them', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'l10n', 'bundle.l10n.id.json'), 'utf8')) as Record<
      string,
      string
    >;
    const mixed: string[] = [];
    for (const [english, indonesian] of Object.entries(bundle)) {
      if (INDONESIAN.test(prose(english))) mixed.push(`en: ${english} (${INDONESIAN.exec(prose(english))?.[0]})`);
      if (ENGLISH.test(prose(indonesian))) mixed.push(`id: ${indonesian} (${ENGLISH.exec(prose(indonesian))?.[0]})`);
    }
    expect(Object.keys(bundle).length).toBeGreaterThan(40);
    expect(mixed).toEqual([]);
  });

  it('withLocale restores the previous language, even after a throw', () => {
    setLocale('en');
    expect(withLocale('id', () => getLocale())).toBe('id');
    expect(() =>
      withLocale('id', () => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(getLocale()).toBe('en');
  });

  for (const locale of ['id', 'en'] as const) {
    it(`the preview speaks ${locale} only`, () => {
      setLocale(locale);
      const loaded = loadWorkspace(new FsFiles(SAMPLE));
      const workspace = loaded.workspace!;
      const period = workspace.periods.find((candidate) => candidate.id === '2023-s1')!;
      const html = renderPreviewBody(workspace.unit, period, computePeriod(workspace, period.id), ruleSetOf(workspace));
      // The fixed text only: survey text (labels, saran, unit name) is the unit's own.
      const fixed = prose(
        html
          .replace(/<h1>.*?<\/h1>/s, ' ')
          .replace(/<ul id="saran">.*?<\/ul>/s, ' ')
          .replace(/<ol>.*?<\/ol>/s, ' ')
          .replace(/<tbody>.*?<\/tbody>/gs, ' ')
          .replace(/<p class="note">.*?<\/p>/s, ' ')
          .replace(/x-axis \[[^\]]*\]/g, ' ')
          .replace(/<[^>]+>/g, ' ')
          .replace(new RegExp(period.label, 'g'), ' '),
      );
      const other = locale === 'id' ? ENGLISH : INDONESIAN;
      expect(fixed, fixed).not.toMatch(other);
      expect(html).toContain(locale === 'id' ? 'Tiga unsur terendah' : 'Three lowest unsur');
      expect(html).toMatch(locale === 'id' ? /id="ikm-value">\d+,\d\d</ : /id="ikm-value">\d+\.\d\d</);
      expect(html).toContain(
        locale === 'id' ? 'eksak (bobot 1/9, tanpa pembulatan antara)' : 'exact (weight 1/9, no intermediate rounding)',
      );
    });
  }

  it('reports are Indonesian whatever the interface language; their diagnostics follow it', () => {
    const build = (locale: 'id' | 'en') => {
      setLocale(locale);
      const loaded = loadWorkspace(new FsFiles(SAMPLE));
      return buildReport({ workspace: loaded.workspace!, periodId: '2023-s1', kind: 'skm', texts: loaded.texts });
    };
    const indonesian = build('id');
    const english = build('en');
    expect(english.markdown).toBe(indonesian.markdown);
    expect(english.markdown).toContain('eksak (bobot 1/9');
    expect(english.markdown).not.toContain('exact (weight');
    expect(getLocale()).toBe('en');
    expect(english.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(indonesian.diagnostics.map((diagnostic) => diagnostic.code));
    expect(english.diagnostics.length).toBeGreaterThan(0);
    expect(english.diagnostics[0]?.message).not.toBe(indonesian.diagnostics[0]?.message);
  });
});
