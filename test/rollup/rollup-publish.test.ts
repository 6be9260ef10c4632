import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RollupResult } from '../../src/core/rollup/result';
import { generateProvince, run } from './province';

const province = generateProvince('skm-rollup-publish-');
afterAll(() => fs.rmSync(province, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, encoding: 'utf8' });

describe('skm rollup: published reports and the PDF', () => {
  it('a committed, current Laporan SKM counts as published; an edit after it makes it stale', async () => {
    const repository = path.join(province, 'repo');
    for (const unit of ['dinas-pendidikan', 'dinas-kesehatan'])
      fs.cpSync(path.join(province, 'units', unit), path.join(repository, 'units', unit), { recursive: true });
    git(repository, 'init', '-q');
    const built = await run(['build', path.join(repository, 'units/dinas-pendidikan/periods/2025-s2'), '--report', 'skm'], repository);
    expect(built.code).toBe(0);
    git(repository, 'add', '-A');
    git(repository, 'commit', '-q', '-m', 'publish');
    const published = JSON.parse((await run(['rollup', path.join(repository, 'units'), '--json'], repository)).stdout) as RollupResult;
    const row = (result: RollupResult, unit: string) => result.compliance.find((candidate) => candidate.unit === unit)!;
    expect(row(published, 'dinas-pendidikan').checks.published).toBe(true);
    expect(row(published, 'dinas-kesehatan').checks.published).toBe(false);

    fs.appendFileSync(
      path.join(repository, 'units/dinas-pendidikan/periods/2025-s2/responses.csv'),
      'r9999,2025-07-01,08.00-12.00,informasi,L,S1,1,1,1,1,1,1,1,1,1\n',
    );
    const stale = JSON.parse((await run(['rollup', path.join(repository, 'units'), '--json'], repository)).stdout) as RollupResult;
    expect(row(stale, 'dinas-pendidikan').checks.published).toBe(false);
    expect(row(stale, 'dinas-pendidikan').reasons.join(' ')).toMatch(/usang/);
  }, 120_000);

  it('--format pdf writes the Laporan Rekapitulasi as PDF with the Markdown beside it', async () => {
    const out = path.join(province, 'rekap', 'rekapitulasi.pdf');
    const result = await run(
      ['rollup', path.join(province, 'units'), '--format', 'pdf', '--out', out, '--title', 'Pemerintah Provinsi Nusantara Timur'],
      province,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Laporan\s+Rekapitulasi\s+Survei\s+Kepuasan\s+Masyarakat/i);
    expect(text).toMatch(/Kepatuhan/);
    expect(fs.existsSync(out.replace(/\.pdf$/, '.md'))).toBe(true);
    expect((await run(['rollup', path.join(province, 'units'), '--format', 'pdf'], province)).code).toBe(2);
  }, 180_000);
});
