/**
 * The review summary of a realistic pull request on a sample: three responses added, two RTL
 * items marked done (one with its strategy block removed), a due date moved, a narrative
 * paragraph edited. Every change must be visible, per period, in both languages and formats.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { WorkspaceDiff } from '../../src/core/diff/diff-workspaces';
import { realisticPullRequest } from './pull-request';

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: (text) => (err += text), cwd: repo, env, isTTY: false });
  return { code, out, err };
}

let repo: string;
beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-review-'));
  realisticPullRequest(repo);
});
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
