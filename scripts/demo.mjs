// The README's main job: lint, compute and build the reports of every sample workspace with the
// built CLI. The reports go to out/reports/<sample>/<period>/ (git-ignored): Markdown always, and
// PDF when pandoc and Chromium (Debian packages `pandoc`, `chromium`) are installed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';

// A sample is a folder holding a unit (`skm.yaml`); `samples/ci/` (a workflow template) and
// `samples/tools/` (generators) are not workspaces.
const samples = readdirSync('samples', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`samples/${entry.name}/skm.yaml`))
  .map((entry) => entry.name)
  .sort();

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const pandoc = process.env.SKM_PANDOC || 'pandoc';
const hasPandoc = spawnSync(pandoc, ['--version'], { stdio: 'ignore' }).status === 0;
const hasChromium =
  executable(process.env.SKM_CHROMIUM || '/usr/bin/chromium') || spawnSync('chromium', ['--version'], { stdio: 'ignore' }).status === 0;
const pdf = hasPandoc && hasChromium;
if (!pdf) {
  const missing = [hasPandoc ? null : 'pandoc', hasChromium ? null : 'chromium'].filter(Boolean);
  console.log(
    `\nHanya Markdown / Markdown only: paket Debian ${missing.map((name) => `\`${name}\``).join(' dan ')} tidak terpasang / Debian package(s) ${missing.join(', ')} not installed.`,
  );
}

let failed = false;
for (const sample of samples) {
  const folder = `samples/${sample}`;
  const build = ['build', folder, '--out', `out/reports/${sample}`, ...(pdf ? ['--pdf'] : [])];
  for (const args of [['lint', folder], ['compute', folder], build]) {
    console.log(`\n$ skm ${args.join(' ')}`);
    const result = spawnSync(process.execPath, ['bin/skm.js', ...args], { stdio: 'inherit' });
    if (result.status !== 0) {
      // The samples lint clean of errors; any other exit (or a signal) means the main job broke.
      console.error(`skm ${args.join(' ')}: exit ${result.status ?? result.signal}`);
      failed = true;
    }
  }
}
process.exitCode = failed ? 1 : 0;
