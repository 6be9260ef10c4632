// Rebuilds the 85 responses of Biro Umum's Semester I 2023 survey (seed 002) as data: the seed
// prints only two-decimal NRRs (which fix each unsur's integer total at n = 85) and profile counts,
// so scores and profiles are distributed with a seeded PRNG such that every total and count is
// reproduced exactly. Dates, times, ages, services and saran are invented.
// Usage: node samples/tools/generate-biro-umum-responses.mjs > samples/biro-umum-kaltim/periods/2023-s1/responses.csv
// Then check it: node samples/tools/check-biro-umum-responses.mjs
const totals = [288, 291, 281, 290, 281, 287, 297, 284, 308];
const twos = [3, 2, 4, 2, 4, 3, 1, 3, 0];
const counts = {
  gender: { L: 61, P: 24 },
  education: { SLTP: 1, SLTA: 45, S1: 35, S2: 3, S3: 1 },
  occupation: { PNS: 24, TNI: 1, Swasta: 2, Wirausaha: 47, Lainnya: 11 },
  service: { rapat: 40, protokol: 28, kendaraan: 17 },
  time: { '08.00-12.00': 52, '13.00-17.00': 33 },
};
const respondents = 85;
let state = 20230614;
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const shuffle = (items) => {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
};
const expand = (table) => shuffle(Object.entries(table).flatMap(([code, count]) => Array(count).fill(code)));

const columns = totals.map((total, index) => {
  const fours = total - 3 * respondents + twos[index];
  return shuffle([...Array(fours).fill(4), ...Array(twos[index]).fill(2), ...Array(respondents - fours - twos[index]).fill(3)]);
});
const profile = Object.fromEntries(Object.entries(counts).map(([key, table]) => [key, expand(table)]));

// Working days of February–April 2023: weekdays minus the national holidays and cuti bersama
// that fall on weekdays (Nyepi 22–23 Mar, Wafat Isa Almasih 7 Apr, Idul Fitri 19–21 and 24–25 Apr).
const holidays = new Set(['2023-03-22', '2023-03-23', '2023-04-07', '2023-04-19', '2023-04-20', '2023-04-21', '2023-04-24', '2023-04-25']);
const workingDays = [];
for (let day = new Date(Date.UTC(2023, 1, 1)); day <= new Date(Date.UTC(2023, 3, 28)); day.setUTCDate(day.getUTCDate() + 1)) {
  const iso = day.toISOString().slice(0, 10);
  if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.has(iso)) workingDays.push(iso);
}
const dates = Array.from({ length: respondents }, () => workingDays[Math.floor(random() * workingDays.length)]).sort();
const saran = new Map([
  [4, 'Mohon disediakan air minum untuk tamu di ruang tunggu'],
  [17, 'Ruang tunggu terasa panas, pendingin ruangan perlu diperbaiki'],
  [29, 'Air minum di ruang tunggu sering habis'],
  [46, 'Ruangan kurang sejuk saat siang hari'],
  [63, 'Pelayanan sudah baik, pertahankan'],
]);

const lines = ['id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran'];
for (let index = 0; index < respondents; index++) {
  const age = 20 + Math.floor(random() * 41);
  const scores = columns.map((column) => column[index]);
  const raw = saran.get(index) ?? '';
  const text = /[",\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
  lines.push(
    [`r${String(index + 1).padStart(3, '0')}`, dates[index], profile.time[index], profile.service[index], profile.gender[index], age, profile.education[index], profile.occupation[index], ...scores, text].join(','),
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
