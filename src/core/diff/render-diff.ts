/** The review summary of a `WorkspaceDiff` as Markdown for a pull-request comment. */
import { escapeMarkdown, table } from '../report/markdown';
import { formatNumber } from '../text/format';
import type { WorkspaceDiff } from './diff-workspaces';

const STATUS: Record<string, string> = { added: 'baru', removed: 'dihapus', changed: 'berubah', unchanged: 'tetap' };
const arrow = (before: string, after: string): string => (before === after ? after : `${before} → ${after}`);

export function renderDiffMarkdown(diff: WorkspaceDiff, title: string): string {
  const out: string[] = [`## Ringkasan perubahan SKM — ${escapeMarkdown(title)}`, ''];
  const changed = diff.periods.filter((period) => period.status !== 'unchanged');
  if (changed.length === 0 && diff.rtl.length === 0 && diff.lint.introduced.length === 0 && diff.lint.fixed.length === 0) {
    out.push('Tidak ada perubahan pada hasil, RTL, maupun temuan lint.');
    return `${out.join('\n')}\n`;
  }
  if (changed.length > 0) {
    out.push(
      table(
        ['Periode', 'Status', 'IKM', 'Mutu', 'n', 'Sebab'],
        changed.map((period) => [
          `${period.label} (${period.periodId})`,
          STATUS[period.status] ?? period.status,
          arrow(formatNumber(period.before?.ikmConverted, 2), formatNumber(period.after?.ikmConverted, 2)),
          arrow(period.before?.grade ?? '–', period.after?.grade ?? '–'),
          arrow(String(period.before?.respondents ?? '–'), String(period.after?.respondents ?? '–')),
          period.reasons.join('; ') || '–',
        ]),
      ),
      '',
    );
    for (const period of changed) {
      if (period.unsur.length > 0) {
        out.push(
          `**NRR ${escapeMarkdown(period.label)}**`,
          '',
          table(
            ['Unsur', 'Sebelum', 'Sesudah'],
            period.unsur.map((unsur) => [`${unsur.code} ${unsur.label}`, formatNumber(unsur.before, 3), formatNumber(unsur.after, 3)]),
          ),
          '',
        );
      }
      if (period.lowest)
        out.push(
          `Tiga unsur terendah ${escapeMarkdown(period.label)}: ${period.lowest.before.join(', ') || '–'} → ${period.lowest.after.join(', ') || '–'}`,
          '',
        );
    }
  }
  if (diff.rtl.length > 0) {
    out.push('**RTL**', '');
    const rows: string[][] = [];
    for (const item of diff.rtl) {
      if (item.status !== 'changed') rows.push([item.periodId, item.itemId, STATUS[item.status] ?? item.status, '', '']);
      for (const change of item.changes) rows.push([item.periodId, item.itemId, change.field, change.before || '–', change.after || '–']);
    }
    out.push(table(['Periode', 'Butir', 'Kolom', 'Sebelum', 'Sesudah'], rows), '');
  }
  if (diff.lint.introduced.length > 0 || diff.lint.fixed.length > 0) {
    out.push(`**Lint**: ${diff.lint.introduced.length} kesalahan baru, ${diff.lint.fixed.length} diperbaiki`, '');
    for (const finding of diff.lint.introduced)
      out.push(`- ❌ \`${finding.code}\` ${escapeMarkdown(finding.file)}:${finding.line} — ${escapeMarkdown(finding.message)}`);
    for (const finding of diff.lint.fixed)
      out.push(`- ✅ \`${finding.code}\` ${escapeMarkdown(finding.file)} — ${escapeMarkdown(finding.message)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
