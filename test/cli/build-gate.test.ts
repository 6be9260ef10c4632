import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured as run } from './run-captured';
import { MARKING_CODES } from '../../src/core/report/review';
import { RULES } from '../../src/core/lint/rules/index';
import { BUILTIN_CODES } from '../../src/core/lint/builtin-codes';

const REPO = path.join(__dirname, '..', '..');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-build-gate-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

function copy(source: string, name: string): string {
  const root = path.join(temporary, name);
  fs.cpSync(path.join(REPO, source), root, { recursive: true });
  return root;
}

/** biro-umum-kaltim with a score of 5 (row r002, U1) and a malformed NIP: two lint errors. */
function withErrors(name: string): string {
  const root = copy('samples/biro-umum-kaltim', name);
  const csv = path.join(root, 'periods/2023-s1/responses.csv');
  fs.writeFileSync(
    csv,
    fs
      .readFileSync(csv, 'utf8')
      .replace(
        'r002,2023-02-02,08.00-12.00,protokol,L,53,SLTA,Wirausaha,4,',
        'r002,2023-02-02,08.00-12.00,protokol,L,53,SLTA,Wirausaha,5,',
      ),
  );
  const unit = path.join(root, 'skm.yaml');
  fs.writeFileSync(unit, fs.readFileSync(unit, 'utf8').replace(/nip: "?(\d{18})"?/, 'nip: "1967071919930320"'));
  return root;
}

describe('skm build: the lint gate', () => {
  it('with lint errors writes nothing and exits 1, listing each error as path:line:col', async () => {
    const root = withErrors('gate');
    const result = await run(['build', '.'], root);
    expect(result.code).toBe(1);
    expect(fs.existsSync(path.join(root, 'reports'))).toBe(false);
    expect(result.stderr).toMatch(/^periods\/2023-s1\/responses\.csv:3:\d+ error responses\.score-invalid /m);
    expect(result.stderr).toMatch(/^skm\.yaml:\d+:\d+ error signatory\.nip-invalid /m);
    expect(result.stderr).toContain('--draft');
    expect(result.stdout).toBe('');
  });

  it('--draft builds anyway: watermark, the errors in the annex with file:line, exit 0', async () => {
    const root = withErrors('draft');
    const result = await run(['build', 'periods/2023-s1', '--report', 'skm', '--draft'], root);
    expect(result.code).toBe(0);
    const markdown = fs.readFileSync(path.join(root, 'reports/2023-s1/laporan-skm.md'), 'utf8');
    expect(markdown).toContain('<div class="skm-draf" aria-hidden="true">\n\n**DRAF**\n\n</div>');
    const annex = markdown.slice(markdown.indexOf('# Lampiran. Catatan Pemeriksaan'));
    expect(annex).toMatch(/\| periods\/2023-s1\/responses\.csv:3:\d+ \| kesalahan \| responses\.score-invalid \|/);
    expect(annex).toMatch(/\| skm\.yaml:\d+:\d+ \| kesalahan \| signatory\.nip-invalid \|/);
    expect(result.stderr).toMatch(/^ditandai DRAF: reports\/2023-s1\/laporan-skm\.md \(\d+ catatan pemeriksaan\)$/m);
  });

  it('an error in another period does not stop building this one', async () => {
    const root = withErrors('other-period');
    fs.writeFileSync(path.join(root, 'skm.yaml'), fs.readFileSync(path.join(REPO, 'samples/biro-umum-kaltim/skm.yaml')));
    const result = await run(['build', 'periods/2022'], root);
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(root, 'reports/2022/laporan-skm.md'))).toBe(true);
  });

  it('a clean period builds with no mark', async () => {
    const root = copy('test/fixtures/lint/_base', 'clean');
    const result = await run(['build', '.'], root);
    expect(result.code).toBe(0);
    for (const file of ['2022/laporan-skm.md', '2023-s1/laporan-skm.md', '2023-s1/laporan-hasil-tindak-lanjut.md']) {
      const markdown = fs.readFileSync(path.join(root, 'reports', file), 'utf8');
      expect(markdown).not.toMatch(/skm-draf|skm-cek|Catatan Pemeriksaan|DRAF/);
    }
    expect(result.stderr).not.toContain('DRAF');
  });

  it('warnings that do not touch printed figures leave the report unmarked (biro-umum 2022)', async () => {
    const root = copy('samples/biro-umum-kaltim', 'unmarked');
    const result = await run(['build', 'periods/2022'], root);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'reports/2022/laporan-hasil-tindak-lanjut.md'), 'utf8')).not.toContain('skm-draf');
  });

  it('a marking rule turned off in skm.yaml no longer marks the report', async () => {
    const root = copy('samples/biro-pbj-kaltim', 'override');
    fs.appendFileSync(path.join(root, 'skm.yaml'), 'lint:\n  rules:\n    unsur.label-mismatch: off\n    rtl.sudah-contradicted: info\n');
    const result = await run(['build', '.'], root);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'reports/2024-s2/laporan-hasil-tindak-lanjut.md'), 'utf8')).not.toContain('skm-draf');
  });

  it('the annex is Indonesian whatever the CLI language', async () => {
    const root = copy('samples/biro-pbj-kaltim', 'english');
    const result = await run(['build', '.'], root, { SKM_LANG: 'en' });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning unsur\.label-mismatch Unsur U4 is labelled/);
    const markdown = fs.readFileSync(path.join(root, 'reports/2024-s2/laporan-hasil-tindak-lanjut.md'), 'utf8');
    expect(markdown).toMatch(/\| unsur\.label-mismatch \| Unsur U4 berlabel /);
  });

  it('every marking code is a known code', () => {
    const known = new Set([...RULES.map((rule) => rule.code), ...BUILTIN_CODES.map((entry) => entry.code)]);
    for (const code of MARKING_CODES) expect(known.has(code), code).toBe(true);
  });
});

describe('the samples reproduce the seeds: their errors are marked where they stand', () => {
  const built = (sample: string, file: string): string => fs.readFileSync(path.join(temporary, sample, 'reports', file), 'utf8');
  const build = async (sample: string): Promise<void> => {
    const root = copy(`samples/${sample}`, sample);
    expect((await run(['build', '.'], root)).code).toBe(0);
  };

  it('seed 002 (biro-umum 2023-s1): each contradicted figure is highlighted with the derived value beside it', async () => {
    await build('biro-umum-kaltim');
    const markdown = built('biro-umum-kaltim', '2023-s1/laporan-skm.md');
    // The typed text struck through, then the note in bold (pandoc syntax; HTML makes it a highlight).
    const mark = (typed: string, derived: string): RegExp => new RegExp(`~~${typed}~~ \\*\\*⚠ \\d+: ${derived}\\*\\*`);
    expect(markdown).toMatch(mark('84,37', 'data: 85,20'));
    expect(markdown).toMatch(mark('39%', 'data: 71,76%'));
    expect(markdown).toMatch(mark('61%', 'data: 28,24%'));
    expect(markdown).toMatch(mark('3,41', 'data: 3,42'));
    expect(markdown).toMatch(mark('85', 'Krejcie & Morgan: 226'));
    expect(markdown).toMatch(mark('Produk', 'tertinggi menurut data: Sarana dan Prasarana, [^*]+'));
    const annex = markdown.slice(markdown.indexOf('# Lampiran. Catatan Pemeriksaan'));
    for (const code of [
      'narrative.claim-ikm',
      'narrative.claim-percent',
      'narrative.claim-nrr',
      'narrative.claim-sample',
      'narrative.claim-rank',
      'sample.below-minimum',
    ])
      expect(annex).toContain(`| ${code} |`);
    expect(annex).toMatch(/\| periods\/2023-s1\/narrative\/kesimpulan\.md:1:79 \|/);
  });

  it('seed 000 (biro-pbj): U4 label/scale and the "sudah" item that says nothing changed', async () => {
    await build('biro-pbj-kaltim');
    const markdown = built('biro-pbj-kaltim', '2024-s2/laporan-hasil-tindak-lanjut.md');
    expect(markdown).toMatch(/Status: \*\*Sudah\*\* ditindaklanjuti \*\*⚠ \d+: uraian menyatakan belum dilaksanakan\*\*/);
    expect(markdown).toMatch(/\| skm\.yaml:\d+:\d+ \| peringatan \| unsur\.label-mismatch \|/);
    // The U4 label is marked where the tables print it, with the annex's number; no other unsur is.
    const number = /\| (\d+) \| skm\.yaml:\d+:\d+ \| peringatan \| unsur\.label-mismatch \|/.exec(markdown)?.[1];
    const labelMark = `⚠ ${number}: label tidak sesuai dengan pertanyaan dan skala jawabannya`;
    expect(markdown).toContain(`| Kemudahan dalam Penggunaan Aplikasi (U4) ${labelMark} |`);
    expect(markdown.split(labelMark).length - 1).toBe(1);
    const report = built('biro-pbj-kaltim', '2024-s2/laporan-skm.md');
    const reportNumber = /\| (\d+) \| skm\.yaml:\d+:\d+ \| peringatan \| unsur\.label-mismatch \|/.exec(report)?.[1];
    const reportMark = `⚠ ${reportNumber}: label tidak sesuai dengan pertanyaan dan skala jawabannya`;
    expect(report).toContain(`| Kemudahan dalam Penggunaan Aplikasi (U4) ${reportMark} |`);
    expect(report).toMatch(new RegExp(`\\| U4 \\| Kemudahan dalam Penggunaan Aplikasi ${reportMark} \\|`));
    expect(markdown).toMatch(/\| periods\/2024-s2\/rtl\.yaml:13:\d+ \| peringatan \| rtl\.sudah-contradicted \|/);
  });

  it('seed 001 (setda): the unfilled template text in the conclusion is marked in place', async () => {
    await build('setda-surakarta');
    const markdown = built('setda-surakarta', '2023-tw4/laporan-hasil-tindak-lanjut.md');
    expect(markdown).toMatch(/pada ~~unsur~~ \*\*⚠ 1: teks templat belum diisi\*\* karena/);
    expect(markdown).toMatch(/^- ~~\.~~ \*\*⚠ 2: teks templat belum diisi\*\* nihil$/m);
  });
});

describe('marked HTML and PDF (pandoc and Chromium)', () => {
  it('the DRAF watermark is on every PDF page and the marks print; a clean report has neither', async () => {
    const root = copy('samples/biro-pbj-kaltim', 'pdf');
    const result = await run(['build', '.', '--html', '--pdf'], root);
    expect(result.code).toBe(0);
    const folder = path.join(root, 'reports/2024-s2');
    const html = fs.readFileSync(path.join(folder, 'laporan-hasil-tindak-lanjut.html'), 'utf8');
    expect(/<div class="skm-draf" aria-hidden="true">\s*<p><strong>DRAF<\/strong><\/p>\s*<\/div>/.test(html)).toBe(true);
    expect(/\.skm-draf \{ position: fixed;/.test(html)).toBe(true);
    expect(/<span class="skm-cek-catatan">⚠ \d+: uraian\s+menyatakan\s+belum\s+dilaksanakan<\/span>/.test(html)).toBe(true);
    expect(/&lt;(div|mark|span)/.test(html)).toBe(false);
    const pdf = path.join(folder, 'laporan-hasil-tindak-lanjut.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(3);
    for (let page = 1; page <= pages; page++) {
      // In content-stream order the rotated, letter-spaced watermark comes out one letter a line.
      const text = execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      expect(/^D\s*R\s*A\s*F$/m.test(text), `page ${page} carries the watermark`).toBe(true);
    }
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/uraian\s+menyatakan\s+belum\s+dilaksanakan/);
    expect(text).toMatch(/LAMPIRAN\. CATATAN PEMERIKSAAN/);
    expect(text).toMatch(/skm\.yaml:31:12/);

    const clean = copy('test/fixtures/lint/_base', 'pdf-clean');
    expect((await run(['build', 'periods/2023-s1', '--report', 'lhtl', '--pdf'], clean)).code).toBe(0);
    const cleanText = execFileSync('pdftotext', [path.join(clean, 'reports/2023-s1/laporan-hasil-tindak-lanjut.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(cleanText).not.toContain('DRAF');
    expect(cleanText).not.toContain('CATATAN PEMERIKSAAN');
  });
});
