#!/usr/bin/env node
// Generates the synthetic province sample: 44 unit workspaces of "Pemerintah Provinsi Nusantara
// Timur" under <out>/units/<unit>/, two semesters each (2025-s1, 2025-s2), deterministic (a seeded
// PRNG; same output on every run). Most units are standard 14/2017 units with raw responses; some
// report summaries only, three renamed an unsur (U4 → U4A, kept apart by the roll-up), three
// still use KepmenPAN 25/2004, and a few are non-compliant on purpose (no second semester, too few
// respondents, an RTL that misses the lowest unsur, no LHTL, an unpublished or stale report).
//
//   node samples/province/generate.mjs [--out dir] [--publish]
//
// --publish builds the Laporan SKM of every unit meant to have published it (with the built CLI,
// `npm run build` first), makes <out> a git repository and commits everything with a fixed date,
// then makes one unit's report stale — so the compliance view sees real committed reports.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(path.dirname(new URL(import.meta.url).pathname), 'generated'));
const publish = args.includes('--publish');
const cli = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/skm.js');

// mulberry32: a small seeded PRNG.
let state = 0x5eed2025;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let value = Math.imul(state ^ (state >>> 15), 1 | state);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const AGENCIES = [
  'Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Sosial', 'Dinas Perhubungan', 'Dinas Pekerjaan Umum',
  'Dinas Perumahan', 'Dinas Lingkungan Hidup', 'Dinas Kependudukan', 'Dinas Tenaga Kerja', 'Dinas Koperasi dan UKM',
  'Dinas Penanaman Modal dan PTSP', 'Dinas Perindustrian', 'Dinas Perdagangan', 'Dinas Pariwisata', 'Dinas Kepemudaan dan Olahraga',
  'Dinas Perpustakaan', 'Dinas Kearsipan', 'Dinas Pertanian', 'Dinas Peternakan', 'Dinas Kelautan dan Perikanan',
  'Dinas Kehutanan', 'Dinas Energi dan Sumber Daya Mineral', 'Dinas Komunikasi dan Informatika', 'Dinas Pemberdayaan Masyarakat',
  'Dinas Pemberdayaan Perempuan', 'Dinas Pangan', 'Dinas Kebudayaan', 'Badan Pendapatan Daerah', 'Badan Kepegawaian Daerah',
  'Badan Penanggulangan Bencana', 'Badan Kesatuan Bangsa dan Politik', 'Badan Pengelola Keuangan', 'Inspektorat', 'Satpol PP',
  'RSUD Nusantara', 'RSUD Pelabuhan', 'Rumah Sakit Jiwa Daerah', 'UPTD Laboratorium Kesehatan', 'UPTD Samsat Kota',
  'UPTD Samsat Pesisir', 'UPTD Balai Latihan Kerja', 'UPTD Pengujian Kendaraan', 'Biro Pengadaan Barang dan Jasa', 'Biro Hukum',
];
const SLUG = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const SERVICES = [
  ['informasi', 'Layanan informasi'], ['perizinan', 'Layanan perizinan'], ['pengaduan', 'Layanan pengaduan'],
  ['rekomendasi', 'Penerbitan rekomendasi'], ['konsultasi', 'Konsultasi teknis'],
];
const EDUCATION = ['SD', 'SLTP', 'SLTA', 'DIII', 'S1', 'S2'];
const SEMESTERS = [
  { id: '2025-s1', label: 'Semester I 2025', start: '2025-01-01', end: '2025-06-30', reportDate: '2025-07-15', rtlYear: 2025, quarters: [3, 4] },
  { id: '2025-s2', label: 'Semester II 2025', start: '2025-07-01', end: '2025-12-31', reportDate: '2026-01-15', rtlYear: 2026, quarters: [1, 2] },
];
const KM = (population) => Math.min(population, Math.round((3.841 * population * 0.25) / (0.0025 * (population - 1) + 3.841 * 0.25)));

/** Which units are special, by index. */
const RULE_25_2004 = new Set([7, 19, 31]);
const RENAMED = new Set([4, 16, 28]);
const SUMMARY_ONLY = new Set([2, 11, 23, 35, 41]);
const NO_SECOND_SEMESTER = new Set([9, 33]);
const SMALL_SAMPLE = new Set([13, 38]);
const RTL_MISSES_LOWEST = new Set([21, 26]);
const NO_LHTL = new Set([17, 30]);
const UNPUBLISHED = new Set([5, 24, 40]);
const STALE = 36;

function unitYaml(unit) {
  const lines = [
    `# Unit sintetis (samples/province/generate.mjs); bukan data nyata.`,
    'unit:',
    `  name: ${unit.name} Provinsi Nusantara Timur`,
    `  shortName: ${unit.name}`,
    '  parent: Pemerintah Provinsi Nusantara Timur',
    '  city: Kota Nusantara',
    `ruleSet: ${unit.ruleSet}`,
    'mode: exact',
  ];
  if (unit.renamed) {
    lines.push('unsur:');
    for (const code of unit.codes) {
      if (code === 'U4A') lines.push('  - { code: U4A, label: Kemudahan Penggunaan Aplikasi, question: Bagaimana kemudahan penggunaan aplikasi layanan?, options: [Tidak mudah, Kurang mudah, Mudah, Sangat mudah] }');
      else lines.push(`  - { code: ${code} }`);
    }
  }
  lines.push('services:', ...unit.services.map(([code, label]) => `  - { code: ${code}, label: ${label} }`));
  lines.push(
    'profile:',
    '  - key: gender',
    '    label: Jenis Kelamin',
    '    options:',
    '      - { code: L, label: Laki-laki }',
    '      - { code: P, label: Perempuan }',
    '  - key: education',
    '    label: Pendidikan',
    '    options:',
    ...EDUCATION.map((code) => `      - { code: ${code}, label: ${code} }`),
  );
  return `${lines.join('\n')}\n`;
}

function periodYaml(semester, population) {
  return [
    `label: ${semester.label}`,
    `start: ${semester.start}`,
    `end: ${semester.end}`,
    `reportDate: ${semester.reportDate}`,
    `population: { size: ${population}, scope: period }`,
    'sampling: { method: krejcie-morgan }',
    '',
  ].join('\n');
}

/** Generates answers; returns the rows and the per-unsur counts. */
function answers(unit, semester, respondents) {
  const shift = semester.id.endsWith('s2') ? unit.improvement : 0;
  const rows = [];
  const counts = unit.codes.map(() => ({ answered: 0, total: 0 }));
  const month = Number(semester.start.slice(5, 7));
  for (let index = 0; index < respondents; index++) {
    const scores = unit.codes.map((_, unsur) => {
      if (random() < 0.01) return '';
      const value = unit.quality + unit.offsets[unsur] + shift + (random() - 0.5) * 1.6;
      const score = Math.max(1, Math.min(4, Math.round(value)));
      counts[unsur].answered++;
      counts[unsur].total += score;
      return String(score);
    });
    const day = String(1 + (index % 28)).padStart(2, '0');
    const date = `2025-${String(month + (index % 6)).padStart(2, '0')}-${day}`;
    rows.push([`r${String(index + 1).padStart(4, '0')}`, date, pick(['08.00-12.00', '13.00-17.00']), pick(unit.services)[0], pick(['L', 'P']), pick(EDUCATION), ...scores].join(','));
  }
  return { rows, counts };
}

/** Codes of the three lowest (or highest) NRRs by exact comparison, ties at the cut-off included. */
function extremes(codes, counts, highest) {
  const order = codes.map((code, index) => ({ code, ...counts[index] })).filter((item) => item.answered > 0);
  const compare = (a, b) => a.total * b.answered - b.total * a.answered;
  order.sort((a, b) => (highest ? -compare(a, b) : compare(a, b)));
  const cut = order[2];
  return order.filter((item, index) => index < 3 || compare(item, cut) === 0).map((item) => item.code);
}

function rtlYaml(unit, semester, codes, realised) {
  const lines = [`year: ${semester.rtlYear}`, 'items:'];
  codes.forEach((code, index) => {
    lines.push(
      `  - id: rtl-${semester.id}-${index + 1}`,
      `    unsur: ${code}`,
      `    program: Perbaikan layanan untuk unsur ${code}`,
      `    quarters: [${semester.quarters.join(', ')}]`,
      '    horizon: pendek',
      `    responsible: Sekretariat ${unit.name}`,
    );
    if (realised) {
      const done = random() < 0.7;
      lines.push('    realisation:', `      status: ${done ? 'sudah' : 'belum'}`);
      if (done) lines.push(`      description: Kegiatan perbaikan unsur ${code} telah dilaksanakan`, `      dates: [${semester.rtlYear}-0${semester.quarters[0] * 3}-15]`);
      else lines.push('    strategy:', '      strategy: Dijadwalkan ulang pada triwulan berikutnya', `      responsible: Sekretariat ${unit.name}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

fs.rmSync(path.join(out, 'units'), { recursive: true, force: true });
const units = AGENCIES.map((name, index) => {
  const ruleSet = RULE_25_2004.has(index) ? 'kepmenpan-25-2004' : 'permenpanrb-14-2017';
  const count = ruleSet === 'kepmenpan-25-2004' ? 14 : 9;
  const codes = Array.from({ length: count }, (_, unsur) => `U${unsur + 1}`);
  if (RENAMED.has(index)) codes[3] = 'U4A';
  return {
    index,
    name,
    slug: SLUG(name),
    ruleSet,
    codes,
    renamed: RENAMED.has(index),
    services: SERVICES.slice(0, between(2, 3)),
    quality: 2.7 + random() * 0.9,
    improvement: (random() - 0.3) * 0.25,
    offsets: codes.map(() => (random() - 0.5) * 0.5),
  };
});
const published = [];
for (const unit of units) {
  const root = path.join(out, 'units', unit.slug);
  write(path.join(root, 'skm.yaml'), unitYaml(unit));
  for (const semester of SEMESTERS) {
    if (semester.id === '2025-s2' && NO_SECOND_SEMESTER.has(unit.index)) continue;
    const folder = path.join(root, 'periods', semester.id);
    const population = pick([200, 300, 500, 1000]);
    const minimum = KM(population);
    const respondents = SMALL_SAMPLE.has(unit.index) && semester.id === '2025-s2' ? Math.floor(minimum * 0.6) : minimum + between(0, 40);
    write(path.join(folder, 'period.yaml'), periodYaml(semester, population));
    const { rows, counts } = answers(unit, semester, respondents);
    if (SUMMARY_ONLY.has(unit.index)) {
      const lines = [`respondents: ${respondents}`, 'unsur:', ...unit.codes.map((code, index) => `  ${code}: { answered: ${counts[index].answered}, total: ${counts[index].total} }`)];
      write(path.join(folder, 'summary.yaml'), `${lines.join('\n')}\n`);
    } else {
      const header = ['id', 'date', 'time', 'service', 'gender', 'education', ...unit.codes].join(',');
      write(path.join(folder, 'responses.csv'), `${header}\n${rows.join('\n')}\n`);
    }
    const targets = extremes(unit.codes, counts, RTL_MISSES_LOWEST.has(unit.index) && semester.id === '2025-s2');
    const realised = !(NO_LHTL.has(unit.index) && semester.id === '2025-s2');
    write(path.join(folder, 'rtl.yaml'), rtlYaml(unit, semester, targets, realised));
    if (!UNPUBLISHED.has(unit.index)) published.push({ root, period: semester.id });
  }
}
write(
  path.join(out, 'README.md'),
  '# Provinsi Nusantara Timur (sintetis)\n\nDibuat oleh `samples/province/generate.mjs`; jangan disunting tangan. `skm rollup units` membuat Laporan Rekapitulasi.\n',
);

if (publish) {
  const git = (...command) => execFileSync('git', command, { cwd: out, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-20T08:00:00Z', GIT_COMMITTER_DATE: '2026-01-20T08:00:00Z', GIT_AUTHOR_NAME: 'Sampel', GIT_AUTHOR_EMAIL: 'sampel@example.invalid', GIT_COMMITTER_NAME: 'Sampel', GIT_COMMITTER_EMAIL: 'sampel@example.invalid' } });
  for (const { root, period } of published) execFileSync(process.execPath, [cli, 'build', path.join(root, 'periods', period), '--report', 'skm'], { stdio: 'pipe' });
  if (!fs.existsSync(path.join(out, '.git'))) git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Sampel provinsi sintetis', '--allow-empty');
  // One unit edits its data after publishing: its committed report is now stale.
  const stale = units[STALE];
  fs.appendFileSync(path.join(out, 'units', stale.slug, 'periods', '2025-s2', 'responses.csv'), `r9999,2025-07-01,08.00-12.00,${stale.services[0][0]},L,S1,${stale.codes.map(() => '1').join(',')}\n`);
  git('commit', '-q', '-am', 'Tambah satu responden setelah laporan terbit');
}
console.log(`${units.length} unit ditulis ke ${path.relative(process.cwd(), out) || out}${publish ? ' (laporan diterbitkan, git)' : ''}`);
