/** The Laporan SKM of a period, BAB I–V and lampiran (seed 002). */
import { computePeriod } from '../compute/compute-period';
import type { Period } from '../model/types';
import { formatDate, formatNumber } from '../text/format';
import { charts } from './chapter-charts';
import { kuesioner } from './kuesioner';
import type { ReportParts } from './laporan-lhtl';
import { lhtlMarkdown } from './laporan-lhtl';
import { escapeMarkdown, joinList, table } from './markdown';
import { narrativeSection } from './narrative';
import { PAGE_BREAK, cover, signatureBlock } from './signature';
import { computationTable, modeNote, profileTable, rtlTable, scheduleTable, summaryTable, trendTable } from './tables';
import { narrativeVariables } from './variables';

/** Rows of the per-respondent table; beyond this the lampiran points to the data file. */
export const OLAH_DATA_ROW_LIMIT = 500;

export function laporanSkmMarkdown(parts: ReportParts): string {
  const { workspace, period, result } = parts;
  const section = (key: string): string => narrativeSection(parts.narrative, key);
  const year = period.reportDate?.slice(0, 4) ?? period.end.slice(0, 4);
  const sample = result.sample;
  const out: string[] = [
    cover(['LAPORAN', 'SURVEI KEPUASAN MASYARAKAT', period.label.toUpperCase()], workspace.unit, year),
    '',
    PAGE_BREAK,
    '',
    '# BAB I Pendahuluan',
    '',
    '## 1.1 Latar Belakang',
    '',
    section('latarBelakang'),
    '',
    '## 1.2 Dasar Pelaksanaan',
    '',
    section('dasarPelaksanaan'),
    '',
    '## 1.3 Maksud dan Tujuan',
    '',
    section('maksudTujuan'),
    '',
    PAGE_BREAK,
    '',
    '# BAB II Pengumpulan Data',
    '',
    '## 2.1 Pelaksana',
    '',
    section('pelaksana'),
    '',
    ...(period.team.length > 0
      ? [
          table(
            ['No', 'Nama', 'Peran'],
            period.team.map((member, index) => [String(index + 1), member.name, member.role ?? '–']),
          ),
          '',
        ]
      : []),
    '## 2.2 Metode Pengumpulan Data',
    '',
    section('metode'),
    period.collection ? `\n${escapeMarkdown(period.collection)}.` : '',
    '',
    table(
      ['Kode', 'Unsur', 'Pertanyaan'],
      workspace.unit.unsur.map((unsur) => [unsur.code, unsur.label, unsur.question]),
    ),
    '',
    '## 2.3 Lokasi Pengumpulan Data',
    '',
    section('lokasi'),
    period.location ? `\n${escapeMarkdown(period.location)}.` : '',
    '',
    '## 2.4 Waktu Pelaksanaan',
    '',
    scheduleTable(period),
    '',
    '## 2.5 Penentuan Jumlah Responden',
    '',
    sample.population === null
      ? 'Jumlah populasi penerima layanan tidak dicatat, sehingga sampel minimal tidak dapat dihitung.'
      : [
          `Populasi penerima layanan: ${formatNumber(sample.population, 0)} orang${sample.populationScope === 'year' ? ' (angka setahun)' : ''}.`,
          '',
          table(
            ['Metode', 'Rumus', 'Sampel minimal'],
            [
              [
                'Krejcie & Morgan (χ² = 3,841; P = 0,5; d = 0,05)',
                's = χ²NP(1−P) / (d²(N−1) + χ²P(1−P))',
                formatNumber(sample.krejcieMorgan, 0),
              ],
              [`Slovin (e = ${formatNumber(sample.slovinMargin, 2)})`, 'n = N / (1 + Ne²)', formatNumber(sample.slovin, 0)],
            ],
          ),
          '',
          `Responden yang diperoleh: ${formatNumber(result.respondents, 0)} orang — ${sample.adequate === null ? 'kecukupan sampel tidak dapat dinilai' : sample.adequate ? 'memenuhi sampel minimal' : 'belum memenuhi sampel minimal'}.`,
        ].join('\n'),
    '',
    PAGE_BREAK,
    '',
    '# BAB III Hasil Pengolahan Data',
    '',
    '## 3.1 Jumlah Responden',
    '',
    `Jumlah responden: ${formatNumber(result.respondents, 0)} orang.`,
    '',
    profileTable(result),
    '',
    charts.profile(parts),
    '',
    '## 3.2 Indeks Kepuasan Masyarakat per Unsur dan Unit Pelayanan',
    '',
    summaryTable(result),
    '',
    modeNote(result),
    '',
    computationTable(result),
    '',
    charts.nrr(parts),
    '',
    `IKM unit pelayanan: **${formatNumber(result.ikmConverted, 2)}** (mutu ${result.grade ?? '–'}, ${result.performance ?? 'tidak tersedia'}).`,
    result.confidence.available && result.confidence.ikmConverted
      ? `Selang kepercayaan 95% (${escapeMarkdown(result.confidence.method)}): ${formatNumber(result.confidence.ikmConverted.low, 2)} – ${formatNumber(result.confidence.ikmConverted.high, 2)}.`
      : 'Selang kepercayaan: tidak tersedia (hanya data ringkasan).',
    '',
    PAGE_BREAK,
    '',
    '# BAB IV Analisis Hasil',
    '',
    '## 4.1 Kelemahan dan Kelebihan Unsur Layanan',
    '',
    table(
      ['Peringkat', 'Tiga unsur terendah', 'NRR', 'Tiga unsur tertinggi', 'NRR'],
      [0, 1, 2].map((index) => [
        String(index + 1),
        result.lowest[index]?.label ?? '–',
        formatNumber(result.lowest[index]?.nrr, 2),
        result.highest[index]?.label ?? '–',
        formatNumber(result.highest[index]?.nrr, 2),
      ]),
    ),
    '',
    result.ties.lowest.length > 0
      ? `Bernilai sama dengan unsur ketiga terendah: ${escapeMarkdown(joinList(result.ties.lowest.map((unsur) => unsur.label)))}.\n`
      : '',
    result.ties.highest.length > 0
      ? `Bernilai sama dengan unsur ketiga tertinggi: ${escapeMarkdown(joinList(result.ties.highest.map((unsur) => unsur.label)))}.\n`
      : '',
    section('analisis'),
    '',
    '## 4.2 Saran dan Pengaduan',
    '',
    section('saranPengaduan'),
    '',
    saranTable(period),
    '',
    '## 4.3 Rencana Tindak Lanjut',
    '',
    section('rencanaTindakLanjut'),
    period.fkp?.date
      ? `\nRencana ini dibahas dalam Forum Konsultasi Publik pada ${formatFkpDate(period)}.${period.fkp.notes ? ` ${escapeMarkdown(period.fkp.notes)}` : ''}`
      : '',
    '',
    rtlTable(workspace, period.rtl?.items ?? []),
    '',
    '## 4.4 Tren Nilai SKM',
    '',
    section('tren'),
    '',
    trendTable(result),
    '',
    charts.trend(parts),
    '',
    PAGE_BREAK,
    '',
    '# BAB V Kesimpulan',
    '',
    section('kesimpulan'),
    '',
    signatureBlock(workspace.unit, period),
    '',
    PAGE_BREAK,
    '',
    '# Lampiran',
    '',
    '## Lampiran 1. Kuesioner',
    '',
    kuesioner(workspace.unit),
    '',
    PAGE_BREAK,
    '',
    '## Lampiran 2. Hasil Olah Data SKM',
    '',
    olahData(parts),
    '',
    '## Lampiran 3. Dokumentasi',
    '',
    documentation(parts),
    '',
    PAGE_BREAK,
    '',
    '## Lampiran 4. Laporan Hasil Tindak Lanjut Periode Sebelumnya',
    '',
    previousLhtl(parts),
  ];
  return out.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n');
}

function formatFkpDate(period: Period): string {
  return period.fkp?.date ? formatDate(period.fkp.date) : '';
}

function saranTable(period: Period): string {
  const counts = new Map<string, number>();
  for (const row of period.responses?.rows ?? []) {
    const text = row.saran?.trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  if (counts.size === 0)
    return period.responses ? 'Tidak ada saran tertulis dari responden.' : 'Saran responden tidak tersedia (hanya data ringkasan).';
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([text, count], index) => [String(index + 1), text, String(count)]);
  return table(['No', 'Saran/masukan', 'Jumlah'], rows, ['right', 'left', 'right']);
}

function olahData(parts: ReportParts): string {
  const { period, result, workspace } = parts;
  const codes = workspace.unit.unsur.map((unsur) => unsur.code);
  const rows = period.responses?.rows;
  const lines: string[] = [];
  if (rows) {
    const shown = rows.slice(0, OLAH_DATA_ROW_LIMIT);
    lines.push(
      table(
        ['No', 'Responden', ...codes],
        shown.map((row, index) => [String(index + 1), row.id, ...row.scores.map((score) => (score === null ? '–' : String(score)))]),
        ['right', 'left', ...codes.map(() => 'right' as const)],
      ),
      '',
    );
    if (rows.length > shown.length)
      lines.push(
        `Ditampilkan ${shown.length} dari ${formatNumber(rows.length, 0)} responden; data lengkap ada di ${escapeMarkdown(period.responses?.file ?? '')}.`,
        '',
      );
  } else {
    lines.push('Periode ini hanya memiliki data ringkasan (jumlah jawaban dan jumlah nilai per unsur).', '');
  }
  lines.push(
    computationTable(result),
    '',
    `IKM = Σ NRR tertimbang = ${formatNumber(result.ikm, 4)}; IKM × 25 = ${formatNumber(result.ikmConverted, 2)} (mutu ${result.grade ?? '–'}).`,
  );
  return lines.join('\n');
}

function documentation(parts: ReportParts): string {
  const evidence = (parts.period.rtl?.items ?? []).flatMap((item) => item.realisation?.evidence ?? []);
  if (evidence.length === 0) return 'Tidak ada foto dokumentasi yang dicatat untuk periode ini.';
  return evidence
    .map((item) => {
      const number = parts.figure.next++;
      return `![${escapeMarkdown(item.caption)}](${encodeURI(parts.assetBase + item.file)})  \n*Gambar ${number}. ${escapeMarkdown(item.caption)}*`;
    })
    .join('\n\n');
}

function previousLhtl(parts: ReportParts): string {
  const periods = parts.workspace.periods;
  const index = periods.findIndex((candidate) => candidate.id === parts.period.id);
  const previous = index > 0 ? periods[index - 1] : undefined;
  if (!previous?.rtl) return 'Workspace ini tidak memuat LHTL periode sebelumnya.';
  const result = computePeriod(parts.workspace, previous.id, { mode: parts.result.mode.id });
  const narrative = { ...parts.narrative, period: previous, variables: narrativeVariables(parts.workspace, previous, result) };
  return lhtlMarkdown({ ...parts, period: previous, result, narrative }, 3, false);
}
