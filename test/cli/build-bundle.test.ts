import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.join(__dirname, '..', '..');
const BUNDLE = path.join(REPO, 'out', 'test-bundle', 'cli.js');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-build-bundle-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

describe('skm build from the bundled CLI, end to end', () => {
  it('writes the Markdown and an HTML that inlines the mermaid found from the bundle', async () => {
    // The same options as scripts/build.mjs, into a private file.
    await esbuild.build({
      entryPoints: [path.join(REPO, 'src/cli/bin.ts')],
      outfile: BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['playwright-core', 'exceljs', '@duckdb/node-api'],
      plugins: [(await import('../../scripts/scan-kernel.mjs')).scanKernelPlugin],
      logLevel: 'silent',
    });
    const root = path.join(temporary, 'ws');
    fs.cpSync(path.join(REPO, 'samples', 'biro-umum-kaltim'), root, { recursive: true });
    const result = spawnSync(process.execPath, [BUNDLE, 'build', 'periods/2022', '--report', 'lhtl', '--html'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const folder = path.join(root, 'reports', '2022');
    expect(fs.readdirSync(folder).sort()).toEqual(['laporan-hasil-tindak-lanjut.html', 'laporan-hasil-tindak-lanjut.md']);
    const html = fs.readFileSync(path.join(folder, 'laporan-hasil-tindak-lanjut.html'), 'utf8');
    const mermaidSize = fs.statSync(require.resolve('mermaid/dist/mermaid.min.js')).size;
    expect(html.length).toBeGreaterThan(mermaidSize);
    expect(html).toContain('<pre class="mermaid">pie');
    const check = spawnSync(process.execPath, [BUNDLE, 'build', '.', '--check'], { cwd: root, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(execFileSync(process.execPath, [BUNDLE, 'build', '--help'], { encoding: 'utf8' })).toContain('--check');
  });
});
