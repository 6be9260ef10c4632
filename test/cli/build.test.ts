import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured as run } from './run-captured';
import { reportHtml } from '../../src/node/report-html';
import { ReportRenderer } from '../../src/node/render-report';
import { checkTool } from '../../src/node/tool-check';

const REPO = path.join(__dirname, '..', '..');
const SAMPLES = path.join(REPO, 'samples');
const GOLDEN = path.join(REPO, 'test', 'report', 'golden');
const PAGES = path.join(REPO, '.test-output', 'pdf');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-build-cli-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

/** A private copy of a sample workspace, so builds and edits never touch the repository. */
function copySample(sample: string, name: string): string {
  const root = path.join(temporary, name);
  fs.cpSync(path.join(SAMPLES, sample), root, { recursive: true });
  return root;
}

/** Every file under a folder, relative, sorted. */
function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(folder, name)).isFile()).sort();
}

describe('skm build: Markdown', () => {
  it('a workspace builds every period: the Laporan SKM always, the LHTL where rtl.yaml exists; equal to the reviewed golden files', async () => {
    const root = copySample('biro-umum-kaltim', 'all');
    const result = await run(['build', '.'], root);
    expect(result.code).toBe(0);
    expect(listFiles(path.join(root, 'reports'))).toEqual([
      '2022/laporan-hasil-tindak-lanjut.md',
      '2022/laporan-skm.md',
      '2023-s1/laporan-hasil-tindak-lanjut.md',
      '2023-s1/laporan-skm.md',
    ]);
    expect(fs.readFileSync(path.join(root, 'reports/2023-s1/laporan-skm.md'), 'utf8')).toBe(
      fs.readFileSync(path.join(GOLDEN, 'biro-umum-kaltim/2023-s1-skm.md'), 'utf8'),
    );
    expect(fs.readFileSync(path.join(root, 'reports/2022/laporan-hasil-tindak-lanjut.md'), 'utf8')).toBe(
      fs.readFileSync(path.join(GOLDEN, 'biro-umum-kaltim/2022-lhtl.md'), 'utf8'),
    );
  });

  it('a period folder builds only that period; --report picks one report', async () => {
    const root = copySample('biro-umum-kaltim', 'one');
    const result = await run(['build', 'periods/2023-s1', '--report', 'skm'], root);
    expect(result.code).toBe(0);
    expect(listFiles(path.join(root, 'reports'))).toEqual(['2023-s1/laporan-skm.md']);
    const byId = await run(['build', '2022', '--report', 'lhtl'], root);
    expect(byId.code).toBe(0);
    expect(listFiles(path.join(root, 'reports'))).toEqual(['2022/laporan-hasil-tindak-lanjut.md', '2023-s1/laporan-skm.md']);
  });

  it('--out elsewhere keeps the evidence images reachable from the report', async () => {
    const root = copySample('setda-surakarta', 'out');
    const out = path.join(temporary, 'elsewhere', 'laporan');
    const result = await run(['build', 'periods/2023-tw4', '--report', 'lhtl', '--out', out], root);
    expect(result.code).toBe(0);
    const markdown = fs.readFileSync(path.join(out, 'laporan-hasil-tindak-lanjut.md'), 'utf8');
    const images = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(fs.existsSync(path.resolve(out, image))).toBe(true);
  });

  it('is deterministic: two builds give identical bytes; SOURCE_DATE_EPOCH alone adds a stamp', async () => {
    const root = copySample('biro-umum-kaltim', 'twice');
    const file = path.join(root, 'reports/2023-s1/laporan-skm.md');
    await run(['build', '.'], root);
    const first = fs.readFileSync(file);
    await run(['build', '.'], root);
    expect(fs.readFileSync(file).equals(first)).toBe(true);
    expect(first.toString('utf8')).not.toMatch(/20\d\d-\d\d-\d\dT/);
    await run(['build', '.'], root, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(fs.readFileSync(file, 'utf8')).toContain('2023-11-14T22:13:20');
    expect((await run(['build', '.'], root, { SOURCE_DATE_EPOCH: 'yesterday' })).code).toBe(2);
  });

  it('--check exits 0 when the committed Markdown is current, 1 listing the stale and missing ones, and writes nothing', async () => {
    const root = copySample('biro-umum-kaltim', 'check');
    expect((await run(['build', '.'], root)).code).toBe(0);
    const current = await run(['build', '.', '--check'], root);
    expect(current.code).toBe(0);
    const csv = path.join(root, 'periods/2023-s1/responses.csv');
    const lines = fs.readFileSync(csv, 'utf8').split('\n');
    // Lower the first respondent's U1 answer by one: the IKM changes, so the Laporan SKM is stale.
    lines[1] = (lines[1] ?? '').replace(/,(\d),(\d),(\d),(\d),(\d),(\d),(\d),(\d),(\d)/, (whole, first: string) =>
      whole.replace(`,${first},`, `,${first === '1' ? '2' : String(Number(first) - 1)},`),
    );
    fs.writeFileSync(csv, lines.join('\n'));
    fs.rmSync(path.join(root, 'reports/2022/laporan-skm.md'));
    const before = listFiles(path.join(root, 'reports'));
    const stale = await run(['build', '.', '--check'], root);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/reports\/2023-s1\/laporan-skm\.md/);
    expect(stale.stdout).toMatch(/reports\/2022\/laporan-skm\.md/);
    expect(stale.stdout).not.toMatch(/\S*reports\/2022\/laporan-hasil-tindak-lanjut\.md \(/);
    expect(listFiles(path.join(root, 'reports'))).toEqual(before);
    expect((await run(['build', '.'], root)).code).toBe(0);
    expect((await run(['build', '.', '--check'], root)).code).toBe(0);
  });

  it('prints the narrative diagnostics as path:line:col severity code message; an error stops the build unless --draft', async () => {
    const root = copySample('biro-umum-kaltim', 'diagnostics');
    const narrative = path.join(root, 'periods/2023-s1/narrative/kesimpulan.md');
    fs.appendFileSync(narrative, '- Nilai {{ tidak.ada }} dicatat.\n');
    const result = await run(['build', 'periods/2023-s1', '--report', 'skm'], root);
    expect(result.stderr).toMatch(/^periods\/2023-s1\/narrative\/kesimpulan\.md:5:\d+ error narrative\.unknown-variable /m);
    // An error: the gate writes nothing; --draft writes the report anyway.
    expect(result.code).toBe(1);
    expect(fs.existsSync(path.join(root, 'reports/2023-s1/laporan-skm.md'))).toBe(false);
    const draft = await run(['build', 'periods/2023-s1', '--report', 'skm', '--draft'], root);
    expect(draft.stderr).toMatch(/^periods\/2023-s1\/narrative\/kesimpulan\.md:5:\d+ error narrative\.unknown-variable /m);
    expect(fs.existsSync(path.join(root, 'reports/2023-s1/laporan-skm.md'))).toBe(true);
  });

  it('usage mistakes exit 2', async () => {
    const root = copySample('biro-umum-kaltim', 'usage');
    expect((await run(['build', '.', '--report', 'semua'], root)).code).toBe(2);
    expect((await run(['build', '.', '--check', '--pdf'], root)).code).toBe(2);
    expect((await run(['build', 'periods/2099'], root)).code).toBe(2);
  });
});

describe('skm build: missing tools', () => {
  it('a missing pandoc is named with its Debian package once; the Markdown is still written; nothing half-written', async () => {
    const root = copySample('biro-umum-kaltim', 'no-pandoc');
    const result = await run(['build', '.', '--html', '--pdf'], root, { SKM_PANDOC: '/nonexistent/pandoc' });
    expect(result.code).toBe(1);
    expect(result.stderr.match(/`pandoc`/g)).toHaveLength(1);
    expect(listFiles(path.join(root, 'reports'))).toEqual([
      '2022/laporan-hasil-tindak-lanjut.md',
      '2022/laporan-skm.md',
      '2023-s1/laporan-hasil-tindak-lanjut.md',
      '2023-s1/laporan-skm.md',
    ]);
  });

  it('a missing Chromium is named with its package; the HTML is still written', async () => {
    const root = copySample('biro-umum-kaltim', 'no-chromium');
    const result = await run(['build', 'periods/2022', '--report', 'lhtl', '--html', '--pdf'], root, {
      SKM_CHROMIUM: '/nonexistent/chromium',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.match(/`chromium`/g)).toHaveLength(1);
    expect(listFiles(path.join(root, 'reports'))).toEqual(['2022/laporan-hasil-tindak-lanjut.html', '2022/laporan-hasil-tindak-lanjut.md']);
  });
});

describe('skm build: a failing pandoc', () => {
  it("shows pandoc's exit, keeps the Markdown, writes no HTML and exits 1", async () => {
    const root = copySample('biro-umum-kaltim', 'bad-pandoc');
    const result = await run(['build', 'periods/2022', '--report', 'lhtl', '--html'], root, { SKM_PANDOC: '/bin/false' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pandoc.*exit 1/);
    expect(listFiles(path.join(root, 'reports'))).toEqual(['2022/laporan-hasil-tindak-lanjut.md']);
  });
});

describe('skm build: HTML and PDF (pandoc and Chromium)', () => {
  const root = copySample('biro-umum-kaltim', 'pdf');
  const folder = path.join(root, 'reports/2023-s1');

  it('HTML is self-contained, deterministic, with the charts as mermaid source and a local mermaid', async () => {
    expect((await run(['build', 'periods/2023-s1', '--report', 'skm', '--html'], root)).code).toBe(0);
    const first = fs.readFileSync(path.join(folder, 'laporan-skm.html'));
    expect((await run(['build', 'periods/2023-s1', '--report', 'skm', '--html'], root)).code).toBe(0);
    expect(fs.readFileSync(path.join(folder, 'laporan-skm.html')).equals(first)).toBe(true);
    const html = first.toString('utf8');
    expect(html).toMatch(/<pre class="mermaid">xychart-beta/);
    expect(html).not.toMatch(/<pre class="mermaid"><code>/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    expect(html).toContain('securityLevel":"strict"');
  });

  it('PDF: headings, IKM, tables and signature present; charts drawn, not left as source', async () => {
    const result = await run(['build', 'periods/2023-s1', '--report', 'skm', '--pdf'], root);
    expect(result.code).toBe(0);
    // Narrative warnings may appear; a tool or chart failure may not.
    expect(result.stderr).not.toMatch(/pandoc|Chromium|mermaid/);
    const pdf = path.join(folder, 'laporan-skm.pdf');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // The cover has no page number; the next page is "Halaman 2 dari N".
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(cover).toContain('SURVEI KEPUASAN MASYARAKAT');
    expect(cover).not.toContain('Halaman');
    const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(second).toMatch(/Halaman 2 dari \d+/);
    expect(second).toContain('BAB I PENDAHULUAN'); // no blank page after the cover
    for (const expected of ['BAB I', 'BAB V', '85,20', 'Ir. Hj. Lisa Hasliana, M.Si.', 'NIP. 19670719 199303 2 006'])
      expect(text).toContain(expected);
    expect(text).toMatch(/U3\s+85\s+281\s+3,306\s+0,3673/);
    expect(text).toMatch(/Laki-laki\s+61\s+71,76%/);
    expect(text).not.toContain('xychart-beta');
    expect(text).not.toContain('pie showData');
    // The rendered charts leave their labels in the PDF as text: the axis title and a pie legend.
    expect(text).toMatch(/NRR per unsur/);
    expect(text).toMatch(/Laki-laki \[61\]/);
    fs.rmSync(PAGES, { recursive: true, force: true });
    fs.mkdirSync(PAGES, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '12', pdf, path.join(PAGES, 'laporan-skm')]);
    expect(fs.readdirSync(PAGES).length).toBeGreaterThanOrEqual(8);
  });

  it('the charts are SVG in the page Chromium printed', async () => {
    const pandoc = checkTool('pandoc', process.env);
    const chromium = checkTool('chromium', process.env);
    if (!pandoc.ok || !chromium.ok) throw new Error('pandoc and chromium are required for this test');
    const renderer = new ReportRenderer({ pandocPath: pandoc.path, chromiumPath: chromium.path });
    try {
      const markdown = fs.readFileSync(path.join(folder, 'laporan-skm.md'), 'utf8');
      const html = await renderer.html(markdown, folder);
      const printed = await renderer.pdf(html);
      expect(printed.chartsError).toBeUndefined();
      expect(printed.blockedRequests).toEqual([]);
      expect(printed.svgCount).toBe(markdown.match(/^```mermaid$/gm)?.length);
      expect(printed.svgCount).toBeGreaterThanOrEqual(6);
    } finally {
      await renderer.close();
    }
  });
  it('a chart mermaid cannot draw is reported, not waited for; requests off the machine are blocked', async () => {
    const pandoc = checkTool('pandoc', process.env);
    const chromium = checkTool('chromium', process.env);
    if (!pandoc.ok || !chromium.ok) throw new Error('pandoc and chromium are required for this test');
    const renderer = new ReportRenderer({ pandocPath: pandoc.path, chromiumPath: chromium.path });
    try {
      const html = reportHtml(
        '<html><head></head><body><p>Laporan</p><img src="http://192.0.2.1/logo.png" alt="" /><pre class="mermaid">xychart-beta\n  bar [1, 2\n</pre></body></html>',
      );
      const printed = await renderer.pdf(html);
      expect(printed.chartsError).toEqual(expect.any(String));
      // The report's CSP (img-src data:) stops the image before it becomes a request.
      expect(printed.blockedRequests).toEqual([]);
      expect(printed.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Without that CSP the print page still aborts it, and counts a dialog a script opens.
      const bare = await renderer.pdf(
        '<html><head></head><body><img src="http://192.0.2.1/logo.png" alt="" /><script>alert(1); document.body.dataset.chartsDone = "1";</script></body></html>',
      );
      expect(bare.blockedRequests).toEqual(['http://192.0.2.1/logo.png']);
      expect(bare.dialogs).toBe(1);
    } finally {
      await renderer.close();
    }
  });
});
