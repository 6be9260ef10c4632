/**
 * The npm package as a user gets it: `npm pack` (its `prepack` builds the CLI) holds exactly the
 * CLI bundle, what it loads at run time, the schemas, README and LICENSE; installed from the
 * tarball into an empty folder, offline, `npx skm` lints, computes and builds a sample.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.join(__dirname, '..', '..');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-pack-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

/** The environment without `npm run`'s own npm_* settings, as in a user's shell. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function folderSize(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

const EXPECTED = [
  'LICENSE',
  'README.md',
  'bin/skm.js',
  'dist/cli.js',
  'dist/cli.js.cache',
  'dist/exceljs.js',
  'dist/mermaid/LICENSE',
  'dist/mermaid/mermaid.min.js',
  'package.json',
  'schemas/period.schema.json',
  'schemas/responses.schema.json',
  'schemas/rtl.schema.json',
  'schemas/summary.schema.json',
  'schemas/unit.schema.json',
  // The roll-up's queries, read at run time by `skm rollup` / `skm aggregate`.
  'sql/group-unsur.sql',
  'sql/raw-unit-unsur.sql',
  'sql/unit-pairs.sql',
  'sql/unit-period.sql',
  'sql/unit-unsur.sql',
];

describe('the npm package', () => {
  it('packs exactly the CLI, installs offline from the tarball, and lints, computes and builds a sample', () => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', temporary], REPO)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = path.join(temporary, packed[0]?.filename ?? '');
    expect(packed[0]?.files.map((file) => file.path).sort()).toEqual(EXPECTED);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['private']).toBeUndefined();
    // Only what the bundle does not contain is a dependency.
    expect(Object.keys(manifest['dependencies'] as object)).toEqual(['playwright-core']);

    // playwright-core comes from the local install as a tarball too, so nothing is downloaded.
    const playwright = npm(['pack', path.join(REPO, 'node_modules', 'playwright-core'), '--pack-destination', temporary], temporary).trim();
    const user = path.join(temporary, 'user');
    fs.mkdirSync(user);
    fs.writeFileSync(path.join(user, 'package.json'), '{"name":"user","version":"1.0.0","private":true}\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', tarball, path.join(temporary, playwright)], user);
    const installed = fs.readdirSync(path.join(user, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed.sort()).toEqual(['playwright-core', 'skm-as-code']);
    const size = folderSize(path.join(user, 'node_modules'));
    console.log(
      `installed size: ${(size / 1024 / 1024).toFixed(1)} MB (skm-as-code ${(folderSize(path.join(user, 'node_modules', 'skm-as-code')) / 1024 / 1024).toFixed(1)} MB; target ≤ 40 MB without Chromium)`,
    );
    expect(size).toBeLessThanOrEqual(40 * 1024 * 1024);

    fs.cpSync(path.join(REPO, 'samples', 'biro-umum-kaltim'), path.join(user, 'ws'), { recursive: true });
    const skm = (args: string[]): { status: number | null; stdout: string; stderr: string } =>
      spawnSync('npx', ['--offline', 'skm', ...args], { cwd: user, env, encoding: 'utf8' });
    const lint = skm(['lint', 'ws', '--format', 'json']);
    expect(lint.status).toBe(0);
    expect(Array.isArray(JSON.parse(lint.stdout))).toBe(true);
    const compute = skm(['compute', 'ws/periods/2023-s1', '--json']);
    expect(compute.status).toBe(0);
    expect((JSON.parse(compute.stdout) as { ikmConverted: number }).ikmConverted).toBeGreaterThan(25);
    const build = skm(['build', 'ws', '--out', 'out']);
    expect(build.status).toBe(0);
    for (const file of ['2022/laporan-skm.md', '2023-s1/laporan-skm.md', '2023-s1/laporan-hasil-tindak-lanjut.md'])
      expect(fs.statSync(path.join(user, 'out', file)).size).toBeGreaterThan(1000);
  });
});
