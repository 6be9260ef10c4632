import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main';

// As if the optional dependency were not installed.
vi.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find module '@duckdb/node-api'");
});

describe('skm aggregate without @duckdb/node-api', () => {
  it('says which package is missing, exits 1 and writes nothing', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skm-no-duckdb-')), 'a.parquet');
    let stderr = '';
    const code = await runCli(['aggregate', path.join(__dirname, '../../samples/setda-surakarta'), '--out', out], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      cwd: process.cwd(),
      env: {},
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('@duckdb/node-api');
    expect(fs.existsSync(out)).toBe(false);
  });
});
