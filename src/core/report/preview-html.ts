/**
 * The body of the live preview (VS Code webview): IKM, per-unsur table, charts, priorities and RTL
 * progress for one period. Built with the `htmlt` tag: every piece of survey text goes through
 * `htmlText`/`htmlAttr`, so a saran or a label can never run script; mermaid sources (labels
 * already reduced by `mermaidLabel`) are escaped too and drawn by the bundled mermaid.
 */
import type { PeriodResult } from '../compute/result';
import type { Diagnostic } from '../model/diagnostic';
import type { RuleSet } from '../model/rule-sets';
import type { Period, Unit } from '../model/types';
import { formatNumber, formatPercent } from '../text/format';
import { getLocale, t } from '../text/messages';
import { nrrChart, nrrThresholds, trendChart } from './charts';
import { previewTableHtml, previewTables } from './preview-tables';
import { htmlAttr, htmlInlineScript, htmlInlineStyle, htmlText } from './escape';
import { EMPTY_HTML, htmlt, joinSafe } from './safe';
import type { SafeHtml, SafeMarkdown } from './safe';

/** The mermaid source of a fenced chart, as HTML text for `<pre class="mermaid">`. */
const chartSource = (fenced: SafeMarkdown): SafeHtml => htmlText(fenced.replace(/^```mermaid\n/, '').replace(/\n```$/, ''));

/**
 * The NRR chart with its threshold lines named for the webview (`data-lines`: grades in series
 * order, `data-line-labels`: "A ≥ 3,5324"…) and the grade bands A–D spelled out under it.
 */
function nrrFigure(nrr: SafeMarkdown, ruleSet: RuleSet): SafeHtml {
  const thresholds = nrrThresholds(ruleSet, true);
  const value = (threshold: number): string => formatNumber(threshold, 4);
  const labels = thresholds.map((threshold) => `${threshold.mutu} ≥ ${value(threshold.value)}`);
  const bands = ruleSet.bands.map((band, index) => {
    const min = band.min / ruleSet.conversion;
    const upper = ruleSet.bands[index - 1];
    const max = upper ? upper.min / ruleSet.conversion : undefined;
    const label =
      max === undefined
        ? t('preview.band.top', { grade: band.mutu, min: value(min) })
        : Number.isFinite(min)
          ? t('preview.band.middle', { grade: band.mutu, min: value(min), max: value(max) })
          : t('preview.band.bottom', { grade: band.mutu, max: value(max) });
    return htmlt`<li class="band-${htmlAttr(band.mutu)}">${htmlText(label)}</li>`;
  });
  return htmlt`<figure class="chart" id="nrr-chart" data-anchor="section:chart">
    <pre class="mermaid" data-lines="${htmlAttr(thresholds.map((threshold) => threshold.mutu).join('|'))}" data-line-labels="${htmlAttr(labels.join('|'))}">${chartSource(nrr)}</pre>
    <figcaption>
      ${htmlText(t('preview.bands'))}
      <ul class="bands">
        ${bands}
      </ul>
    </figcaption>
  </figure>`;
}

/** The preview speaks the interface language (`setLocale`), numbers included; reports stay Indonesian. */
export function renderPreviewBody(unit: Unit, period: Period, result: PeriodResult, ruleSet: RuleSet): SafeHtml {
  const text = (key: string, params?: Record<string, string | number>): SafeHtml => htmlText(t(key, params));
  const band = ruleSet.bands.find((candidate) => candidate.mutu === result.grade);
  const performance = band ? (getLocale() === 'en' ? band.kinerjaEn : band.kinerja) : t('preview.not-available');
  const number = (value: number | null | undefined, digits: number): SafeHtml => htmlText(formatNumber(value, digits));
  const lowest = result.lowest.map((unsur) => htmlt`<li>${htmlText(unsur.label)} — ${number(unsur.nrr, 2)}</li>`);
  const ties =
    result.ties.lowest.length > 0
      ? htmlt`<p class="note">${text('preview.ties', { labels: result.ties.lowest.map((unsur) => unsur.label).join(', ') })}</p>`
      : EMPTY_HTML;
  const saran = (period.responses?.rows ?? [])
    .filter((row) => row.saran?.trim())
    .slice(0, 20)
    .map((row) => htmlt`<li>${htmlText(row.saran ?? '')}</li>`);
  const nrr = nrrChart(result, ruleSet, true);
  const tables = previewTables(period, result);
  const [unsurTable, serviceTable, rtlTable] = (['unsur-table', 'service-table', 'rtl-table'] as const).map((id) =>
    tables.find((candidate) => candidate.id === id),
  );
  const trend = trendChart(result);
  const rtl =
    result.rtl.planned === 0
      ? text('preview.rtl.none')
      : text('preview.rtl.progress', {
          realised: result.rtl.realised,
          planned: result.rtl.planned,
          percent: formatPercent(result.rtl.percent, 2),
        });
  return joinSafe([
    htmlt`<header>
      <h1>${htmlText(unit.name)}</h1>
      <p>${htmlText(period.label)} · ${htmlText(result.mode.description)}</p>
    </header>`,
    htmlt`<section class="ikm" data-anchor="section:ikm">
      <div class="big" id="ikm-value">${number(result.ikmConverted, 2)}</div>
      <div>
        ${text('preview.grade')} <b id="ikm-grade">${htmlText(result.grade ?? '–')}</b> · ${htmlText(performance)} · n =
        ${number(result.respondents, 0)}
      </div>
    </section>`,
    unsurTable ? previewTableHtml(unsurTable) : EMPTY_HTML,
    nrr ? nrrFigure(nrr, ruleSet) : EMPTY_HTML,
    serviceTable
      ? htmlt`<section data-anchor="section:services">
          <h2>${text('preview.services')}</h2>
          ${previewTableHtml(serviceTable)}
        </section>`
      : EMPTY_HTML,
    htmlt`<section>
      <h2>${text('preview.lowest')}</h2>
      <ol>
        ${lowest}
      </ol>
      ${ties}
    </section>`,
    htmlt`<section data-anchor="section:rtl">
      <h2>RTL</h2>
      <p>${rtl}</p>
      ${rtlTable ? previewTableHtml(rtlTable) : EMPTY_HTML}
    </section>`,
    trend ? htmlt`<pre class="mermaid">${chartSource(trend)}</pre>` : EMPTY_HTML,
    saran.length > 0
      ? htmlt`<section>
          <h2>${text('preview.saran')}</h2>
          <ul id="saran">
            ${saran}
          </ul>
        </section>`
      : EMPTY_HTML,
  ]);
}

/**
 * One of the extension's own files in the preview page: its text, inlined (no fetch through the
 * webview's service worker and the workbench before the page can draw), or its webview URI.
 */
export type PreviewAsset = { text: string } | { uri: string };

export interface PreviewShellOptions {
  /** A fresh random value per page; only scripts carrying it run. */
  nonce: string;
  /** Origins of the extension's own files (`webview.cspSource`). */
  cspSource: string;
  /** media/preview.css */
  style: PreviewAsset;
  /** The preview's mermaid bundle (dist/mermaid/mermaid-preview.js). */
  mermaid: PreviewAsset;
  /** media/preview.js */
  script: PreviewAsset;
  /** The first body (`renderPreviewBody`), drawn as soon as the page runs: no round trip for it. */
  body?: SafeHtml;
}

/** The CSP of the preview: mermaid and preview.js by nonce, nothing loaded from elsewhere. */
export function previewCsp(options: Pick<PreviewShellOptions, 'nonce' | 'cspSource'>): string {
  return `default-src 'none'; img-src ${options.cspSource} data:; style-src ${options.cspSource} 'unsafe-inline'; font-src ${options.cspSource}; script-src 'nonce-${options.nonce}'`;
}

function styleElement(asset: PreviewAsset): SafeHtml {
  return 'text' in asset
    ? htmlt`<style>${htmlInlineStyle(asset.text)}</style>`
    : htmlt`<link rel="stylesheet" href="${htmlAttr(asset.uri)}">`;
}

function scriptElement(asset: PreviewAsset, nonce: string): SafeHtml {
  return 'text' in asset
    ? htmlt`<script nonce="${htmlAttr(nonce)}">${htmlInlineScript(asset.text)}</script>`
    : htmlt`<script nonce="${htmlAttr(nonce)}" src="${htmlAttr(asset.uri)}"></script>`;
}

/** The webview page around `renderPreviewBody`; the body arrives later by `postMessage`. */
export function previewShell(options: PreviewShellOptions): SafeHtml {
  return htmlt`<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${htmlAttr(previewCsp(options))}"><meta name="viewport" content="width=device-width, initial-scale=1">${styleElement(options.style)}<title>SKM</title></head><body>${options.body === undefined ? htmlt`<main id="content"><p>…</p></main>` : htmlt`<main id="content" data-embedded="1">${options.body}</main>`}${scriptElement(options.mermaid, options.nonce)}${scriptElement(options.script, options.nonce)}</body></html>`;
}

/**
 * The findings that are new since their file was opened (errors first), so a finding introduced
 * by the current edit stands out from a workspace's known ones. Each links to its place.
 */
export function renderNewFindings(findings: readonly Diagnostic[]): SafeHtml {
  if (findings.length === 0)
    return htmlt`<section id="new-findings" class="findings none"><p>${htmlText(t('preview.findings.none'))}</p></section>`;
  const items = findings.map(
    (finding) =>
      htmlt`<li class="finding ${htmlAttr(finding.severity)}" data-file="${htmlAttr(finding.file)}" data-line="${finding.range.start.line}" tabindex="0">
        <b>${htmlText(finding.code)}</b> ${htmlText(finding.message)}
        <span class="where">${htmlText(finding.file)}:${finding.range.start.line + 1}</span>
      </li>`,
  );
  return htmlt`<section id="new-findings" class="findings">
    <h2>${htmlText(t('preview.findings.title'))} (${findings.length})</h2>
    <ul>
      ${items}
    </ul>
  </section>`;
}
