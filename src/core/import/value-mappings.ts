/**
 * The value mappings an import applied (`Laki-laki` → `L`, `Sangat sesuai` → `4`, `4,0` → `4`),
 * counted per field, for the dry run and the summary to show every one of them.
 */
import { t } from '../text/messages';

/** Distinct mappings remembered per field; the rest are counted. */
const PER_FIELD_LIMIT = 50;

export class ValueMappings {
  private readonly fields = new Map<string, Map<string, { to: string; count: number }>>();
  private readonly overflow = new Map<string, number>();

  add(field: string, from: string, to: string): void {
    let entries = this.fields.get(field);
    if (!entries) this.fields.set(field, (entries = new Map<string, { to: string; count: number }>()));
    const entry = entries.get(from);
    if (entry) entry.count++;
    else if (entries.size < PER_FIELD_LIMIT) entries.set(from, { to, count: 1 });
    else this.overflow.set(field, (this.overflow.get(field) ?? 0) + 1);
  }

  get size(): number {
    let size = 0;
    for (const entries of this.fields.values()) size += entries.size;
    return size;
  }

  /** `[field, from, to, rows]` in the order first seen. */
  entries(): [string, string, string, number][] {
    return [...this.fields].flatMap(([field, entries]) =>
      [...entries].map(([from, { to, count }]) => [field, from, to, count] as [string, string, string, number]),
    );
  }

  /** Lines for the terminal: a header, then one line per mapping. */
  lines(): string[] {
    if (this.fields.size === 0) return [t('import.values.none')];
    const lines = [t('import.values.header')];
    for (const [field, from, to, count] of this.entries())
      lines.push(`  ${field}: "${from}" → ${to} (${t('import.values.rows', { count })})`);
    for (const [field, count] of this.overflow) lines.push(`  ${field}: ${t('import.values.more', { count })}`);
    return lines;
  }
}
