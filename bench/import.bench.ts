/**
 * Import speed and memory: generated Google Forms CSVs of 100,000 and 400,000 rows imported into
 * a fresh period end to end by `skm import` (mapping, label → score, dates, fingerprints, streamed
 * atomic write) in fresh processes, against DuckDB reading the same CSV and writing it out again.
 * Bounded memory shows as a peak that does not grow with the input. Target (issue 12): ≥ 30,000
 * rows per CPU second, ≤ 200 MB.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PERMENPANRB_14_2017 } from '../src/core/model/rule-sets';
import { duckdb } from './anchors';
import { measure, pair, report, SKM, summary } from './harness';

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

/** A fresh copy of the workspace (unit and period only) for one import run. */
function fresh(root: string, run: number): string {
  const copy = `${root}-run${run}`;
  fs.rmSync(copy, { recursive: true, force: true });
  fs.mkdirSync(path.join(copy, 'periods', 'p'), { recursive: true });
  fs.copyFileSync(path.join(root, 'skm.yaml'), path.join(copy, 'skm.yaml'));
  fs.copyFileSync(path.join(root, 'periods', 'p', 'period.yaml'), path.join(copy, 'periods', 'p', 'period.yaml'));
  return copy;
}

const DUCKDB_COPY = (output: string): string => `COPY (SELECT * FROM $SOURCE) TO '${output.replace(/'/g, "''")}' (HEADER)`;

function main(): void {
  for (const rows of [100_000, 400_000]) {
    const [root, input] = prepare(rows);
    const size = fs.statSync(input).size;
    let run = 0;
    let last = '';
    const { ours, anchor } = pair(
      3,
      () => {
        last = fresh(root, run++);
        return measure(process.execPath, [...HEAP, SKM, 'import', input, '--into', path.join(last, 'periods', 'p'), '--format', 'json']);
      },
      () => duckdb(input, 'utf-8', DUCKDB_COPY(path.join(root, 'duckdb-copy.csv'))),
    );
    const written = fs.statSync(path.join(last, 'periods/p/responses.csv')).size;
    report(
      `import of ${rows.toLocaleString('en')} Google Forms rows (${(size / 1e6).toFixed(1)} MB in, ${(written / 1e6).toFixed(1)} MB out; old-space heap capped at 64 MB)`,
      ours,
      'DuckDB',
      anchor,
      { seconds: rows / 30_000, rssMb: 200 },
    );
    console.log(
      `  ${Math.round(rows / ours.cpuMedian).toLocaleString('en')} rows per CPU second (target ≥ 30,000); DuckDB anchor: read_csv → COPY … TO csv`,
    );
    const summaryLine = JSON.parse(ours.last.stdout) as { read: number; imported: number; rejected: number };
    console.log(`  read ${summaryLine.read} = imported ${summaryLine.imported} + rejected ${summaryLine.rejected}`);
    for (let index = 0; index < run; index++) fs.rmSync(`${root}-run${index}`, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  }
  summary();
}

main();
