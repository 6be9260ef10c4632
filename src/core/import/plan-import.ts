/**
 * The editor-free import API. `planImport` maps the source's header onto the unit's fields and
 * explains the mapping (for the CLI to print and the editor to confirm); `RowImporter` then
 * converts each row. The Node layer (src/node/import-file.ts) streams the rows and writes the
 * results atomically.
 *
 * A plan is `blocked` when a column of the questionnaire cannot be mapped with certainty: a
 * column ambiguous between two fields, two columns on one field, or an unsur with no column
 * (its answers would all be empty and the IKM wrong). A blocked import writes nothing; the user
 * decides with `--map COLUMN=CODE`.
 */
import type { Period, Unit } from '../model/types';
import { t } from '../text/messages';
import type { ColumnMapping, Field } from './column-mapping';
import { mapColumns } from './column-mapping';

export interface ImportPlan {
  mapping: ColumnMapping[];
  /** Unsur with no column. */
  missingUnsur: string[];
  /** Why the import must stop before writing (empty when it may go on), in the current language. */
  blocked: string[];
  /** Human-readable lines describing the mapping, in the current language. */
  lines: string[];
}

/** A field as the user writes it in `--map` (`U3`, `gender`, `date`, `ignore`). */
export function shortField(field: string): string {
  return field.replace(/^(unsur|profile):/, '');
}

export function planImport(header: string[], unit: Unit, _period: Period, explicit: Record<string, Field> = {}): ImportPlan {
  const mapping = mapColumns(header, unit, explicit);
  const mapped = new Set(mapping.map((column) => column.field));
  const missingUnsur = unit.unsur.filter((unsur) => !mapped.has(`unsur:${unsur.code}`)).map((unsur) => unsur.code);
  const lines = [t('import.mapping.header')];
  for (const column of mapping) {
    const header = column.header.length > 60 ? `${column.header.slice(0, 57)}…` : column.header;
    const candidates = (column.candidates ?? []).map(shortField).join(' / ');
    let target: string;
    if (column.field) target = `${column.field} (${column.reason === 'explicit' ? 'mapping' : column.score.toFixed(2)})`;
    else if (column.reason === 'ambiguous') target = t('import.mapping.ambiguous', { candidates });
    else if (column.reason === 'duplicate') target = t('import.mapping.duplicate', { field: candidates });
    else if (column.reason === 'explicit') target = 'ignore (mapping)';
    else if (candidates !== '') target = t('import.mapping.unmatched-near', { candidates });
    else target = t('import.mapping.unmatched');
    lines.push(`  ${String(column.index + 1).padStart(2)}. ${header} → ${target}`);
  }
  const uncertain = mapping.filter((column) => column.reason === 'ambiguous' || column.reason === 'duplicate');
  const blocked: string[] = [];
  if (uncertain.length > 0) blocked.push(t('import.stopped', { count: uncertain.length, example: uncertain[0]?.header ?? '' }));
  if (missingUnsur.length > 0) blocked.push(t('import.stopped.missing', { codes: missingUnsur.join(', '), first: missingUnsur[0] ?? '' }));
  return { mapping, missingUnsur, blocked, lines };
}
