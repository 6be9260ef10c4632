/**
 * Completion for the workspace files, without another extension: unsur codes, service codes and
 * profile values where the unit defines them, enum values and keys from the JSON Schemas, and
 * the answer scale, service and profile codes in a responses.csv cell (by its column's header).
 */
import type { FileKind } from '../load/load-workspace';
import { findRuleSet } from '../model/rule-sets';
import type { Unit } from '../model/types';
import { SCHEMAS } from '../validate/schemas';
import type { NamedCode } from './codes';
import { profileValues, serviceCodes, unsurCodes } from './codes';
import { yamlCursor } from './yaml-cursor';

export type CandidateKind = 'unsur' | 'service' | 'profile' | 'enum' | 'key' | 'scale';

export interface Candidate {
  label: string;
  detail: string;
  kind: CandidateKind;
}

type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; title?: string; description?: string };

/** The file kind of a workspace path, or undefined for files the tool does not read as data. */
export function fileKindOf(relative: string): FileKind | 'csv' | undefined {
  if (relative === 'skm.yaml') return 'unit';
  const match = /^periods\/[^/]+\/(period|summary|rtl|responses)\.(yaml|csv)$/.exec(relative);
  if (!match) return undefined;
  if (match[2] === 'csv') return match[1] === 'responses' ? 'csv' : undefined;
  return match[1] as FileKind;
}

/** The sub-schema at a key path (objects' properties, arrays' items). */
export function schemaAt(kind: FileKind, path: readonly string[]): Schema | undefined {
  let node: Schema | undefined = SCHEMAS[kind];
  for (const key of path) {
    while (node?.items) node = node.items;
    node = node?.properties?.[key];
  }
  while (node?.items) node = node.items;
  return node;
}

const named = (codes: NamedCode[], kind: CandidateKind): Candidate[] =>
  codes.map((code) => ({ label: code.code, detail: code.label, kind }));

/** Map keys the unit decides (summary and period files), by the parent path. */
function codeKeys(kind: FileKind, path: readonly string[], unit: Unit): Candidate[] | undefined {
  const last = path.at(-1);
  if (kind === 'summary' && last === 'unsur') return named(unsurCodes(unit), 'unsur');
  if ((kind === 'summary' || kind === 'period') && last === 'byService') return named(serviceCodes(unit), 'service');
  if (kind === 'summary' && path.length === 1 && last === 'profile')
    return unit.profile.map((attribute) => ({ label: attribute.key, detail: attribute.label, kind: 'profile' }));
  if (kind === 'summary' && path.length === 2 && path[0] === 'profile') return named(profileValues(unit, last ?? ''), 'profile');
  return undefined;
}

export function completeYaml(kind: FileKind, text: string, line: number, character: number, unit: Unit | undefined): Candidate[] {
  const cursor = yamlCursor(text, line, character);
  if (cursor.key === undefined) {
    const domain = unit ? codeKeys(kind, cursor.path, unit) : undefined;
    if (domain) return domain;
    const schema = schemaAt(kind, cursor.path);
    return Object.entries(schema?.properties ?? {}).map(([key, property]) => ({
      label: key,
      detail: property.title ?? '',
      kind: 'key' as const,
    }));
  }
  if (unit && cursor.key === 'unsur' && kind === 'rtl') return named(unsurCodes(unit), 'unsur');
  if (unit && (cursor.key === 'service' || cursor.key === 'services') && kind !== 'unit') return named(serviceCodes(unit), 'service');
  const schema = schemaAt(kind, [...cursor.path, cursor.key]);
  return (schema?.enum ?? []).map((value) => ({ label: String(value), detail: schema?.title ?? '', kind: 'enum' as const }));
}

/** Splits a CSV line prefix into its cells (quotes respected): the cursor is in the last one. */
function cellIndex(prefix: string): number {
  let index = 0;
  let quoted = false;
  for (const char of prefix) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) index++;
  }
  return index;
}

export function completeCsv(text: string, line: number, character: number, unit: Unit | undefined): Candidate[] {
  if (!unit || line === 0) return [];
  const lines = text.split('\n');
  const header = (lines[0] ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(',');
  const column = header[cellIndex((lines[line] ?? '').slice(0, character))]?.trim();
  if (!column) return [];
  if (column === 'service') return named(serviceCodes(unit), 'service');
  const unsur = unit.unsur.find((candidate) => candidate.code === column);
  if (unsur) {
    const ruleSet = findRuleSet(unit.ruleSetId);
    const min = ruleSet?.scaleMin ?? 1;
    return unsur.options.map((option, index) => ({ label: String(min + index), detail: option, kind: 'scale' as const }));
  }
  return named(profileValues(unit, column), 'profile');
}

/** The schema's title and description of the key at a line's start (for a hover), if any. */
export function keyDocumentation(
  kind: FileKind,
  text: string,
  line: number,
  character: number,
): { key: string; title: string; description: string } | undefined {
  const lineText = text.split('\n')[line] ?? '';
  const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*)\s*:/.exec(lineText);
  const start = match?.[1]?.length ?? 0;
  if (!match?.[2] || character < start || character > start + match[2].length) return undefined;
  const cursor = yamlCursor(text, line, start);
  const schema = schemaAt(kind, [...cursor.path, match[2]]);
  if (!schema?.title && !schema?.description) return undefined;
  return { key: match[2], title: schema.title ?? match[2], description: schema.description ?? '' };
}
