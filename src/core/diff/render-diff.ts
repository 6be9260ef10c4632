/** The review summary of a `WorkspaceDiff` as Markdown for a pull-request comment. */
import { mdText } from '../report/escape';
import { table } from '../report/markdown';
import { joinSafe, mdt, trimSafe } from '../report/safe';
import type { SafeMarkdown } from '../report/safe';
import { formatNumber } from '../text/format';
import type { WorkspaceDiff } from './diff-workspaces';

const STATUS: Record<string, string> = { added: 'baru', removed: 'dihapus', changed: 'berubah', unchanged: 'tetap' };
const arrow = (before: string, after: string): string => (before === after ? after : `${before} → ${after}`);

export function renderDiffMarkdown(diff: WorkspaceDiff, title: string): SafeMarkdown {
  const out: SafeMarkdown[] = [mdt`## Ringkasan perubahan SKM — ${mdText(title)}`, mdt``];
  const changed = diff.periods.filter((period) => period.status !== 'unchanged');
  if (changed.length === 0 && diff.rtl.length === 0 && diff.lint.introduced.length === 0 && diff.lint.fixed.length === 0) {
    out.push(mdt`Tidak ada perubahan pada hasil, RTL, maupun temuan lint.`);
    return mdt`${joinSafe(out)}\n`;
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
      mdt``,
    );
    for (const period of changed) {
      if (period.unsur.length > 0) {
        out.push(
          mdt`**NRR ${mdText(period.label)}**`,
          mdt``,
          table(
            ['Unsur', 'Sebelum', 'Sesudah'],
            period.unsur.map((unsur) => [`${unsur.code} ${unsur.label}`, formatNumber(unsur.before, 3), formatNumber(unsur.after, 3)]),
          ),
          mdt``,
        );
      }
      if (period.lowest)
        out.push(
          mdt`Tiga unsur terendah ${mdText(period.label)}: ${mdText(period.lowest.before.join(', ') || '–')} → ${mdText(period.lowest.after.join(', ') || '–')}`,
          mdt``,
        );
    }
  }
  if (diff.rtl.length > 0) {
    out.push(mdt`**RTL**`, mdt``);
    const rows: string[][] = [];
    for (const item of diff.rtl) {
      if (item.status !== 'changed') rows.push([item.periodId, item.itemId, STATUS[item.status] ?? item.status, '', '']);
      for (const change of item.changes) rows.push([item.periodId, item.itemId, change.field, change.before || '–', change.after || '–']);
    }
    out.push(table(['Periode', 'Butir', 'Kolom', 'Sebelum', 'Sesudah'], rows), mdt``);
  }
  if (diff.lint.introduced.length > 0 || diff.lint.fixed.length > 0) {
    out.push(mdt`**Lint**: ${diff.lint.introduced.length} kesalahan baru, ${diff.lint.fixed.length} diperbaiki`, mdt``);
    for (const finding of diff.lint.introduced)
      out.push(mdt`- ❌ ${mdText(finding.code)} ${mdText(finding.file)}:${finding.line} — ${mdText(finding.message)}`);
    for (const finding of diff.lint.fixed) out.push(mdt`- ✅ ${mdText(finding.code)} ${mdText(finding.file)} — ${mdText(finding.message)}`);
    out.push(mdt``);
  }
  return mdt`${trimSafe(joinSafe(out))}\n`;
}
