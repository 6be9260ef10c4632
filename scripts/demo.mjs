// The README's main job: lint and compute every sample workspace with the built CLI.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const samples = readdirSync('samples', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'tools')
  .map((entry) => `samples/${entry.name}`);
let failed = false;
for (const sample of samples) {
  for (const args of [['lint', sample], ['compute', sample]]) {
    console.log(`\n$ skm ${args.join(' ')}`);
    const result = spawnSync(process.execPath, ['bin/skm.js', ...args], { stdio: 'inherit' });
    if (result.status === 2) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
