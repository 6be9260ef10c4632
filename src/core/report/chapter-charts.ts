/** Chart blocks with their captions, as the chapters place them. */
import { ruleSetOf } from '../compute/compute-period';
import { nrrChart, profileChart, rtlChart, trendChart } from './charts';
import { mdText } from './escape';
import type { ReportParts } from './laporan-lhtl';
import { EMPTY_MARKDOWN, joinSafe, mdt } from './safe';
import type { SafeMarkdown } from './safe';

const caption = (parts: ReportParts, chart: SafeMarkdown, title: string): SafeMarkdown => {
  if (chart === '') return EMPTY_MARKDOWN;
  const number = parts.figure.next++;
  return mdt`${chart}\n\n*Gambar ${number}. ${mdText(title)}*`;
};

export const charts = {
  nrr: (parts: ReportParts): SafeMarkdown =>
    caption(parts, nrrChart(parts.result, ruleSetOf(parts.workspace)), 'Nilai rata-rata (NRR) per unsur'),
  trend: (parts: ReportParts): SafeMarkdown => caption(parts, trendChart(parts.result), 'Tren nilai SKM'),
  rtl: (parts: ReportParts): SafeMarkdown => caption(parts, rtlChart(parts.result), 'Realisasi rencana tindak lanjut'),
  profile: (parts: ReportParts): SafeMarkdown =>
    joinSafe(
      parts.result.profile
        .filter((attribute) => attribute.rows.some((row) => row.count > 0))
        .map((attribute) =>
          caption(parts, profileChart(attribute.label, attribute.rows), `Responden menurut ${attribute.label.toLowerCase()}`),
        ),
      mdt`\n\n`,
    ),
};
