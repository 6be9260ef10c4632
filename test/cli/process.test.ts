import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

const REPO = path.join(__dirname, '..', '..');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-process-'));
const BUNDLE = path.join(temporary, 'cli.js');
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

beforeAll(async () => {
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
  // A workspace whose lint prints far more than a pipe holds (64 KiB): 3,000 invalid scores.
  const root = path.join(temporary, 'ws');
  fs.cpSync(path.join(REPO, 'samples', 'biro-umum-kaltim'), root, { recursive: true });
  const csv = path.join(root, 'periods', '2023-s1', 'responses.csv');
  const [header, row] = fs.readFileSync(csv, 'utf8').split('\n');
  const bad = (row ?? '').replace(/,3,4,3,3,4,3,3,4,4,/, ',9,9,9,9,9,9,9,9,9,');
  fs.writeFileSync(csv, `${header}\n${Array.from({ length: 3000 }, (_, index) => bad.replace(/^r\d+/, `x${index}`)).join('\n')}\n`);
});

/** Runs the bundle in bash with its stdout into `head -c 16`; gives skm's own exit code and stderr. */
function intoHead(args: string): { status: number; stderr: string } {
  const script = `node ${BUNDLE} ${args} 2>${temporary}/stderr | head -c 16 >/dev/null; echo -n "\${PIPESTATUS[0]}"`;
  const result = spawnSync('bash', ['-c', script], { cwd: path.join(temporary, 'ws'), encoding: 'utf8' });
  return { status: Number(result.stdout), stderr: fs.readFileSync(path.join(temporary, 'stderr'), 'utf8') };
}

describe('the skm process', () => {
  it('ends quietly with its own exit code when the reader of its output goes away (EPIPE)', () => {
    expect(intoHead('lint .')).toEqual({ status: 1, stderr: '' });
  });

  it('reports an uncaught exception in one line naming the command and input, the stack only under SKM_DEBUG=1', () => {
    const preload = path.join(temporary, 'throw-later.js');
    fs.writeFileSync(preload, "setTimeout(() => { throw new TypeError('boom\\n    at secret (/x.js:1:1)'); }, 0);\n");
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--require', preload, BUNDLE, 'lint', 'periods/2022'], {
        cwd: path.join(temporary, 'ws'),
        encoding: 'utf8',
        env: { ...process.env, ...env, SKM_DEBUG: env['SKM_DEBUG'] ?? '' },
      });
    const plain = run({});
    expect(plain.status).toBe(2);
    const lines = plain.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^skm lint: .*periods\/2022.*TypeError: boom\\n {4}at secret.*SKM_DEBUG=1/);
    const debug = run({ SKM_DEBUG: '1' });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/\n {4}at /);
  });

  it('runCli turns a bug in a command into one line with a report hint and exit code 2', async () => {
    let stderr = '';
    const failing = {
      stdout: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      stderr: (text: string) => (stderr += text),
      cwd: path.join(temporary, 'ws'),
      env: {},
      isTTY: false,
    };
    expect(await runCli(['lint', '.'], failing)).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^skm lint: .* \.: RangeError: Maximum call stack size exceeded.*SKM_DEBUG=1/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
