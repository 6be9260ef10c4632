/** Builders of in-memory test workspaces for the compute tests. */
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import type { Workspace } from '../../src/core/model/types';

export const UNIT_YAML = [
  'unit:',
  '  name: Unit Uji',
  '  city: Samarinda',
  'services:',
  '  - { code: rapat, label: Ruang rapat }',
  '  - { code: arsip, label: Arsip }',
  '',
].join('\n');

export const CODES9 = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

export function periodYaml(label: string, start: string, end: string, extra: string[] = []): string {
  return [`label: ${label}`, `start: ${start}`, `end: ${end}`, ...extra, ''].join('\n');
}

/** A summary.yaml with `respondents` and per-unsur totals (answered = respondents unless given). */
export function summaryYaml(respondents: number, totals: readonly number[], answered?: readonly number[], codes = CODES9): string {
  const lines = [`respondents: ${respondents}`, 'unsur:'];
  totals.forEach((total, index) => lines.push(`  ${codes[index]}: { answered: ${answered?.[index] ?? respondents}, total: ${total} }`));
  return lines.join('\n') + '\n';
}

export interface RowSpec {
  service?: string;
  gender?: string;
  scores: readonly (number | string | null)[];
}

/** A responses.csv with one row per spec (null → empty cell). */
export function responsesCsv(rows: readonly RowSpec[], codes = CODES9): string {
  const header = ['id', 'date', 'service', 'gender', ...codes].join(',');
  const lines = rows.map((row, index) =>
    [
      `r${index + 1}`,
      '2023-02-01',
      row.service ?? '',
      row.gender ?? '',
      ...row.scores.map((score) => (score === null ? '' : String(score))),
    ].join(','),
  );
  return [header, ...lines, ''].join('\n');
}

/** Loads an in-memory workspace from a file map; fails the test when it does not load. */
export function workspaceOf(files: Record<string, string>): Workspace {
  const loaded = loadWorkspace(new MemoryFiles(files));
  if (!loaded.workspace) throw new Error(`workspace did not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.workspace;
}

/** A one-period workspace from a summary (per-unsur totals, everyone answering). */
export function summaryWorkspace(
  respondents: number,
  totals: readonly number[],
  options: { skm?: string; codes?: string[]; answered?: readonly number[] } = {},
): Workspace {
  return workspaceOf({
    'skm.yaml': options.skm ?? UNIT_YAML,
    'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
    'periods/p/summary.yaml': summaryYaml(respondents, totals, options.answered, options.codes),
  });
}
