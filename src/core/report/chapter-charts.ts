/** Chart blocks with their captions, as the chapters place them. */
import { ruleSetOf } from '../compute/compute-period';
import { nrrChart, profileChart, rtlChart, trendChart } from './charts';
import type { ReportParts } from './laporan-lhtl';

const caption = (parts: ReportParts, chart: string, title: string): string => {
  if (chart === '') return '';
  const number = parts.figure.next++;
  return `${chart}\n\n*Gambar ${number}. ${title}*`;
};

export const charts = {
  nrr: (parts: ReportParts): string =>
    caption(parts, nrrChart(parts.result, ruleSetOf(parts.workspace)), 'Nilai rata-rata (NRR) per unsur'),
  trend: (parts: ReportParts): string => caption(parts, trendChart(parts.result), 'Tren nilai SKM'),
  rtl: (parts: ReportParts): string => caption(parts, rtlChart(parts.result), 'Realisasi rencana tindak lanjut'),
  profile: (parts: ReportParts): string =>
    parts.result.profile
      .filter((attribute) => attribute.rows.some((row) => row.count > 0))
      .map((attribute) =>
        caption(parts, profileChart(attribute.label, attribute.rows), `Responden menurut ${attribute.label.toLowerCase()}`),
      )
      .join('\n\n'),
};
