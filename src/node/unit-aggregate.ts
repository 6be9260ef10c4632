/**
 * One unit workspace on disk → its aggregate rows (docs/aggregate.md), with the facts only the
 * file system and git know: the revision, a content hash of the inputs, and whether the committed
 * Laporan SKM is current (the `skm build --check` comparison) and committed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAggregate } from '../core/aggregate/build-aggregate';
import type { AggregateRow } from '../core/aggregate/schema';
import { loadWorkspace } from '../core/load/load-workspace';
import type { LoadedWorkspace } from '../core/load/load-workspace';
import type { Period } from '../core/model/types';
import { lintLoaded } from '../core/lint/lint-workspace';
import type { Diagnostic } from '../core/model/diagnostic';
import { buildReport, REPORT_FILES } from '../core/report/build-report';
import { concernsPeriod, reviewForPeriod } from '../core/report/review';
import { REPORT_LOCALE, withLocale } from '../core/text/messages';
import { FsFiles } from './fs-files';
import { GitFacts } from './git-facts';

export interface UnitAggregate {
  root: string;
  unit: string;
  loaded: LoadedWorkspace;
  rows: AggregateRow[];
}

/** sha256 over skm.yaml and every file of the period folder, in path order (path, NUL, bytes). */
export function contentHashOf(files: FsFiles, listed: readonly string[], period: Period, unitFile: string): string {
  const hash = createHash('sha256');
  const paths = listed.filter((file) => file === unitFile || file.startsWith(`${period.folder}/`)).sort();
  for (const file of paths) {
    hash.update(file);
    hash.update('\0');
    hash.update(files.read(file) ?? new Uint8Array());
  }
  return hash.digest('hex');
}

/** 'current' | 'stale' | 'missing' | 'uncommitted' for the period's Laporan SKM under reports/. */
async function reportStatus(
  root: string,
  loaded: LoadedWorkspace,
  period: Period,
  git: GitFacts,
  findings: () => readonly Diagnostic[],
): Promise<string> {
  const file = path.join(root, 'reports', period.id, REPORT_FILES.skm);
  let committed: Buffer;
  try {
    committed = fs.readFileSync(file);
  } catch {
    return 'missing';
  }
  // Built as `skm build` builds it: with the marks its open findings put on it.
  const review = reviewForPeriod(
    findings().filter((diagnostic) => concernsPeriod(diagnostic, period)),
    period,
    false,
  );
  const built = buildReport({ workspace: loaded.workspace!, periodId: period.id, kind: 'skm', texts: loaded.texts, review });
  if (!committed.equals(Buffer.from(built.markdown, 'utf8'))) return 'stale';
  return (await git.isCommitted(file)) ? 'current' : 'uncommitted';
}

/**
 * Aggregates a workspace: every period, or the one named. The unit id defaults to the folder
 * name. Returns undefined rows (empty) when skm.yaml cannot be read; the diagnostics say why.
 */
export async function aggregateUnit(
  root: string,
  options: { periodId?: string; unit?: string; git?: GitFacts } = {},
): Promise<UnitAggregate> {
  const git = options.git ?? new GitFacts();
  const files = new FsFiles(root);
  const loaded = loadWorkspace(files, root);
  // The findings a build marks its report with, in the report's language; linted once, when needed.
  let linted: readonly Diagnostic[] | undefined;
  const findings = (): readonly Diagnostic[] =>
    (linted ??= withLocale(REPORT_LOCALE, () => lintLoaded(loadWorkspace(files, root), files).diagnostics));
  const unit = options.unit ?? path.basename(path.resolve(root));
  const workspace = loaded.workspace;
  if (!workspace) return { root, unit, loaded, rows: [] };
  const revision = await git.revision(root);
  const periods = options.periodId === undefined ? workspace.periods : workspace.periods.filter((period) => period.id === options.periodId);
  const rows: AggregateRow[] = [];
  const listed = files.list();
  for (const period of periods) {
    const report = await reportStatus(root, loaded, period, git, findings);
    rows.push(
      ...buildAggregate(workspace, period.id, {
        unit,
        revision,
        contentHash: contentHashOf(files, listed, period, workspace.unit.file),
        report,
      }),
    );
  }
  return { root, unit, loaded, rows };
}
