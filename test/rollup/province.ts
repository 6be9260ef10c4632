import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Generates the synthetic province (samples/province/generate.mjs) into a fresh temporary folder. */
export function generateProvince(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  execFileSync(process.execPath, [path.join(__dirname, '../../samples/province/generate.mjs'), '--out', folder], { stdio: 'pipe' });
  return folder;
}

export { runCaptured as run } from '../cli/run-captured';
