/**
 * The body of the live preview (VS Code webview): IKM, per-unsur table, charts, priorities and RTL
 * progress for one period. Every piece of survey text is HTML-escaped here, so a saran or a label
 * can never run script; mermaid sources are escaped too and drawn by the bundled mermaid.
 */
import type { PeriodResult } from '../compute/result';
import type { RuleSet } from '../model/rule-sets';
import type { Period, Unit } from '../model/types';
import { formatNumber, formatPercent } from '../text/format';
import { nrrChart, trendChart } from './charts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const chartSource = (fenced: string): string => fenced.replace(/^```mermaid\n/, '').replace(/\n```$/, '');

export function renderPreviewBody(unit: Unit, period: Period, result: PeriodResult, ruleSet: RuleSet): string {
  const rows = result.unsur
    .map(
      (unsur) =>
        `<tr data-unsur="${escapeHtml(unsur.code)}" tabindex="0"><td>${escapeHtml(unsur.code)}</td><td>${escapeHtml(unsur.label)}</td><td class="n">${unsur.answered}</td><td class="n">${formatNumber(unsur.nrr, 2)}</td><td class="n">${formatNumber(unsur.nrrConverted, 2)}</td><td class="g grade-${escapeHtml(unsur.grade ?? 'none')}">${escapeHtml(unsur.grade ?? '–')}</td></tr>`,
    )
    .join('');
  const lowest = result.lowest.map((unsur) => `<li>${escapeHtml(unsur.label)} — ${formatNumber(unsur.nrr, 2)}</li>`).join('');
  const ties =
    result.ties.lowest.length > 0
      ? `<p class="note">Seri pada batas: ${escapeHtml(result.ties.lowest.map((unsur) => unsur.label).join(', '))}</p>`
      : '';
  const saran = (period.responses?.rows ?? [])
    .filter((row) => row.saran?.trim())
    .slice(0, 20)
    .map((row) => `<li>${escapeHtml(row.saran ?? '')}</li>`)
    .join('');
  const nrr = nrrChart(result, ruleSet);
  const trend = trendChart(result);
  return [
    `<header><h1>${escapeHtml(unit.name)}</h1><p>${escapeHtml(period.label)} · ${escapeHtml(result.mode.description)}</p></header>`,
    `<section class="ikm"><div class="big" id="ikm-value">${formatNumber(result.ikmConverted, 2)}</div><div>Mutu <b id="ikm-grade">${escapeHtml(result.grade ?? '–')}</b> · ${escapeHtml(result.performance ?? 'tidak tersedia')} · n = ${result.respondents}</div></section>`,
    `<table id="unsur-table"><thead><tr><th>Kode</th><th>Unsur</th><th>Dijawab</th><th>NRR</th><th>NRR×25</th><th>Mutu</th></tr></thead><tbody>${rows}</tbody></table>`,
    nrr ? `<pre class="mermaid">${escapeHtml(chartSource(nrr))}</pre>` : '',
    `<section><h2>Tiga unsur terendah</h2><ol>${lowest}</ol>${ties}</section>`,
    `<section><h2>RTL</h2><p>${result.rtl.planned === 0 ? 'Belum ada RTL.' : `${result.rtl.realised} dari ${result.rtl.planned} terealisasi (${formatPercent(result.rtl.percent, 2)})`}</p></section>`,
    trend ? `<pre class="mermaid">${escapeHtml(chartSource(trend))}</pre>` : '',
    saran ? `<section><h2>Saran responden</h2><ul id="saran">${saran}</ul></section>` : '',
  ].join('\n');
}
