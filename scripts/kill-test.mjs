#!/usr/bin/env node
/**
 * The SIGKILL test of atomic writes (issue 11, point 5), run by .ci/run after `npm test` and by
 * `npm run test:kill`. For each of build (md, html, pdf), import and export it kills the built
 * `skm` (its whole process group: pandoc and Chromium too) at seeded random moments of a run,
 * then checks that every output is either the old complete file or the new complete file —
 * never a partial one — and that the next run of the same command leaves no temporary file.
 *
 * Usage: node scripts/kill-test.mjs [--kills N] [--seed S]   (default 52 kills, seed 11)
 * Needs `npm run build` first (dist/cli.js); the pdf case needs pandoc and Chromium.
 * Prints one figure line per command and a total; exits 1 on any partial or leftover file.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO, 'bin', 'skm.js');
const argValue = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const TOTAL_KILLS = argValue('--kills', 52);
const SEED = argValue('--seed', 11);
const PERIOD = '2023-s1';

let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let value = state;
  value = Math.imul(value ^ (value >>> 15), value | 1);
  value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-kill-'));
const ws = path.join(root, 'ws');
fs.cpSync(path.join(REPO, 'samples', 'biro-umum-kaltim'), ws, { recursive: true });
const responses = path.join(ws, 'periods', PERIOD, 'responses.csv');

// An import input large enough that a kill lands inside the write: the sample's rows, repeated
// with fresh ids (60,000 rows).
const sampleResponses = fs.readFileSync(responses);
const [header, ...rows] = sampleResponses.toString('utf8').trimEnd().split('\n');
const importInput = path.join(root, 'masukan.csv');
{
  const out = [header];
  for (let copy = 0; out.length <= 60_000; copy++) for (const row of rows) out.push(row.replace(/^[^,]*/, `k${copy}-$&`));
  fs.writeFileSync(importInput, `${out.join('\n')}\n`);
}
/** Before each import the period has no responses.csv and no rejects file (the old state). */
function resetImport() {
  fs.rmSync(responses, { force: true });
  fs.rmSync(path.join(ws, 'periods', PERIOD, 'imports'), { recursive: true, force: true });
}
resetImport();

/** Two versions of the inputs, so an old and a new output differ: the unit's name. */
const unitFile = path.join(ws, 'skm.yaml');
const unitText = fs.readFileSync(unitFile, 'utf8');
const VARIANTS = [unitText, unitText.replace(/name: Biro Umum/, 'name: Biro Umum (revisi)')];
// With no responses the period still builds (from its other files) only if it has them: use 2022
// for build (summary.yaml) and 2023-s1 for import and export (responses).
const BUILD_PERIOD = '2022';

const COMMANDS = {
  'build md': {
    argv: ['build', `periods/${BUILD_PERIOD}`],
    outputs: ['laporan-skm.md', 'laporan-hasil-tindak-lanjut.md'],
    folder: 'reports/2022',
  },
  'build html': {
    argv: ['build', `periods/${BUILD_PERIOD}`, '--html'],
    outputs: ['laporan-skm.html', 'laporan-hasil-tindak-lanjut.html'],
    folder: 'reports/2022',
  },
  'build pdf': {
    argv: ['build', `periods/${BUILD_PERIOD}`, '--report', 'skm', '--pdf'],
    outputs: ['laporan-skm.pdf'],
    folder: 'reports/2022',
  },
  import: {
    argv: ['import', importInput, '--into', `periods/${PERIOD}`, '--from', 'csv'],
    outputs: ['responses.csv', 'imports/masukan.csv.rejects.csv'],
    folder: `periods/${PERIOD}`,
  },
  export: { argv: ['export', '--xlsx', `periods/${PERIOD}`, '--out', 'olah-data.xlsx'], outputs: ['olah-data.xlsx'], folder: '.' },
};

function run(argv) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: ws,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
  });
  return { status: result.status, stderr: result.stderr, milliseconds: Date.now() - started };
}

/** Starts the command in its own process group and SIGKILLs the whole group after `delay` ms. */
function runAndKill(argv, delay) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: ws,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    });
    let finished = false;
    const timer = setTimeout(() => {
      if (finished) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, delay);
    child.on('exit', (code, signal) => {
      finished = true;
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'completed');
    });
  });
}

const readOrNull = (file) => (fs.existsSync(file) ? fs.readFileSync(file) : null);

/** A PDF or xlsx is complete when its trailer is there and a reader accepts it. */
function complete(file, bytes) {
  if (file.endsWith('.pdf')) {
    const tail = bytes.subarray(Math.max(0, bytes.length - 64)).toString('latin1');
    return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && tail.includes('%%EOF') && spawnSync('pdfinfo', [file]).status === 0;
  }
  if (file.endsWith('.xlsx')) return spawnSync('unzip', ['-tqq', file]).status === 0;
  return true;
}

function temporaries() {
  const found = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.startsWith('.skm-tmp-') || /\.\d+\.\d+\.tmp$/.test(entry.name)) found.push(path.relative(ws, child));
    }
  };
  walk(ws);
  return found;
}

const hasPdfTools = spawnSync('pandoc', ['--version']).status === 0 && fs.existsSync(process.env.SKM_CHROMIUM ?? '/usr/bin/chromium');
const names = Object.keys(COMMANDS).filter((name) => name !== 'build pdf' || hasPdfTools);
const perCommand = Math.ceil(TOTAL_KILLS / names.length);
const figures = [];
let failures = 0;

for (const name of names) {
  const command = COMMANDS[name];
  // Export reads the sample's own responses, not the 60,000 imported rows.
  if (name === 'export') fs.writeFileSync(responses, sampleResponses);
  const folder = path.join(ws, command.folder);
  // The two complete versions of each output: variant 0 (old) and variant 1 (new).
  const expected = [];
  let duration = 0;
  for (const variant of [0, 1]) {
    fs.writeFileSync(unitFile, VARIANTS[variant]);
    if (name === 'import') resetImport();
    const result = run(command.argv);
    if (result.status !== 0 && result.status !== 1) {
      console.error(`${name}: a full run failed (${result.status}): ${result.stderr}`);
      process.exit(2);
    }
    duration = Math.max(duration, result.milliseconds);
    expected.push(Object.fromEntries(command.outputs.map((output) => [output, readOrNull(path.join(folder, output))])));
  }
  let killed = 0;
  let completed = 0;
  let partial = 0;
  let leftovers = 0;
  for (let attempt = 0; attempt < perCommand; attempt++) {
    // Old outputs in place (variant of the previous attempt), new inputs: the run replaces them.
    const variant = attempt % 2;
    fs.writeFileSync(unitFile, VARIANTS[variant]);
    if (name === 'import') resetImport();
    const delay = Math.floor(random() * duration * 1.1);
    const outcome = await runAndKill(command.argv, delay);
    if (outcome === 'killed') killed++;
    else completed++;
    for (const output of command.outputs) {
      const file = path.join(folder, output);
      const bytes = readOrNull(file);
      const allowed = expected.map((version) => version[output]);
      if (name === 'import') allowed.push(null); // the period had no import output before
      const matches =
        bytes === null
          ? allowed.includes(null)
          : output.endsWith('.pdf') || output.endsWith('.xlsx')
            ? complete(file, bytes)
            : allowed.some((version) => version !== null && version.equals(bytes));
      if (!matches) {
        partial++;
        console.error(`${name}: ${output} is neither the old nor the new complete file after a kill at ${delay} ms`);
      }
    }
    // The next run of the same command, to completion: it must leave no temporary file.
    const next = run(command.argv);
    if (next.status !== 0 && next.status !== 1) console.error(`${name}: the run after a kill failed: ${next.stderr}`);
    const left = temporaries();
    if (left.length > 0) {
      leftovers += left.length;
      console.error(`${name}: temporary files left after the next run: ${left.join(', ')}`);
    }
  }
  failures += partial + leftovers;
  figures.push({ name, attempts: perCommand, killed, completed, partial, leftovers, fullRunMs: duration });
  console.log(
    `${name.padEnd(10)} attempts ${perCommand}, killed ${killed}, completed before the kill ${completed}, partial files ${partial}, leftover temporary files ${leftovers} (full run ${duration} ms)`,
  );
}

const sum = (key) => figures.reduce((total, figure) => total + figure[key], 0);
console.log(
  `kill test: ${sum('attempts')} attempts, ${sum('killed')} killed mid-run, partial files ${sum('partial')}, leftover temporary files ${sum('leftovers')}${hasPdfTools ? '' : ' (pdf skipped: pandoc/Chromium missing)'}`,
);
fs.rmSync(root, { recursive: true, force: true });
process.exit(failures > 0 ? 1 : 0);
