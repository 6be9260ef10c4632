/**
 * The review summary of a realistic pull request on a sample: three responses added, two RTL
 * items marked done (one with its strategy block removed), a due date moved, a narrative
 * paragraph edited. Every change must be visible, per period, in both languages and formats.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { WorkspaceDiff } from '../../src/core/diff/diff-workspaces';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim');
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: repo,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ani',
      GIT_AUTHOR_EMAIL: 'ani@example.id',
      GIT_COMMITTER_NAME: 'Ani',
      GIT_COMMITTER_EMAIL: 'ani@example.id',
      GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
      GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z',
    },
  });
}

function edit(file: string, from: string | RegExp, to: string): void {
  const absolute = path.join(repo, file);
  const text = fs.readFileSync(absolute, 'utf8');
  const next = text.replace(from, to);
  expect(next, file).not.toBe(text);
  fs.writeFileSync(absolute, next);
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: (text) => (err += text), cwd: repo, env, isTTY: false });
  return { code, out, err };
}

/** Builds the base branch `main` and the pull request's branch `pr`. */
export function realisticPullRequest(folder: string): void {
  repo = folder;
  fs.cpSync(SAMPLE, repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Laporan SKM Semester I 2023');
  git('checkout', '-q', '-b', 'pr');
  const csv = 'periods/2023-s1/responses.csv';
  fs.appendFileSync(
    path.join(repo, csv),
    [
      'r086,2023-05-02,08.00-12.00,rapat,P,35,S1,PNS,4,4,4,4,4,4,4,4,4,',
      'r087,2023-05-03,08.00-12.00,protokol,L,41,S1,PNS,3,3,2,3,3,3,3,2,3,',
      'r088,2023-05-04,12.00-16.00,rapat,P,29,D3,Swasta,4,3,3,3,4,4,3,3,4,Ruang tunggu perlu kipas',
      '',
    ].join('\n'),
  );
  const rtl = 'periods/2023-s1/rtl.yaml';
  edit(
    rtl,
    /(id: rtl-2023s1-01[\s\S]*?)realisation:\n {6}status: belum\n {4}strategy:\n(?: {6}.*\n){4}/,
    '$1realisation:\n      status: sudah\n      description: Kontak petugas dibagikan pada setiap registrasi.\n      dates: [2023-08-01]\n',
  );
  edit(rtl, /(id: rtl-2023s1-02[\s\S]*?)status: belum/, '$1status: sudah');
  edit(rtl, /(id: rtl-2023s1-03[\s\S]*?)target: TW III 2023/, '$1target: TW IV 2023');
  edit('periods/2023-s1/narrative/kesimpulan.md', 'perlu dijaga agar terus meningkat.', 'perlu ditingkatkan pada unsur terendah.');
  git('add', '-A');
  git('commit', '-q', '-m', 'Tambah 3 responden, realisasi RTL, target RTL-03 mundur');
}

beforeAll(() => realisticPullRequest(fs.mkdtempSync(path.join(os.tmpdir(), 'skm-review-'))));
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('skm diff: a review summary that hides nothing', () => {
  it('JSON: respondents by id, RTL one change per field, a removed block as one change, narrative hunks, findings of every severity', async () => {
    const result = await cli(['diff', 'main', 'pr', '--format', 'json']);
    const diff = JSON.parse(result.out) as WorkspaceDiff;
    const period = diff.periods.find((candidate) => candidate.periodId === '2023-s1');
    expect(period).toMatchObject({ status: 'changed', before: { respondents: 85 }, after: { respondents: 88 } });
    expect(period?.respondents).toEqual({ added: ['r086', 'r087', 'r088'], removed: [], changed: [] });
    expect(period?.narrative).toEqual([
      {
        file: 'periods/2023-s1/narrative/kesimpulan.md',
        status: 'changed',
        hunks: [{ before: [expect.stringContaining('perlu dijaga')], after: [expect.stringContaining('perlu ditingkatkan')] }],
      },
    ]);
    const changes = Object.fromEntries(diff.rtl.map((item) => [item.itemId, item.changes]));
    expect(changes['rtl-2023s1-01']).toEqual([
      { field: 'realisation.status', before: 'belum', after: 'sudah' },
      { field: 'realisation.description', before: '', after: 'Kontak petugas dibagikan pada setiap registrasi.' },
      { field: 'realisation.dates', before: '', after: '2023-08-01' },
      {
        field: 'strategy',
        before: 'Menjadwalkan pembagian kontak petugas pada setiap registrasi layanan · TW III 2023 · Bagian Tata Usaha · Staf Biro Umum',
        after: '',
        removedBlock: true,
      },
    ]);
    expect(changes['rtl-2023s1-02']).toEqual([{ field: 'realisation.status', before: 'belum', after: 'sudah' }]);
    expect(changes['rtl-2023s1-03']).toEqual([{ field: 'strategy.target', before: 'TW III 2023', after: 'TW IV 2023' }]);
    // Findings are compared in full, not only errors.
    const severities = new Set([...diff.lint.introduced, ...diff.lint.fixed].map((finding) => finding.severity));
    expect(severities.has('error')).toBe(false);
    expect(diff.lint.introduced.every((finding) => finding.periodId === null || finding.periodId === '2023-s1')).toBe(true);
    expect(result.code).toBe(0);
  });

  it('Markdown (Indonesian): counts first, one section per period, field labels, ids, a diff excerpt', async () => {
    const { out } = await cli(['diff', 'main', 'pr']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('## Ringkasan perubahan SKM — main → pr');
    expect(lines[2]).toMatch(/^\*\*Temuan lint baru: \d+ kesalahan, \d+ peringatan, \d+ info · teratasi: \d+\*\*$/);
    expect(out).toContain('### Semester I 2023 (2023-s1) — berubah');
    expect(out).toContain('**Responden: 3 ditambahkan, 0 dihapus, 0 diubah**');
    expect(out).toContain('- ditambahkan: r086, r087, r088');
    expect(out).toContain('| rtl-2023s1-02 | Status realisasi | belum | sudah |');
    expect(out).toContain('| rtl-2023s1-03 | Target strategi | TW III 2023 | TW IV 2023 |');
    expect(out.match(/\| rtl-2023s1-01 \| Strategi \(seluruh blok dihapus\) \|/g)).toHaveLength(1);
    expect(out).not.toMatch(/strategy\.(strategy|responsible|stakeholders)/);
    expect(out).toMatch(/```diff\n- .*perlu dijaga.*\n\+ .*perlu ditingkatkan.*\n```/);
  });

  it('English and plain text: the same content, one language', async () => {
    const markdown = await cli(['diff', 'main', 'pr'], { SKM_LANG: 'en' });
    expect(markdown.out).toContain('## SKM review summary — main → pr');
    expect(markdown.out).toContain('**Respondents: 3 added, 0 removed, 0 changed**');
    expect(markdown.out).toContain('| rtl-2023s1-02 | Realisation status | belum | sudah |');
    expect(markdown.out.match(/Responden\b|ditambahkan|Sebelum|Status realisasi|berubah/)?.[0]).toBeUndefined();
    const text = await cli(['diff', 'main', 'pr', '--format', 'text'], { SKM_LANG: 'en' });
    expect(text.out).not.toMatch(/\||\*\*|```/);
    expect(text.out).toMatch(/rtl-2023s1-03 +Strategy target +TW III 2023 +TW IV 2023/);
    expect(text.out).toMatch(/added: r086, r087, r088/);
  });
});

describe('skm history: every field named, the commit message once per commit', () => {
  it('Markdown, text and English', async () => {
    const { out, code } = await cli(['history', 'periods/2023-s1/rtl.yaml']);
    expect(code).toBe(0);
    const message = 'Tambah 3 responden, realisasi RTL, target RTL-03 mundur';
    expect(out.split(message)).toHaveLength(2);
    expect(out).toMatch(new RegExp(`### 2024-01-02 · Ani · [0-9a-f]{8} — ${message}`));
    // The first version lists each added item's fields by label, never bare values.
    expect(out).toContain('| rtl-2023s1-01 | Tahun | – | 2023 |');
    expect(out).toContain('| rtl-2023s1-01 | Triwulan | – | 3 |');
    expect(out).not.toMatch(/\| ditambahkan \|/);
    const english = await cli(['history', 'periods/2023-s1/rtl.yaml', '--format', 'text'], { SKM_LANG: 'en' });
    expect(english.out).toMatch(/^RTL change history — periods\/2023-s1\/rtl\.yaml\n/);
    expect(english.out).toMatch(/rtl-2023s1-03 +Strategy target +TW III 2023 +TW IV 2023/);
    expect(english.out).not.toMatch(/Riwayat|Sebelum|Tahun/);
  });
});
