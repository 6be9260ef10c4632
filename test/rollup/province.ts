import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';

/** Generates the synthetic province (samples/province/generate.mjs) into a fresh temporary folder. */
export function generateProvince(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  execFileSync(process.execPath, [path.join(__dirname, '../../samples/province/generate.mjs'), '--out', folder], { stdio: 'pipe' });
  return folder;
}

export async function run(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    isTTY: false,
  });
  return { code, stdout, stderr };
}
