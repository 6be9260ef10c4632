// Independent check of samples/biro-umum-kaltim/periods/2023-s1/responses.csv against the figures
// seed 002 prints: per-unsur totals, n = 85 and the profile counts. Exits 1 on any mismatch.
// Usage: node samples/tools/check-biro-umum-responses.mjs [path/to/responses.csv]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../biro-umum-kaltim/periods/2023-s1/responses.csv', import.meta.url));
const expected = {
  respondents: 85,
  totals: { U1: 288, U2: 291, U3: 281, U4: 290, U5: 281, U6: 287, U7: 297, U8: 284, U9: 308 },
  gender: { L: 61, P: 24 },
  education: { SLTP: 1, SLTA: 45, S1: 35, S2: 3, S3: 1 },
  occupation: { PNS: 24, TNI: 1, Swasta: 2, Wirausaha: 47, Lainnya: 11 },
};
// Weekday national holidays and cuti bersama of February–April 2023.
const holidays = new Set(['2023-03-22', '2023-03-23', '2023-04-07', '2023-04-19', '2023-04-20', '2023-04-21', '2023-04-24', '2023-04-25']);

const splitLine = (line) => {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  return [...cells, cell];
};
const [header, ...lines] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
const columns = splitLine(header);
const rows = lines.map((line) => Object.fromEntries(splitLine(line).map((value, index) => [columns[index], value])));

const problems = [];
const check = (label, actual, wanted) => {
  const ok = JSON.stringify(actual) === JSON.stringify(wanted);
  if (!ok) problems.push(`${label}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${JSON.stringify(actual)}`);
};
const count = (key, order) => Object.fromEntries(order.map((code) => [code, rows.filter((row) => row[key] === code).length]));

check('respondents', rows.length, expected.respondents);
check('totals', Object.fromEntries(Object.keys(expected.totals).map((code) => [code, rows.reduce((sum, row) => sum + Number(row[code]), 0)])), expected.totals);
for (const key of ['gender', 'education', 'occupation']) {
  check(key, count(key, Object.keys(expected[key])), expected[key]);
  const other = rows.filter((row) => !(row[key] in expected[key])).length;
  if (other) problems.push(`${key}: ${other} rows with another code`);
}
check('every score answered and in 1..4', rows.every((row) => Object.keys(expected.totals).every((code) => /^[1-4]$/.test(row[code]))), true);
const scores = rows.flatMap((row) => Object.keys(expected.totals).map((code) => row[code]));
console.log(`     score distribution: ${JSON.stringify(Object.fromEntries(['1', '2', '3', '4'].map((score) => [score, scores.filter((value) => value === score).length])))}`);
check(
  'dates on working days 2023-02-01..2023-04-28',
  rows.every((row) => row.date >= '2023-02-01' && row.date <= '2023-04-28' && ![0, 6].includes(new Date(`${row.date}T00:00:00Z`).getUTCDay()) && !holidays.has(row.date)),
  true,
);
check('ages 20..60', rows.every((row) => Number(row.age) >= 20 && Number(row.age) <= 60), true);
check('time slots', rows.every((row) => ['08.00-12.00', '13.00-17.00'].includes(row.time)), true);
check('unique ids', new Set(rows.map((row) => row.id)).size, rows.length);
console.log(`     saran filled: ${rows.filter((row) => row.saran).length}`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
