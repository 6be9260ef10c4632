// Runs the benchmarks in bench/: each `bench/<name>.bench.ts` is bundled with esbuild and run with
// node, printing its own figures. `npm run bench -- lint compute` runs only those whose name
// matches; arguments starting with `--` (e.g. `--5m`) are passed to every benchmark. The CLI is
// built first, since the benchmarks measure `bin/skm.js` in fresh processes.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { scanKernelPlugin } from './scan-kernel.mjs';

const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));
const flags = args.filter((arg) => arg.startsWith('--'));
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
let failed = false;
for (const name of files) {
  const outfile = `out/bench/${name.replace(/\.ts$/, '.js')}`;
  await esbuild.build({ entryPoints: [`bench/${name}`], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['@duckdb/node-api', 'yaml-language-server', 'playwright-core', 'exceljs'], plugins: [scanKernelPlugin], logLevel: 'warning' });
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...flags], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
