/**
 * One unit workspace on disk → its aggregate rows (docs/aggregate.md), with the facts only the
 * file system and git know: the revision, a content hash of the inputs, and whether the committed
 * Laporan SKM is current (the `skm build --check` comparison) and committed.
 *
 * Every responses.csv is streamed (`streamResponses`, the path of `skm compute` and `skm lint`):
 * the loader sees its header only, the figures come from the scanner's statistics and the content
 * hash is read in 1 MB pieces, so memory does not grow with the file. Only the report comparison
 * needs the rows themselves (the Laporan SKM lists saran and respondents): it loads the period in
 * memory, and only when a committed report exists to compare with.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAggregate } from '../core/aggregate/build-aggregate';
import type { AggregateRow } from '../core/aggregate/schema';
import { loadWorkspace } from '../core/load/load-workspace';
import type { LoadedWorkspace } from '../core/load/load-workspace';
import type { Period } from '../core/model/types';
import type { Diagnostic } from '../core/model/diagnostic';
import { buildReport, REPORT_FILES } from '../core/report/build-report';
import { concernsPeriod, reviewForPeriod } from '../core/report/review';
import { REPORT_LOCALE, withLocale } from '../core/text/messages';
import type { RawStatistics } from '../core/compute/compute-core';
import { FsFiles } from './fs-files';
import { GitFacts } from './git-facts';
import { headerOnlyFiles, responseFiles } from './header-only-files';
import { lintRoot } from './lint-root';
import { streamResponses } from './stream-responses';
import { nodeCrypto } from './lazy-crypto';

export interface UnitAggregate {
  root: string;
  unit: string;
  loaded: LoadedWorkspace;
  rows: AggregateRow[];
}

/** sha256 over skm.yaml and every file of the period folder, in path order (path, NUL, bytes). */
export function contentHashOf(files: FsFiles, listed: readonly string[], period: Period, unitFile: string): string {
  const hash = nodeCrypto().createHash('sha256');
  const paths = listed.filter((file) => file === unitFile || file.startsWith(`${period.folder}/`)).sort();
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  for (const file of paths) {
    hash.update(file);
    hash.update('\0');
    if (files.outside(file)) continue;
    let handle: number;
    try {
      handle = fs.openSync(path.join(files.root, file), 'r');
    } catch {
      continue;
    }
    try {
      for (let read = fs.readSync(handle, buffer); read > 0; read = fs.readSync(handle, buffer)) hash.update(buffer.subarray(0, read));
    } finally {
      fs.closeSync(handle);
    }
  }
  return hash.digest('hex');
}

/** 'current' | 'stale' | 'missing' | 'uncommitted' for the period's Laporan SKM under reports/. */
async function reportStatus(
  root: string,
  inMemory: () => LoadedWorkspace,
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
  const loaded = inMemory();
  if (!loaded.workspace) return 'stale';
  const built = buildReport({ workspace: loaded.workspace, periodId: period.id, kind: 'skm', texts: loaded.texts, review });
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
  const csvFiles = responseFiles(root);
  const loaded = loadWorkspace(csvFiles.length === 0 ? files : headerOnlyFiles(root, csvFiles), root);
  // The whole workspace in memory, only for comparing a committed report (read once, when asked).
  let full: LoadedWorkspace | undefined;
  const inMemory = (): LoadedWorkspace => (full ??= csvFiles.length === 0 ? loaded : loadWorkspace(files, root));
  // The findings a build marks its report with, in the report's language (the streamed lint of
  // `skm lint`); linted once, when needed.
  let linted: readonly Diagnostic[] | undefined;
  const findings = (): readonly Diagnostic[] => (linted ??= withLocale(REPORT_LOCALE, () => lintRoot(root)));
  const unit = options.unit ?? path.basename(path.resolve(root));
  const workspace = loaded.workspace;
  if (!workspace) return { root, unit, loaded, rows: [] };
  const periods = options.periodId === undefined ? workspace.periods : workspace.periods.filter((period) => period.id === options.periodId);
  // Stream every responses.csv the periods read (inside the workspace only); its findings replace
  // the loader's, which saw the header alone.
  const statistics = new Map<string, RawStatistics>();
  const streamedFiles = new Set<string>();
  const streamed: Diagnostic[] = [];
  for (const period of periods) {
    const file = period.responses?.file;
    if (!file || !csvFiles.includes(file) || files.outside(file)) continue;
    const outcome = streamResponses(path.join(root, file), file, workspace.unit);
    statistics.set(period.id, outcome.raw);
    streamedFiles.add(file);
    streamed.push(...outcome.diagnostics);
  }
  loaded.diagnostics = [...loaded.diagnostics.filter((diagnostic) => !streamedFiles.has(diagnostic.file)), ...streamed];
  const revision = await git.revision(root);
  const rows: AggregateRow[] = [];
  const listed = files.list();
  for (const period of periods) {
    const report = await reportStatus(root, inMemory, period, git, findings);
    rows.push(
      ...buildAggregate(workspace, period.id, {
        unit,
        revision,
        contentHash: contentHashOf(files, listed, period, workspace.unit.file),
        report,
        statistics,
      }),
    );
  }
  return { root, unit, loaded, rows };
}
