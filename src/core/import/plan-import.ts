/**
 * The editor-free import API. `planImport` maps the source's header onto the unit's fields and
 * explains the mapping (for the CLI to print and the editor to confirm); `RowImporter` then
 * converts each row. The Node layer (src/node/import-file.ts) streams the rows and writes the
 * results atomically.
 */
import type { Period, Unit } from '../model/types';
import { t } from '../text/messages';
import type { ColumnMapping, Field } from './column-mapping';
import { mapColumns } from './column-mapping';

export interface ImportPlan {
  mapping: ColumnMapping[];
  /** Unsur with no column: their answers will be empty (reported, not guessed). */
  missingUnsur: string[];
  /** Human-readable lines describing the mapping, in the current language. */
  lines: string[];
}

export function planImport(header: string[], unit: Unit, _period: Period, explicit: Record<string, Field> = {}): ImportPlan {
  const mapping = mapColumns(header, unit, explicit);
  const mapped = new Set(mapping.map((column) => column.field));
  const missingUnsur = unit.unsur.filter((unsur) => !mapped.has(`unsur:${unsur.code}`)).map((unsur) => unsur.code);
  const lines = [t('import.mapping.header')];
  for (const column of mapping) {
    const header = column.header.length > 60 ? `${column.header.slice(0, 57)}…` : column.header;
    let target: string;
    if (column.field) target = `${column.field} (${column.reason === 'explicit' ? 'mapping' : column.score.toFixed(2)})`;
    else if (column.reason === 'ambiguous') target = t('import.mapping.ambiguous', { candidates: (column.candidates ?? []).join(' / ') });
    else if (column.reason === 'duplicate') target = t('import.mapping.duplicate', { field: (column.candidates ?? []).join('') });
    else if (column.reason === 'explicit') target = 'ignore (mapping)';
    else target = t('import.mapping.unmatched');
    lines.push(`  ${String(column.index + 1).padStart(2)}. ${header} → ${target}`);
  }
  if (missingUnsur.length > 0) lines.push(t('import.missing-unsur', { codes: missingUnsur.join(', ') }));
  return { mapping, missingUnsur, lines };
}
