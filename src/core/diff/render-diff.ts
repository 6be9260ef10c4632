/**
 * The review summary of a `WorkspaceDiff` in the current language: counts first, then one
 * section per changed period (figures, reasons, respondents by id, NRR, lowest three, narrative
 * excerpts, RTL one row per field, lint findings grouped by severity and code), then the
 * workspace-level findings. Written as Markdown (the pull-request comment) or plain text.
 */
import { formatNumber } from '../text/format';
import { getLocale, t } from '../text/messages';
import type { LintFinding, PeriodDiff, RtlItemDiff, WorkspaceDiff } from './diff-workspaces';
import type { NarrativeChange } from './narrative-diff';
import { toMarkdown, toText } from './review-blocks';
import type { Block } from './review-blocks';
import type { SafeMarkdown } from '../report/safe';

const EXCERPT = 240;
const HUNKS_SHOWN = 5;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

const arrow = (before: string, after: string): string => (before === after ? after : `${before} → ${after}`);
const number = (value: number | null | undefined, decimals: number): string => formatNumber(value, decimals, { locale: getLocale() });
const short = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);
/** A field's label; a field the catalogue does not know keeps its name. */
export const fieldLabel = (field: string): string => {
  const label = t(`review.field.${field}`);
  return label === `review.field.${field}` ? field : label;
};

export function renderDiff(diff: WorkspaceDiff, range: string, format: 'markdown' | 'text'): string {
  const blocks = diffBlocks(diff, range);
  return format === 'markdown' ? toMarkdown(blocks) : toText(blocks);
}

/** The summary as Markdown (the pull-request comment). */
export function renderDiffMarkdown(diff: WorkspaceDiff, range: string): SafeMarkdown {
  return toMarkdown(diffBlocks(diff, range));
}

export function diffBlocks(diff: WorkspaceDiff, range: string): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t('review.title', { range }) }];
  const changed = diff.periods.filter((period) => period.status !== 'unchanged');
  const workspaceFindings = (list: LintFinding[]): LintFinding[] => list.filter((finding) => finding.periodId === null);
  if (changed.length === 0 && diff.rtl.length === 0 && diff.lint.introduced.length === 0 && diff.lint.fixed.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('review.nothing') });
    return blocks;
  }
  const count = (severity: LintFinding['severity']): number => diff.lint.introduced.filter((item) => item.severity === severity).length;
  blocks.push({
    kind: 'paragraph',
    strong: true,
    text: t('review.lint', { errors: count('error'), warnings: count('warning'), infos: count('info'), fixed: diff.lint.fixed.length }),
  });
  if (changed.length > 0)
    blocks.push({
      kind: 'table',
      headers: [t('review.col.period'), t('review.col.status'), 'IKM', t('review.col.grade'), t('review.col.respondents')],
      rows: changed.map((period) => [
        `${period.label} (${period.periodId})`,
        t(`review.status.${period.status}`),
        arrow(number(period.before?.ikmConverted, 2), number(period.after?.ikmConverted, 2)),
        arrow(period.before?.grade ?? '–', period.after?.grade ?? '–'),
        arrow(String(period.before?.respondents ?? '–'), String(period.after?.respondents ?? '–')),
      ]),
    });
  for (const period of changed) {
    blocks.push({ kind: 'heading', level: 3, text: `${period.label} (${period.periodId}) — ${t(`review.status.${period.status}`)}` });
    blocks.push(
      ...periodBlocks(
        period,
        diff.rtl.filter((item) => item.periodId === period.periodId),
      ),
    );
    blocks.push(...lintBlocks(diff.lint.introduced, diff.lint.fixed, period.periodId));
  }
  const introduced = workspaceFindings(diff.lint.introduced);
  const fixed = workspaceFindings(diff.lint.fixed);
  if (introduced.length + fixed.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('review.workspace-files') });
    blocks.push(...lintBlocks(introduced, fixed, null));
  }
  return blocks;
}

function periodBlocks(period: PeriodDiff, rtl: RtlItemDiff[]): Block[] {
  const blocks: Block[] = [];
  const { before, after } = period;
  const figures: string[][] = [
    [t('review.figure.ikm'), number(before?.ikmConverted, 2), number(after?.ikmConverted, 2)],
    [t('review.figure.grade'), before?.grade ?? '–', after?.grade ?? '–'],
    [t('review.col.respondents'), String(before?.respondents ?? '–'), String(after?.respondents ?? '–')],
    [t('review.figure.mode'), before?.mode ?? '–', after?.mode ?? '–'],
  ];
  blocks.push({ kind: 'table', headers: [t('review.col.figure'), t('review.col.before'), t('review.col.after')], rows: figures });
  if (period.reasons.length > 0) {
    blocks.push({ kind: 'paragraph', strong: true, text: t('review.reasons') });
    blocks.push({
      kind: 'list',
      items: period.reasons.map((reason) => ({
        text:
          reason.kind === 'summary-edited'
            ? t('review.reason.summary-edited')
            : reason.kind === 'population'
              ? t('review.reason.population', { before: number(reason.before, 0), after: number(reason.after, 0) })
              : reason.kind === 'mode'
                ? t('review.reason.mode', { before: reason.before, after: reason.after })
                : t('review.reason.unsur-renamed', { code: reason.code, before: reason.before, after: reason.after }),
      })),
    });
  }
  const { added, removed, changed } = period.respondents;
  if (added.length + removed.length + changed.length > 0) {
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: t('review.respondents', { added: added.length, removed: removed.length, changed: changed.length }),
    });
    const items = (
      [
        ['added', added],
        ['removed', removed],
        ['changed', changed],
      ] as const
    )
      .filter(([, ids]) => ids.length > 0)
      .map(([kind, ids]) => ({ text: `${t(`review.respondents.${kind}`)}: ${ids.join(', ')}` }));
    blocks.push({ kind: 'list', items });
  }
  if (period.unsur.length > 0) {
    blocks.push({ kind: 'paragraph', strong: true, text: t('review.nrr') });
    blocks.push({
      kind: 'table',
      headers: ['Unsur', t('review.col.before'), t('review.col.after')],
      rows: period.unsur.map((unsur) => [`${unsur.code} ${unsur.label}`, number(unsur.before, 3), number(unsur.after, 3)]),
    });
  }
  if (period.lowest)
    blocks.push({
      kind: 'paragraph',
      text: t('review.lowest', { before: period.lowest.before.join(', ') || '–', after: period.lowest.after.join(', ') || '–' }),
    });
  if (period.narrative.length > 0) blocks.push(...narrativeBlocks(period.narrative));
  if (rtl.length > 0) blocks.push(...rtlBlocks(rtl));
  return blocks;
}

function narrativeBlocks(changes: NarrativeChange[]): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', strong: true, text: t('review.narrative', { count: changes.length }) }];
  for (const change of changes) {
    blocks.push({
      kind: 'paragraph',
      text: t('review.narrative.file', { file: change.file, status: t(`review.status.${change.status}`), hunks: change.hunks.length }),
    });
    const lines: { sign: '-' | '+' | ' '; text: string }[] = [];
    for (const hunk of change.hunks.slice(0, HUNKS_SHOWN)) {
      for (const paragraph of hunk.before) lines.push({ sign: '-', text: short(paragraph) });
      for (const paragraph of hunk.after) lines.push({ sign: '+', text: short(paragraph) });
    }
    if (change.hunks.length > HUNKS_SHOWN)
      lines.push({ sign: ' ', text: t('review.narrative.more', { count: change.hunks.length - HUNKS_SHOWN }) });
    if (lines.length > 0) blocks.push({ kind: 'diff', lines });
  }
  return blocks;
}

function rtlBlocks(rtl: RtlItemDiff[]): Block[] {
  const rows: string[][] = [];
  for (const item of rtl) {
    if (item.status === 'added') rows.push([item.itemId, t('review.rtl.item-added'), '–', '–']);
    if (item.status === 'removed') rows.push([item.itemId, t('review.rtl.item-removed'), '–', '–']);
    for (const change of item.changes)
      rows.push([
        item.itemId,
        change.removedBlock ? t('review.rtl.block-removed', { label: fieldLabel(change.field) }) : fieldLabel(change.field),
        short(change.before) || '–',
        short(change.after) || '–',
      ]);
  }
  return [
    { kind: 'paragraph', strong: true, text: t('review.rtl', { count: rtl.length }) },
    { kind: 'table', headers: [t('review.col.item'), t('review.col.field'), t('review.col.before'), t('review.col.after')], rows },
  ];
}

/** Findings of one period (or of the workspace files), counts first, grouped by severity and code. */
function lintBlocks(introduced: LintFinding[], fixed: LintFinding[], periodId: string | null): Block[] {
  const blocks: Block[] = [];
  for (const [key, list] of [
    ['review.lint.new', introduced.filter((finding) => finding.periodId === periodId)],
    ['review.lint.fixed', fixed.filter((finding) => finding.periodId === periodId)],
  ] as const) {
    if (list.length === 0) continue;
    blocks.push({ kind: 'paragraph', strong: true, text: t(key, { count: list.length }) });
    const items: { text: string; code: string; children: string[] }[] = [];
    for (const severity of SEVERITIES) {
      const ofSeverity = list.filter((finding) => finding.severity === severity);
      for (const code of [...new Set(ofSeverity.map((finding) => finding.code))].sort()) {
        const findings = ofSeverity.filter((finding) => finding.code === code);
        items.push({
          code,
          text: t('review.lint.group', { icon: ICON[severity], severity: t(`review.severity.${severity}`), count: findings.length }),
          children: findings.map((finding) => `${finding.file}:${finding.line} — ${finding.message}`),
        });
      }
    }
    blocks.push({ kind: 'list', items });
  }
  return blocks;
}
