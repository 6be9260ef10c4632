/** The Laporan SKM of a period, BAB I–V and lampiran (seed 002). */
import { computePeriod } from '../compute/compute-period';
import type { Period } from '../model/types';
import { formatDate, formatNumber } from '../text/format';
import { charts } from './chapter-charts';
import { kuesioner } from './kuesioner';
import type { ReportParts } from './laporan-lhtl';
import { evidenceImage, lhtlMarkdown } from './laporan-lhtl';
import { mdText } from './escape';
import { joinList, table } from './markdown';
import { joinSafe, mdt } from './safe';
import type { SafeMarkdown } from './safe';
import { narrativeSection } from './narrative';
import { PAGE_BREAK, collapseBlankLines, cover, signatureBlock } from './signature';
import { computationTable, labelMark, modeNote, profileTable, rtlTable, scheduleTable, summaryTable, trendTable } from './tables';
import { narrativeVariables } from './variables';

/** Rows of the per-respondent table; beyond this the lampiran points to the data file. */
export const OLAH_DATA_ROW_LIMIT = 500;

export function laporanSkmMarkdown(parts: ReportParts): SafeMarkdown {
  const { workspace, period, result } = parts;
  const section = (key: string): SafeMarkdown => narrativeSection(parts.narrative, key);
  const year = period.reportDate?.slice(0, 4) ?? period.end.slice(0, 4);
  const sample = result.sample;
  const out: SafeMarkdown[] = [
    cover(['LAPORAN', 'SURVEI KEPUASAN MASYARAKAT', period.label.toUpperCase()], workspace.unit, year),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`# BAB I Pendahuluan`,
    mdt``,
    mdt`## 1.1 Latar Belakang`,
    mdt``,
    section('latarBelakang'),
    mdt``,
    mdt`## 1.2 Dasar Pelaksanaan`,
    mdt``,
    section('dasarPelaksanaan'),
    mdt``,
    mdt`## 1.3 Maksud dan Tujuan`,
    mdt``,
    section('maksudTujuan'),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`# BAB II Pengumpulan Data`,
    mdt``,
    mdt`## 2.1 Pelaksana`,
    mdt``,
    section('pelaksana'),
    mdt``,
    ...(period.team.length > 0
      ? [
          table(
            ['No', 'Nama', 'Peran'],
            period.team.map((member, index) => [String(index + 1), member.name, member.role ?? '–']),
          ),
          mdt``,
        ]
      : []),
    mdt`## 2.2 Metode Pengumpulan Data`,
    mdt``,
    section('metode'),
    period.collection ? mdt`\n${mdText(period.collection)}.` : mdt``,
    mdt``,
    table(
      ['Kode', 'Unsur', 'Pertanyaan'],
      workspace.unit.unsur.map((unsur) => [unsur.code, `${unsur.label}${labelMark(parts)(unsur.code)}`, unsur.question]),
    ),
    mdt``,
    mdt`## 2.3 Lokasi Pengumpulan Data`,
    mdt``,
    section('lokasi'),
    period.location ? mdt`\n${mdText(period.location)}.` : mdt``,
    mdt``,
    mdt`## 2.4 Waktu Pelaksanaan`,
    mdt``,
    scheduleTable(period),
    mdt``,
    mdt`## 2.5 Penentuan Jumlah Responden`,
    mdt``,
    sample.population === null
      ? mdt`Jumlah populasi penerima layanan tidak dicatat, sehingga sampel minimal tidak dapat dihitung.`
      : joinSafe([
          mdt`Populasi penerima layanan: ${mdText(formatNumber(sample.population, 0))} orang${sample.populationScope === 'year' ? mdt` (angka setahun)` : mdt``}.`,
          mdt``,
          table(
            ['Metode', 'Rumus', 'Sampel minimal'],
            [
              [
                mdt`Krejcie & Morgan (χ² = 3,841; P = 0,5; d = 0,05)`,
                mdt`s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P))`,
                formatNumber(sample.krejcieMorgan, 0),
              ],
              [`Slovin (e = ${formatNumber(sample.slovinMargin, 2)})`, 'n = N / (1 + Ne²)', formatNumber(sample.slovin, 0)],
            ],
          ),
          mdt``,
          mdt`Responden yang diperoleh: ${mdText(formatNumber(result.respondents, 0))} orang — ${
            sample.adequate === null
              ? mdt`kecukupan sampel tidak dapat dinilai`
              : sample.adequate
                ? mdt`memenuhi sampel minimal`
                : mdt`belum memenuhi sampel minimal`
          }.`,
        ]),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`# BAB III Hasil Pengolahan Data`,
    mdt``,
    mdt`## 3.1 Jumlah Responden`,
    mdt``,
    mdt`Jumlah responden: ${mdText(formatNumber(result.respondents, 0))} orang.`,
    mdt``,
    profileTable(result),
    mdt``,
    charts.profile(parts),
    mdt``,
    mdt`## 3.2 Indeks Kepuasan Masyarakat per Unsur dan Unit Pelayanan`,
    mdt``,
    summaryTable(result, labelMark(parts)),
    mdt``,
    modeNote(result),
    mdt``,
    computationTable(result),
    mdt``,
    charts.nrr(parts),
    mdt``,
    mdt`IKM unit pelayanan: **${mdText(formatNumber(result.ikmConverted, 2))}** (mutu ${mdText(result.grade ?? '–')}, ${mdText(result.performance ?? 'tidak tersedia')}).`,
    result.confidence.available && result.confidence.ikmConverted
      ? mdt`Selang kepercayaan 95% (${mdText(result.confidence.method)}): ${mdText(formatNumber(result.confidence.ikmConverted.low, 2))} – ${mdText(formatNumber(result.confidence.ikmConverted.high, 2))}.`
      : mdt`Selang kepercayaan: tidak tersedia (hanya data ringkasan).`,
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`# BAB IV Analisis Hasil`,
    mdt``,
    mdt`## 4.1 Kelemahan dan Kelebihan Unsur Layanan`,
    mdt``,
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
    mdt``,
    result.ties.lowest.length > 0
      ? mdt`Bernilai sama dengan unsur ketiga terendah: ${mdText(joinList(result.ties.lowest.map((unsur) => unsur.label)))}.\n`
      : mdt``,
    result.ties.highest.length > 0
      ? mdt`Bernilai sama dengan unsur ketiga tertinggi: ${mdText(joinList(result.ties.highest.map((unsur) => unsur.label)))}.\n`
      : mdt``,
    section('analisis'),
    mdt``,
    mdt`## 4.2 Saran dan Pengaduan`,
    mdt``,
    section('saranPengaduan'),
    mdt``,
    saranTable(period),
    mdt``,
    mdt`## 4.3 Rencana Tindak Lanjut`,
    mdt``,
    section('rencanaTindakLanjut'),
    period.fkp?.date
      ? mdt`\nRencana ini dibahas dalam Forum Konsultasi Publik pada ${mdText(formatFkpDate(period))}.${period.fkp.notes ? mdt` ${mdText(period.fkp.notes)}` : mdt``}`
      : mdt``,
    mdt``,
    rtlTable(workspace, period.rtl?.items ?? []),
    mdt``,
    mdt`## 4.4 Tren Nilai SKM`,
    mdt``,
    section('tren'),
    mdt``,
    trendTable(result),
    mdt``,
    charts.trend(parts),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`# BAB V Kesimpulan`,
    mdt``,
    section('kesimpulan'),
    mdt``,
    signatureBlock(workspace.unit, period),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`# Lampiran`,
    mdt``,
    mdt`## Lampiran 1. Kuesioner`,
    mdt``,
    kuesioner(workspace.unit),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`## Lampiran 2. Hasil Olah Data SKM`,
    mdt``,
    olahData(parts),
    mdt``,
    mdt`## Lampiran 3. Dokumentasi`,
    mdt``,
    documentation(parts),
    mdt``,
    PAGE_BREAK,
    mdt``,
    mdt`## Lampiran 4. Laporan Hasil Tindak Lanjut Periode Sebelumnya`,
    mdt``,
    previousLhtl(parts),
  ];
  return joinSafe(collapseBlankLines(out));
}

function formatFkpDate(period: Period): string {
  return period.fkp?.date ? formatDate(period.fkp.date) : '';
}

function saranTable(period: Period): SafeMarkdown {
  const counts = new Map<string, number>();
  for (const row of period.responses?.rows ?? []) {
    const text = row.saran?.trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  if (counts.size === 0)
    return period.responses ? mdt`Tidak ada saran tertulis dari responden.` : mdt`Saran responden tidak tersedia (hanya data ringkasan).`;
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([text, count], index) => [String(index + 1), text, String(count)]);
  return table(['No', 'Saran/masukan', 'Jumlah'], rows, ['right', 'left', 'right']);
}

function olahData(parts: ReportParts): SafeMarkdown {
  const { period, result, workspace } = parts;
  const codes = workspace.unit.unsur.map((unsur) => unsur.code);
  const rows = period.responses?.rows;
  const lines: SafeMarkdown[] = [];
  if (rows) {
    const shown = rows.slice(0, OLAH_DATA_ROW_LIMIT);
    lines.push(
      table(
        ['No', 'Responden', ...codes],
        shown.map((row, index) => [String(index + 1), row.id, ...row.scores.map((score) => (score === null ? '–' : String(score)))]),
        ['right', 'left', ...codes.map(() => 'right' as const)],
      ),
      mdt``,
    );
    if (rows.length > shown.length)
      lines.push(
        mdt`Ditampilkan ${shown.length} dari ${mdText(formatNumber(rows.length, 0))} responden; data lengkap ada di ${mdText(period.responses?.file ?? '')}.`,
        mdt``,
      );
  } else {
    lines.push(mdt`Periode ini hanya memiliki data ringkasan (jumlah jawaban dan jumlah nilai per unsur).`, mdt``);
  }
  lines.push(
    computationTable(result),
    mdt``,
    mdt`IKM = Σ NRR tertimbang = ${mdText(formatNumber(result.ikm, 4))}; IKM × 25 = ${mdText(formatNumber(result.ikmConverted, 2))} (mutu ${mdText(result.grade ?? '–')}).`,
  );
  return joinSafe(lines);
}

function documentation(parts: ReportParts): SafeMarkdown {
  const evidence = (parts.period.rtl?.items ?? []).flatMap((item) => item.realisation?.evidence ?? []);
  if (evidence.length === 0) return mdt`Tidak ada foto dokumentasi yang dicatat untuk periode ini.`;
  return joinSafe(
    evidence.map((item) => {
      const number = parts.figure.next++;
      return mdt`${evidenceImage(parts.assetBase, item)}  \n*Gambar ${number}. ${mdText(item.caption)}*`;
    }),
    mdt`\n\n`,
  );
}

function previousLhtl(parts: ReportParts): SafeMarkdown {
  const periods = parts.workspace.periods;
  const index = periods.findIndex((candidate) => candidate.id === parts.period.id);
  const previous = index > 0 ? periods[index - 1] : undefined;
  if (!previous?.rtl) return mdt`Workspace ini tidak memuat LHTL periode sebelumnya.`;
  const result = computePeriod(parts.workspace, previous.id, { mode: parts.result.mode.id });
  const narrative = { ...parts.narrative, period: previous, variables: narrativeVariables(parts.workspace, previous, result) };
  return lhtlMarkdown({ ...parts, period: previous, result, narrative }, 3, false);
}
