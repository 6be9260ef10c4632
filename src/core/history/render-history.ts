/**
 * The RTL audit trail in the current language, one section per commit (its date, author, short
 * id and message once), then one row per item field that commit changed, with the field's label.
 * Markdown (attachable to the LHTL as a lampiran) or plain text.
 */
import { fieldLabel } from '../diff/render-diff';
import { toMarkdown, toText } from '../diff/review-blocks';
import type { SafeMarkdown } from '../report/safe';
import type { Block } from '../diff/review-blocks';
import { t } from '../text/messages';
import type { RtlHistory } from './rtl-history';

export function historyBlocks(history: RtlHistory, file: string, level: 2 | 3 = 2): Block[] {
  const commits = [...new Set(history.events.map((event) => event.commit))];
  const blocks: Block[] = [
    { kind: 'heading', level, text: t('history.title', { file }) },
    {
      kind: 'paragraph',
      text: t('history.counts', { versions: history.versions, commits: commits.length, events: history.events.length }),
    },
  ];
  if (commits.length === 0) blocks.push({ kind: 'paragraph', text: t('history.empty') });
  for (const commit of commits) {
    const events = history.events.filter((event) => event.commit === commit);
    const first = events[0];
    if (!first) continue;
    blocks.push({
      kind: 'heading',
      level: level === 2 ? 3 : 4,
      text: t('history.commit', {
        date: first.date.slice(0, 10),
        author: first.author,
        commit: commit.slice(0, 8),
        message: first.message,
      }),
    });
    const rows: string[][] = [];
    for (const event of events) {
      if (event.kind === 'removed') rows.push([event.itemId, t('history.removed'), '–', '–']);
      else if (event.kind === 'added' && event.changes.length === 0) rows.push([event.itemId, t('history.added'), '–', '–']);
      for (const change of event.changes)
        rows.push([
          event.itemId,
          change.removedBlock ? t('review.rtl.block-removed', { label: fieldLabel(change.field) }) : fieldLabel(change.field),
          change.before || '–',
          change.after || '–',
        ]);
    }
    blocks.push({
      kind: 'table',
      headers: [t('review.col.item'), t('review.col.field'), t('review.col.before'), t('review.col.after')],
      rows,
    });
  }
  if (history.skipped.length > 0)
    blocks.push({
      kind: 'list',
      items: history.skipped.map((skipped) => ({
        text: t('history.skipped', { commit: skipped.commit.slice(0, 8), path: skipped.path, reason: skipped.reason }),
      })),
    });
  return blocks;
}

export function renderHistory(history: RtlHistory, file: string, format: 'markdown' | 'text'): string {
  const blocks = historyBlocks(history, file);
  return format === 'markdown' ? toMarkdown(blocks) : toText(blocks);
}

/** The trail as Markdown; without `heading`, the body only (the LHTL gives the lampiran its title). */
export function renderHistoryMarkdown(history: RtlHistory, file: string, heading = true): SafeMarkdown {
  const blocks = historyBlocks(history, file);
  return toMarkdown(heading ? blocks : blocks.slice(1));
}
