import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/run-captured';

const BASE = path.join(__dirname, '..', 'fixtures', 'lint', '_base');
let repo: string;
let clock = 0;

function git(...args: string[]): string {
  clock++;
  const date = `2024-01-01T00:${String(clock).padStart(2, '0')}:00Z`;
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
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function commit(message: string): void {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

const rtlPath = (): string => path.join(repo, 'periods/2023-s1/rtl.yaml');
const edit = (file: string, from: string | RegExp, to: string): void => {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  fs.writeFileSync(file, next);
};

async function cli(args: string[], cwd = repo, language = 'id'): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCaptured(args, cwd, { SKM_LANG: language });
  return { code, out: stdout, err: stderr };
}

beforeEach(() => {
  clock = 0;
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-git-'));
  fs.cpSync(BASE, repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  commit('awal');
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('skm history', () => {
  it('follows every field change of every item, across a rename and past an invalid YAML', async () => {
    const original = fs.readFileSync(rtlPath(), 'utf8');
    expect(original).toMatch(/status: belum/);
    edit(rtlPath(), 'status: belum', 'status: sudah');
    commit('RTL 1 selesai');
    fs.writeFileSync(rtlPath(), `${fs.readFileSync(rtlPath(), 'utf8')}\n  - id: [rusak\n`);
    commit('salah ketik');
    fs.writeFileSync(rtlPath(), fs.readFileSync(rtlPath(), 'utf8').replace(/\n {2}- id: \[rusak\n$/, '\n'));
    commit('perbaiki ketikan');
    git('mv', 'periods/2023-s1/rtl.yaml', 'periods/2023-s1/rencana.yaml');
    commit('ganti nama berkas');
    const renamed = path.join(repo, 'periods/2023-s1/rencana.yaml');
    edit(renamed, /responsible: .*/, 'responsible: Bagian Umum');
    commit('ganti penanggung jawab');

    const result = await cli(['history', 'periods/2023-s1/rencana.yaml', '--format', 'json']);
    expect(result.code).toBe(1); // one version was skipped
    const history = JSON.parse(result.out) as {
      events: {
        itemId: string;
        kind: string;
        message: string;
        author: string;
        changes: { field: string; before: string; after: string }[];
      }[];
      skipped: { reason: string }[];
    };
    expect(history.skipped).toHaveLength(1);
    const changed = history.events.filter((event) => event.kind === 'changed');
    expect(changed).toMatchObject([
      { message: 'RTL 1 selesai', author: 'Ani', changes: [{ field: 'realisation.status', before: 'belum', after: 'sudah' }] },
      { message: 'ganti penanggung jawab', changes: [{ field: 'responsible', after: 'Bagian Umum' }] },
    ]);
    expect(history.events[0]).toMatchObject({ kind: 'added', message: 'awal', base: null });
    // Each change names the version it was compared with: the one before, under its name then.
    const first = history.events[0] as unknown as { commit: string };
    expect(changed[0]).toMatchObject({ base: { commit: first.commit, path: 'periods/2023-s1/rtl.yaml' } });
    expect(changed[1]).toMatchObject({ base: { path: 'periods/2023-s1/rencana.yaml' } });
    const markdown = await cli(['history', 'periods/2023-s1/rencana.yaml']);
    expect(markdown.out).toMatch(/\| rtl-0\d \| Status realisasi \| belum \| sudah \|/);
    expect(markdown.out).toMatch(/dilewati: .*\(baris \d+\)/);
    // The skipped version's reason speaks the interface language too, through the catalogue.
    const english = await cli(['history', 'periods/2023-s1/rencana.yaml'], repo, 'en');
    expect(english.out).toMatch(/skipped: .*\(line \d+\)/);
    expect(english.out).not.toMatch(/dilewati|\(baris/);
  });

  it('reads paths git would quote (a non-ASCII folder, a space) across a rename, and a tab in the message', async () => {
    const folder = path.join(repo, 'periods/2023-s1/rencana tindak é');
    fs.mkdirSync(folder);
    git('mv', 'periods/2023-s1/rtl.yaml', 'periods/2023-s1/rencana tindak é/rtl.yaml');
    commit('pindah\tberkas');
    edit(path.join(folder, 'rtl.yaml'), 'status: belum', 'status: sudah');
    commit('RTL 1 selesai');
    const result = await cli(['history', 'periods/2023-s1/rencana tindak é/rtl.yaml', '--format', 'json']);
    expect(result.code).toBe(0);
    const history = JSON.parse(result.out) as { events: { kind: string; path: string; message: string }[]; skipped: unknown[] };
    expect(history.skipped).toEqual([]);
    expect(history.events.filter((event) => event.kind === 'changed')).toMatchObject([
      { path: 'periods/2023-s1/rencana tindak é/rtl.yaml', message: 'RTL 1 selesai' },
    ]);
    expect(history.events[0]).toMatchObject({ kind: 'added', path: 'periods/2023-s1/rtl.yaml' });
  });

  it('reports a folder outside git and a file git never saw', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-nogit-'));
    fs.writeFileSync(path.join(outside, 'rtl.yaml'), 'items: []\n');
    const notRepo = await cli(['history', 'rtl.yaml'], outside);
    expect(notRepo.code).toBe(2);
    expect(notRepo.err).toMatch(/bukan repositori git/);
    fs.rmSync(outside, { recursive: true, force: true });
    fs.writeFileSync(path.join(repo, 'baru.yaml'), 'items: []\n');
    const unknown = await cli(['history', 'baru.yaml']);
    expect(unknown.code).toBe(2);
  });
});

describe('skm build --with-history', () => {
  it('attaches the RTL audit trail to the LHTL as a lampiran', async () => {
    edit(rtlPath(), 'status: belum', 'status: sudah');
    commit('RTL 1 selesai');
    const result = await cli(['build', 'periods/2023-s1', '--report', 'lhtl', '--with-history']);
    expect(result.code).toBe(0);
    const lhtl = fs.readFileSync(path.join(repo, 'reports/2023-s1/laporan-hasil-tindak-lanjut.md'), 'utf8');
    expect(lhtl).toContain('# Lampiran. Riwayat Perubahan RTL');
    expect(lhtl).toMatch(
      /### \d{4}-\d\d-\d\d · Ani · [0-9a-f]{8} — RTL 1 selesai\n\n[^#]*\| rtl-02 \| Status realisasi \| belum \| sudah \|/,
    );
  });
});

describe('skm diff', () => {
  it('summarises IKM, NRR, RTL and lint changes between two revisions and against the working tree', async () => {
    const csv = path.join(repo, 'periods/2023-s1/responses.csv');
    fs.appendFileSync(csv, 'r99,2023-02-01,08.00-12.00,rapat,L,30,S1,PNS,1,1,1,1,1,1,1,1,1,\n');
    edit(rtlPath(), 'status: belum', 'status: sudah');
    commit('tambah responden dan RTL');
    const result = await cli(['diff', 'HEAD~1', 'HEAD', '--format', 'json']);
    expect(result.err).toBe('');
    const diff = JSON.parse(result.out) as {
      periods: {
        periodId: string;
        status: string;
        reasons: unknown[];
        respondents: { added: string[] };
        before: { respondents: number };
        after: { respondents: number };
      }[];
      rtl: { itemId: string; changes: { field: string; before: string; after: string }[] }[];
    };
    expect(diff.periods.find((period) => period.periodId === '2023-s1')).toMatchObject({
      status: 'changed',
      reasons: [],
      respondents: { added: ['r99'], removed: [], changed: [] },
      before: { respondents: 10 },
      after: { respondents: 11 },
    });
    expect(diff.rtl[0]?.changes).toContainEqual({ field: 'realisation.status', before: 'belum', after: 'sudah' });

    fs.appendFileSync(csv, 'r100,2023-02-01,08.00-12.00,rapat,L,30,S1,PNS,9,1,1,1,1,1,1,1,1,\n');
    const working = await cli(['diff', 'HEAD']);
    expect(working.code).toBe(1);
    expect(working.out).toMatch(/Temuan lint baru: 1 kesalahan/);
    expect(working.out).toMatch(/responses\.score-invalid/);
  });

  it('reports a period that did not exist at the first revision as added', async () => {
    fs.mkdirSync(path.join(repo, 'periods/2024-s1'));
    fs.writeFileSync(path.join(repo, 'periods/2024-s1/period.yaml'), 'label: Semester I 2024\nstart: 2024-01-01\nend: 2024-06-30\n');
    fs.writeFileSync(path.join(repo, 'periods/2024-s1/summary.yaml'), 'respondents: 2\nunsur:\n  U1: { answered: 2, total: 7 }\n');
    commit('periode baru');
    const result = await cli(['diff', 'HEAD~1', 'HEAD', '--format', 'json']);
    const diff = JSON.parse(result.out) as { periods: { periodId: string; status: string; before: unknown }[] };
    expect(diff.periods.find((period) => period.periodId === '2024-s1')).toMatchObject({ status: 'added', before: null });
  });

  it('warns that a shallow clone may miss history and still prints what it has', async () => {
    edit(rtlPath(), 'status: belum', 'status: sudah');
    commit('RTL 1 selesai');
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], {
      env: { ...process.env, HOME: repo, GIT_CONFIG_NOSYSTEM: '1' },
    });
    const result = await cli(['history', 'periods/2023-s1/rtl.yaml', '--format', 'json'], shallow);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/shallow/);
    expect(JSON.parse(result.out)).toMatchObject({ shallow: true, versions: 1 });
    const diff = await cli(['diff', 'HEAD~1', 'HEAD'], shallow);
    expect(diff.code).toBe(2);
    expect(diff.err).toMatch(/revisi tidak dikenal/);
    fs.rmSync(shallow, { recursive: true, force: true });
  });

  it('rejects an unknown revision clearly, in the interface language', async () => {
    const result = await cli(['diff', 'tidak-ada', 'HEAD']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/revisi tidak dikenal: tidak-ada/);
    expect(result.err).not.toMatch(/unknown revision/);
    const english = await cli(['diff', 'tidak-ada', 'HEAD'], repo, 'en');
    expect(english.code).toBe(2);
    expect(english.err).toMatch(/unknown revision: tidak-ada/);
    expect(english.err).not.toMatch(/revisi tidak dikenal/);
  });
});
