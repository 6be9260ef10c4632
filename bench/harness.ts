/**
 * The shared benchmark harness: realistic generated workspaces, whole-process measurements of
 * wall time, CPU seconds (user + system) and peak RSS through GNU time, repeats with min/median,
 * and one printed line per figure with its anchor from the same run, the ratio and the target
 * ("OVER TARGET" when it misses). Imported by the `*.bench.ts` files; not a benchmark itself.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const DATA = path.resolve('.bench-data');
export const SKM = path.resolve('bin/skm.js');
const TIME = '/usr/bin/time';

export interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
  stdout: string;
}

export interface Stats {
  min: number;
  median: number;
  cpuMin: number;
  cpuMedian: number;
  rssMax: number;
  last: Sample;
}

/** Runs one fresh process under GNU time; throws on a non-zero exit unless `okCodes` allows it. */
export function measure(command: string, args: string[], options: { cwd?: string; okCodes?: number[] } = {}): Sample {
  if (!fs.existsSync(TIME)) throw new Error('GNU time (/usr/bin/time) is missing: apt-get install time');
  const report = path.join(os.tmpdir(), `skm-bench-time-${process.pid}.txt`);
  const result = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SKM_LANG: 'en' },
  });
  const ok = options.okCodes ?? [0];
  if (!ok.includes(result.status ?? -1))
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  const [wall, user, system, rssKb] = fs.readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  fs.rmSync(report, { force: true });
  return { wall: wall!, cpu: user! + system!, rssMb: rssKb! / 1024, stdout: result.stdout };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Repeats a measurement `repeats` times (≥ 3); min and median of the wall time. */
export function repeat(repeats: number, run: () => Sample): Stats {
  const samples: Sample[] = [];
  for (let index = 0; index < Math.max(3, repeats); index++) samples.push(run());
  const walls = samples.map((sample) => sample.wall);
  return {
    min: Math.min(...walls),
    median: median(walls),
    cpuMin: Math.min(...samples.map((sample) => sample.cpu)),
    cpuMedian: median(samples.map((sample) => sample.cpu)),
    rssMax: Math.max(...samples.map((sample) => sample.rssMb)),
    last: samples.at(-1)!,
  };
}

/** Runs ours and the anchor alternately, so both see the same machine load. */
export function pair(repeats: number, ours: () => Sample, anchor: () => Sample): { ours: Stats; anchor: Stats } {
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let index = 0; index < Math.max(3, repeats); index++) {
    a.push(ours());
    b.push(anchor());
  }
  let i = 0;
  let j = 0;
  return { ours: repeat(a.length, () => a[i++]!), anchor: repeat(b.length, () => b[j++]!) };
}

const s = (seconds: number): string => `${seconds.toFixed(3)} s`;

export interface Target {
  /** Ratio ours/anchor of the median CPU seconds at most this. */
  ratio?: number;
  /** Median CPU seconds at most this. */
  seconds?: number;
  /** Peak RSS at most this many MB. */
  rssMb?: number;
}

const misses: string[] = [];

/**
 * Prints one figure: ours and the anchor (wall and CPU seconds, min/median, peak RSS), the ratio
 * and the verdict against the target. The machine is shared, so the figure of merit is CPU
 * seconds (user + system, all threads — DuckDB's worker threads included), which load does not
 * inflate the way it inflates wall time; the wall ratio is printed beside it.
 */
export function report(figure: string, ours: Stats, anchorName: string, anchor: Stats | undefined, target: Target): void {
  // GNU time counts CPU in 10 ms steps: an anchor below that counts as 10 ms.
  const ratio = anchor ? ours.cpuMedian / Math.max(0.01, anchor.cpuMedian) : Number.NaN;
  const failed: string[] = [];
  if (target.ratio !== undefined && !(ratio <= target.ratio)) failed.push(`ratio > ${target.ratio}×`);
  if (target.seconds !== undefined && !(ours.cpuMedian <= target.seconds)) failed.push(`> ${target.seconds.toFixed(3)} s`);
  if (target.rssMb !== undefined && !(ours.rssMax <= target.rssMb)) failed.push(`RSS > ${target.rssMb} MB`);
  const wanted = [
    target.ratio === undefined ? '' : `≤ ${target.ratio}× ${anchorName}`,
    target.seconds === undefined ? '' : `≤ ${target.seconds.toFixed(3)} s`,
    target.rssMb === undefined ? '' : `≤ ${target.rssMb} MB`,
  ]
    .filter(Boolean)
    .join(', ');
  const line = (name: string, stats: Stats): string =>
    `  ${name.padEnd(9)} cpu min ${s(stats.cpuMin)} median ${s(stats.cpuMedian)} | wall min ${s(stats.min)} median ${s(stats.median)} | peak RSS ${stats.rssMax.toFixed(0)} MB`;
  console.log(figure);
  console.log(line('ours', ours));
  if (anchor) {
    console.log(line(anchorName, anchor));
    console.log(`  ratio ours/${anchorName}: cpu ${ratio.toFixed(2)}×, wall ${(ours.median / anchor.median).toFixed(2)}×`);
  }
  const verdict = failed.length === 0 ? 'ok' : `OVER TARGET (${failed.join(', ')})`;
  console.log(`  target ${wanted || '—'} (cpu): ${verdict}`);
  if (failed.length > 0) misses.push(figure);
}

/** Prints the list of figures over target (call at the end of a bench file). */
export function summary(): void {
  console.log(misses.length === 0 ? '\nall figures at or under target' : `\nOVER TARGET: ${misses.length} figure(s): ${misses.join('; ')}`);
}

// ---------------------------------------------------------------------------------------------
// Realistic data

export const UNSUR = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const SERVICES = ['rapat', 'surat', 'arsip', 'protokol', 'kendaraan'];
const EDUCATION = ['SD', 'SMP', 'SMA', 'D1-D4', 'S1', 'S2', 'S3'];
const OCCUPATION = ['PNS', 'TNI', 'Polri', 'Swasta', 'Wirausaha', 'Lainnya'];
const SARAN = [
  'Pelayanan sudah baik, pertahankan',
  'Ruang tunggu panas, mohon ditambah AC',
  'Petugas ramah; antrian "cukup" cepat',
  'Mohon jam layanan diperpanjang,\nterutama hari Jumat',
  'Café di lobi bagus, tapi mahal (Rp 25.000)',
  'Informasi persyaratan kurang jelas',
];

export const HEADER = `id,date,time,service,gender,age,education,occupation,${UNSUR.join(',')},saran`;

export const SKM_YAML = [
  'unit:',
  '  name: Unit Bench',
  '  city: Samarinda',
  'signatory:',
  '  name: Dr. Uji Coba, M.Si.',
  '  nip: "196707191993032006"',
  '  position: Kepala Unit',
  'services:',
  ...SERVICES.map((code) => `  - { code: ${code}, label: Layanan ${code} }`),
  '',
].join('\n');

export const periodYaml = (population: number): string =>
  [
    'label: Tahun 2024',
    'start: 2024-01-01',
    'end: 2024-12-31',
    'reportDate: 2025-01-15',
    `population: { size: ${population} }`,
    'sampling:',
    '  method: krejcie-morgan',
    '  stated: 384',
    '',
  ].join('\n');

const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Deterministic rows (xorshift): about 10 % carry a free-text `saran` (quoted when it holds a
 * comma, a quote or a newline), 0,05 % of scores are blank, five services, four profile columns.
 */
export function rowGenerator(seed = 0x5eed1234): (index: number) => string {
  let state = seed;
  const next = (limit: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % limit;
  };
  return (index) => {
    const month = String(1 + next(12)).padStart(2, '0');
    const day = String(1 + next(28)).padStart(2, '0');
    const level = 2 + next(2);
    const scores = UNSUR.map(() => (next(2000) === 0 ? '' : String(Math.min(4, level + next(2))))).join(',');
    const saran = next(10) === 0 ? quote(SARAN[next(SARAN.length)]!) : '';
    return `r${index},2024-${month}-${day},${next(2) ? '08.00-12.00' : '13.00-17.00'},${SERVICES[next(SERVICES.length)]},${next(2) ? 'L' : 'P'},${18 + next(50)},${EDUCATION[next(7)]},${OCCUPATION[next(6)]},${scores},${saran}`;
  };
}

export type Encoding = 'utf-8' | 'windows-1252';

/** Windows-1252 bytes of text whose characters are all in Latin-1 (true of the generated data). */
function encode(text: string, encoding: Encoding): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1');
}

/** A workspace (unit, one period, responses.csv of `rows` rows); generated once, then reused. */
export function workspace(rows: number, encoding: Encoding = 'utf-8'): { root: string; csv: string; bytes: number } {
  const root = path.join(DATA, `ws-${rows}-${encoding}`);
  const csv = path.join(root, 'periods/2024/responses.csv');
  if (!fs.existsSync(path.join(root, '.complete'))) {
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(csv), { recursive: true });
    fs.writeFileSync(path.join(root, 'skm.yaml'), SKM_YAML);
    fs.writeFileSync(path.join(root, 'periods/2024/period.yaml'), periodYaml(Math.max(rows * 2, 1000)));
    const row = rowGenerator();
    const handle = fs.openSync(csv, 'w');
    let batch: string[] = [HEADER];
    for (let index = 1; index <= rows; index++) {
      batch.push(row(index));
      if (batch.length === 20_000) {
        fs.writeSync(handle, encode(`${batch.join('\n')}\n`, encoding));
        batch = [];
      }
    }
    if (batch.length > 0) fs.writeSync(handle, encode(`${batch.join('\n')}\n`, encoding));
    fs.closeSync(handle);
    fs.writeFileSync(path.join(root, '.complete'), '');
  }
  return { root, csv, bytes: fs.statSync(csv).size };
}

/** An empty workspace: a unit and one period without data. */
export function emptyWorkspace(): string {
  const root = path.join(DATA, 'ws-empty');
  fs.mkdirSync(path.join(root, 'periods/2024'), { recursive: true });
  fs.writeFileSync(path.join(root, 'skm.yaml'), SKM_YAML);
  fs.writeFileSync(path.join(root, 'periods/2024/period.yaml'), periodYaml(1000));
  return root;
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
