/**
 * The lint of one workspace with every responses.csv streamed — what `skm lint` prints, what
 * `skm build` marks its report with, what a roll-up's report check compares against, and (over a
 * revision's files in memory) each side of `skm diff`.
 */
import * as path from 'node:path';
import type { RawStatistics } from '../core/compute/compute-core';
import { applyOverrides, lintLoaded } from '../core/lint/lint-workspace';
import type { LintResult } from '../core/lint/lint-workspace';
import { loadWorkspace } from '../core/load/load-workspace';
import type { WorkspaceFiles } from '../core/load/workspace-files';
import type { Diagnostic } from '../core/model/diagnostic';
import { compareDiagnostics } from '../core/model/diagnostic';
import { FsFiles } from './fs-files';
import { headerOnlyFiles, headerOnlyView, responseFiles, responseFilesOf } from './header-only-files';
import { streamResponses } from './stream-responses';
import type { ByteSource } from './stream-responses';

/**
 * Lints one workspace. Every responses.csv, whatever its size, is read by streaming
 * (`streamResponses`): the loader sees its header only, the rows pass once through the scanner,
 * which gathers the statistics the rules compute with and runs the row-level rules, so the
 * findings are those of the in-memory lint of the same files.
 */
export function lintRoot(root: string): Diagnostic[] {
  const csvFiles = responseFiles(root);
  const fsFiles = new FsFiles(root);
  const files: WorkspaceFiles = csvFiles.length === 0 ? fsFiles : headerOnlyFiles(root, csvFiles);
  return lintStreamed(files, root, csvFiles, (file) => path.join(root, file)).diagnostics;
}

/**
 * The same lint over any files read whole (a revision read from git, or a working tree for
 * `skm diff`): the responses.csv files are streamed from their bytes, which are handed back in
 * `streamed` (file → bytes). The result has the loaded workspace — without the rows of a streamed
 * responses.csv — and each period's result from the streamed statistics.
 */
export function lintFiles(inner: WorkspaceFiles, root: string): { lint: LintResult; streamed: ReadonlyMap<string, Uint8Array> } {
  const csvFiles = responseFilesOf(inner);
  const bytes = new Map<string, Uint8Array | undefined>();
  const read = (file: string): Uint8Array | undefined => {
    if (!bytes.has(file)) {
      const content = inner.read(file);
      bytes.set(file, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    }
    return bytes.get(file);
  };
  const files = csvFiles.length === 0 ? inner : headerOnlyView(inner, csvFiles, read);
  const streamed = new Map<string, Uint8Array>();
  const lint = lintStreamed(files, root, csvFiles, (file) => {
    const content = read(file);
    if (content !== undefined) streamed.set(file, content);
    return content;
  });
  return { lint, streamed };
}

/** The lint over `files` (the CSVs of `csvFiles` cut to their header) with those CSVs streamed from `source`. */
function lintStreamed(
  files: WorkspaceFiles,
  root: string,
  csvFiles: readonly string[],
  source: (file: string) => ByteSource | undefined,
): LintResult {
  const loaded = loadWorkspace(files, root);
  const workspace = loaded.workspace;
  if (!workspace) return lintLoaded(loaded, files);
  const statistics = new Map<string, RawStatistics>();
  const streamedFiles = new Set<string>();
  const streamed: Diagnostic[] = [];
  for (const period of workspace.periods) {
    const file = period.responses?.file;
    // Only files listed inside the workspace (never a link leading out of it) are streamed.
    if (!file || !csvFiles.includes(file) || files.outside(file)) continue;
    const bytes = source(file);
    if (bytes === undefined) continue;
    const outcome = streamResponses(bytes, file, workspace.unit, period);
    statistics.set(period.id, outcome.raw);
    streamedFiles.add(file);
    streamed.push(...outcome.diagnostics);
  }
  // The loader read only the header of a streamed file: its diagnostics come from the stream.
  loaded.diagnostics = loaded.diagnostics.filter((diagnostic) => !streamedFiles.has(diagnostic.file));
  const result = lintLoaded(loaded, files, statistics);
  result.diagnostics = [...result.diagnostics, ...applyOverrides(streamed, workspace.unit.ruleOverrides)].sort(compareDiagnostics);
  return result;
}
