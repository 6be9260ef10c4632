/**
 * Import speed: a generated 100,000-row Google Forms CSV imported into a period, end to end
 * (mapping, label → score, dates, fingerprints, atomic write). Prints time and peak RSS.
 * Target (issue 7): ≤ 3 s with bounded memory.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace } from '../src/core/load/load-workspace';
import { PERMENPANRB_14_2017 } from '../src/core/model/rule-sets';
import { FsFiles } from '../src/node/fs-files';
import { importFile } from '../src/node/import-file';

const ROWS = 100_000;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-import-bench-'));
fs.writeFileSync(path.join(root, 'skm.yaml'), 'unit:\n  name: Unit Bench\nservices:\n  - { code: rapat, label: Peminjaman ruang rapat }\n');
fs.mkdirSync(path.join(root, 'periods', 'p'), { recursive: true });
fs.writeFileSync(path.join(root, 'periods', 'p', 'period.yaml'), 'label: Bench\nstart: 2024-01-01\nend: 2024-12-31\n');

const unsur = PERMENPANRB_14_2017.unsur;
const quote = (value: string): string => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const header = ['Timestamp', 'Jenis Kelamin', 'Pendidikan', 'Pekerjaan', 'Jenis layanan yang diterima', ...unsur.map((item) => item.question), 'Saran dan masukan'];
const lines = [header.map(quote).join(',')];
let seed = 7;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
for (let index = 0; index < ROWS; index++) {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const stamp = `2024/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')} ${1 + Math.floor(random() * 11)}:${String(index % 60).padStart(2, '0')}:${String(index % 59).padStart(2, '0')} ${random() < 0.5 ? 'AM' : 'PM'} GMT+8`;
  const answers = unsur.map((item) => item.options[1 + Math.floor(random() * 3)] ?? '');
  lines.push([stamp, random() < 0.6 ? 'Laki-laki' : 'Perempuan', 'S1', 'PNS', 'Peminjaman ruang rapat', ...answers, index % 50 === 0 ? 'Ruang tunggu perlu air minum' : ''].map(quote).join(','));
}
const input = path.join(root, 'forms.csv');
fs.writeFileSync(input, `${lines.join('\n')}\n`);
const size = fs.statSync(input).size;

async function main(): Promise<void> {
  const loaded = loadWorkspace(new FsFiles(root));
  const workspace = loaded.workspace!;
  const period = workspace.periods[0]!;
  const started = performance.now();
  const summary = await importFile({ root, workspace, period, input });
  const elapsed = (performance.now() - started) / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`import of ${ROWS.toLocaleString('en')} Google Forms rows (${(size / 1e6).toFixed(1)} MB): ${elapsed.toFixed(2)} s (target ≤ 3 s)`);
  console.log(`  read ${summary.read} = imported ${summary.imported} + rejected ${summary.rejected}`);
  console.log(`  peak RSS of the process (includes generating the input): ${rss.toFixed(0)} MB`);
  fs.rmSync(root, { recursive: true, force: true });
}

void main();
