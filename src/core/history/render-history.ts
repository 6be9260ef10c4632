/** The RTL audit trail as Markdown (attachable to the LHTL as a lampiran). */
import { mdText } from '../report/escape';
import { table } from '../report/markdown';
import { joinSafe, mdt, trimSafe } from '../report/safe';
import type { SafeMarkdown } from '../report/safe';
import type { RtlHistory } from './rtl-history';

const KIND: Record<string, string> = { added: 'ditambahkan', removed: 'dihapus', changed: 'diubah' };

/** The history's body; `heading` adds the `## Riwayat perubahan RTL — file` title first. */
export function renderHistoryMarkdown(history: RtlHistory, file: string, heading = true): SafeMarkdown {
  const out: SafeMarkdown[] = heading ? [mdt`## Riwayat perubahan RTL — ${mdText(file)}`, mdt``] : [];
  out.push(mdt`${history.versions} versi, ${history.events.length} perubahan butir.`, mdt``);
  const ids = [...new Set(history.events.map((event) => event.itemId))].sort();
  for (const id of ids) {
    out.push(mdt`### ${mdText(id)}`, mdt``);
    const rows: string[][] = [];
    for (const event of history.events.filter((candidate) => candidate.itemId === id)) {
      const who = `${event.date.slice(0, 10)} · ${event.author} · ${event.commit.slice(0, 8)}`;
      if (event.changes.length === 0) rows.push([who, KIND[event.kind] ?? event.kind, '', '', event.message]);
      for (const change of event.changes)
        rows.push([who, event.kind === 'added' ? 'ditambahkan' : change.field, change.before || '–', change.after || '–', event.message]);
    }
    out.push(table(['Tanggal · penulis · commit', 'Kolom', 'Sebelum', 'Sesudah', 'Pesan commit'], rows), mdt``);
  }
  for (const skipped of history.skipped)
    out.push(mdt`- Versi ${mdText(skipped.commit.slice(0, 8))} (${mdText(skipped.path)}) dilewati: ${mdText(skipped.reason)}`);
  return mdt`${trimSafe(joinSafe(out))}\n`;
}
