/**
 * Import speed and memory: generated Google Forms CSVs of 100,000 and 400,000 rows imported into
 * a period end to end (mapping, label → score, dates, fingerprints, streamed atomic write), each
 * in a fresh child process so its peak RSS is the import's alone. Bounded memory shows as a peak
 * that does not grow with the input. Target (issue 7): 100,000 rows ≤ 3 s with bounded memory.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace } from '../src/core/load/load-workspace';
import { PERMENPANRB_14_2017 } from '../src/core/model/rule-sets';
import { FsFiles } from '../src/node/fs-files';
import { importFile } from '../src/node/import-file';

/**
 * The children run with a 64 MB old-space heap: the import must fit in it whatever the input size
 * (only the set of row ids grows with the rows), so a pass is the bounded-memory check; peak RSS
 * adds V8's young generation, code and buffers.
 */
const HEAP = ['--max-old-space-size=64'];
const quote = (value: string): string => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A workspace with one period and a Forms export of `rows` rows; returns [root, input]. */
function prepare(rows: number): [string, string] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-import-bench-'));
  fs.writeFileSync(
    path.join(root, 'skm.yaml'),
    'unit:\n  name: Unit Bench\nservices:\n  - { code: rapat, label: Peminjaman ruang rapat }\n',
  );
  fs.mkdirSync(path.join(root, 'periods', 'p'), { recursive: true });
  fs.writeFileSync(path.join(root, 'periods', 'p', 'period.yaml'), 'label: Bench\nstart: 2024-01-01\nend: 2024-12-31\n');
  const unsur = PERMENPANRB_14_2017.unsur;
  const header = [
    'Timestamp',
    'Jenis Kelamin',
    'Pendidikan',
    'Pekerjaan',
    'Jenis layanan yang diterima',
    ...unsur.map((item) => item.question),
    'Saran dan masukan',
  ];
  const input = path.join(root, 'forms.csv');
  const handle = fs.openSync(input, 'w');
  let batch = [header.map(quote).join(',')];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let index = 0; index < rows; index++) {
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const stamp = `2024/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')} ${1 + Math.floor(random() * 11)}:${String(index % 60).padStart(2, '0')}:${String(index % 59).padStart(2, '0')} ${random() < 0.5 ? 'AM' : 'PM'} GMT+8`;
    const answers = unsur.map((item) => item.options[1 + Math.floor(random() * 3)] ?? '');
    batch.push(
      [
        stamp,
        random() < 0.6 ? 'Laki-laki' : 'Perempuan',
        'S1',
        'PNS',
        'Peminjaman ruang rapat',
        ...answers,
        index % 50 === 0 ? 'Ruang tunggu perlu air minum' : '',
      ]
        .map(quote)
        .join(','),
    );
    if (batch.length >= 10_000) {
      fs.writeSync(handle, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) fs.writeSync(handle, `${batch.join('\n')}\n`);
  fs.closeSync(handle);
  return [root, input];
}

/** Child: imports and prints {seconds, rssMb, read, imported, rejected}. */
async function child(root: string, input: string): Promise<void> {
  const workspace = loadWorkspace(new FsFiles(root)).workspace!;
  const period = workspace.periods[0]!;
  const started = performance.now();
  const summary = await importFile({ root, workspace, period, input });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    JSON.stringify({
      seconds,
      rssMb: process.resourceUsage().maxRSS / 1024,
      read: summary.read,
      imported: summary.imported,
      rejected: summary.rejected,
    }),
  );
}

function main(): void {
  for (const rows of [100_000, 400_000]) {
    const [root, input] = prepare(rows);
    const size = fs.statSync(input).size;
    const result = spawnSync(process.execPath, [...HEAP, __filename, '--child', root, input], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const figures = JSON.parse(result.stdout) as { seconds: number; rssMb: number; read: number; imported: number; rejected: number };
    const written = fs.statSync(path.join(root, 'periods/p/responses.csv')).size;
    console.log(
      `import of ${rows.toLocaleString('en')} Google Forms rows (${(size / 1e6).toFixed(1)} MB in, ${(written / 1e6).toFixed(1)} MB out): ${figures.seconds.toFixed(2)} s${rows === 100_000 ? ' (target ≤ 3 s)' : ''}, peak RSS ${figures.rssMb.toFixed(0)} MB (fresh process, old-space heap capped at 64 MB)`,
    );
    console.log(`  read ${figures.read} = imported ${figures.imported} + rejected ${figures.rejected}`);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const [mode, root, input] = process.argv.slice(2);
if (mode === '--child' && root && input) void child(root, input);
else main();
