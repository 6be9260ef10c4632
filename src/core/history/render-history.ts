/** The RTL audit trail as Markdown (attachable to the LHTL as a lampiran). */
import { escapeMarkdown, table } from '../report/markdown';
import type { RtlHistory } from './rtl-history';

const KIND: Record<string, string> = { added: 'ditambahkan', removed: 'dihapus', changed: 'diubah' };

export function renderHistoryMarkdown(history: RtlHistory, file: string): string {
  const out = [
    `## Riwayat perubahan RTL — ${escapeMarkdown(file)}`,
    '',
    `${history.versions} versi, ${history.events.length} perubahan butir.`,
    '',
  ];
  const ids = [...new Set(history.events.map((event) => event.itemId))].sort();
  for (const id of ids) {
    out.push(`### ${escapeMarkdown(id)}`, '');
    const rows: string[][] = [];
    for (const event of history.events.filter((candidate) => candidate.itemId === id)) {
      const who = `${event.date.slice(0, 10)} · ${event.author} · ${event.commit.slice(0, 8)}`;
      if (event.changes.length === 0) rows.push([who, KIND[event.kind] ?? event.kind, '', '', event.message]);
      for (const change of event.changes)
        rows.push([who, event.kind === 'added' ? 'ditambahkan' : change.field, change.before || '–', change.after || '–', event.message]);
    }
    out.push(table(['Tanggal · penulis · commit', 'Kolom', 'Sebelum', 'Sesudah', 'Pesan commit'], rows), '');
  }
  for (const skipped of history.skipped)
    out.push(`- Versi ${skipped.commit.slice(0, 8)} (${escapeMarkdown(skipped.path)}) dilewati: ${escapeMarkdown(skipped.reason)}`);
  return `${out.join('\n').trimEnd()}\n`;
}
