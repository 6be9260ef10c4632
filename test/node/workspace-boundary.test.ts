/**
 * Point 3 of issue 11: the workspace is a boundary. Files the workspace names (narrative, evidence
 * photos, data files) that resolve outside its root after following symbolic links are never
 * read; each is an error located where it is named. Also the build bullets of the issue: a
 * relative `<img src=x>` and a `<meta http-equiv=refresh>` in narrative no longer break HTML/PDF.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured, type CapturedRun } from '../cli/run-captured';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { FsFiles } from '../../src/node/fs-files';

const BASE = path.join(__dirname, '..', 'fixtures', 'lint', '_base');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-boundary-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

const SECRET = 'RAHASIA-DI-LUAR-RUANG-KERJA';

/** The base workspace with its narrative and evidence photo as links to files outside it. */
function linkedWorkspace(name: string): string {
  const root = path.join(temporary, name);
  const outside = path.join(temporary, `${name}-luar`);
  fs.cpSync(BASE, root, { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'narasi.md'), `${SECRET}\n`);
  fs.writeFileSync(path.join(outside, 'foto.jpg'), SECRET);
  const period = path.join(root, 'periods', '2023-s1');
  fs.appendFileSync(path.join(period, 'period.yaml'), 'narrative:\n  analisis: narrative/analisis.md\n');
  fs.mkdirSync(path.join(period, 'narrative'));
  fs.symlinkSync(path.join(outside, 'narasi.md'), path.join(period, 'narrative', 'analisis.md'));
  fs.rmSync(path.join(period, 'evidence', 'foto.jpg'));
  fs.symlinkSync(path.join(outside, 'foto.jpg'), path.join(period, 'evidence', 'foto.jpg'));
  return root;
}

const run = (argv: string[], cwd: string): Promise<CapturedRun> => runCaptured(argv, cwd);

describe('the workspace is a boundary', () => {
  it('FsFiles does not read a file that links outside, and says so', () => {
    const root = linkedWorkspace('fs');
    const files = new FsFiles(root);
    expect(files.outside('periods/2023-s1/narrative/analisis.md')).toBe(true);
    expect(files.read('periods/2023-s1/narrative/analisis.md')).toBeUndefined();
    expect(files.outside('periods/2023-s1/period.yaml')).toBe(false);
    expect(files.outside('../fs-luar/narasi.md')).toBe(true);
    expect(files.read('../fs-luar/narasi.md')).toBeUndefined();
    expect(files.outside('tidak-ada.md')).toBe(false);
  });

  it('loading reports each link out where it is named and reads none of them', () => {
    const loaded = loadWorkspace(new FsFiles(linkedWorkspace('load')));
    const outside = loaded.diagnostics.filter((diagnostic) => diagnostic.code === 'workspace.outside-path');
    expect(outside.map((diagnostic) => [diagnostic.file, diagnostic.range.start.line, diagnostic.severity])).toEqual([
      ['periods/2023-s1/rtl.yaml', 14, 'error'],
      ['periods/2023-s1/period.yaml', 9, 'error'],
    ]);
    expect([...loaded.texts.values()].some((text) => text.includes(SECRET))).toBe(false);
    const period = loaded.workspace?.periods.find((candidate) => candidate.id === '2023-s1');
    expect(period?.rtl?.items[0]?.realisation?.evidence).toEqual([]);
    expect(period?.narrative['analisis']).toBeUndefined();
  });

  it('skm build stops at the boundary: located errors, exit 1, nothing from outside in the report', async () => {
    const root = linkedWorkspace('build');
    const result = await run(['build', '.', '--report', 'lhtl'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^periods\/2023-s1\/period\.yaml:10:\d+ error workspace\.outside-path /m);
    expect(result.stderr).toMatch(/^periods\/2023-s1\/rtl\.yaml:15:\d+ error workspace\.outside-path /m);
    // Errors: the build gate writes nothing; a draft is written without anything from outside.
    const report = path.join(root, 'reports', '2023-s1', 'laporan-hasil-tindak-lanjut.md');
    expect(fs.existsSync(report)).toBe(false);
    expect((await run(['build', '.', '--report', 'lhtl', '--draft'], root)).code).toBe(0);
    const markdown = fs.readFileSync(report, 'utf8');
    expect(markdown).not.toContain(SECRET);
    // The draft's annex names the refused file; the report never embeds it as an image.
    expect(markdown).not.toMatch(/!\[[^\]]*\]\([^)]*foto\.jpg\)/);
    expect(markdown.slice(0, markdown.indexOf('# Lampiran. Catatan Pemeriksaan'))).not.toContain('foto.jpg');
  });
});

describe('narrative that used to break the HTML and PDF build', () => {
  it('a relative <img src=x>, a missing image and a meta refresh: HTML and PDF are written', async () => {
    const root = path.join(temporary, 'img');
    fs.cpSync(BASE, root, { recursive: true });
    const period = path.join(root, 'periods', '2023-s1');
    fs.appendFileSync(path.join(period, 'period.yaml'), 'narrative:\n  analisis: analisis.md\n');
    fs.writeFileSync(
      path.join(period, 'analisis.md'),
      'Foto <img src=x> dan ![hilang](tidak-ada.png).\n\n<meta http-equiv="refresh" content="0;url=about:blank">\n',
    );
    const result = await run(['build', '.', '--report', 'skm', '--html', '--pdf'], root);
    const folder = path.join(root, 'reports', '2023-s1');
    const html = fs.readFileSync(path.join(folder, 'laporan-skm.html'), 'utf8');
    expect(/Foto &lt;img src=x&gt;\s+dan\s+hilang\./.test(html)).toBe(true);
    expect(/<meta http-equiv="refresh"/.test(html)).toBe(false);
    expect(fs.readFileSync(path.join(folder, 'laporan-skm.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The missing image is named; the raw HTML is a warning located in the narrative.
    expect(result.stderr).toMatch(/tidak-ada\.png/);
    expect(result.stderr).toMatch(/^periods\/2023-s1\/analisis\.md:1:6 warning narrative\.raw-html /m);
    expect(result.code).toBe(1);
  }, 120_000);
});
