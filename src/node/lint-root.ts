/**
 * The lint of one workspace on disk with every responses.csv streamed — what `skm lint` prints,
 * what `skm build` marks its report with, and what a roll-up's report check compares against.
 */
import * as path from 'node:path';
import type { RawStatistics } from '../core/compute/compute-core';
import { applyOverrides, lintLoaded } from '../core/lint/lint-workspace';
import { loadWorkspace } from '../core/load/load-workspace';
import type { WorkspaceFiles } from '../core/load/workspace-files';
import type { Diagnostic } from '../core/model/diagnostic';
import { compareDiagnostics } from '../core/model/diagnostic';
import { FsFiles } from './fs-files';
import { headerOnlyFiles, responseFiles } from './header-only-files';
import { streamResponses } from './stream-responses';

/**
 * Lints one workspace. Every responses.csv, whatever its size, is read by streaming
 * (`streamResponses`): the loader sees its header only, the rows pass once through the scanner,
 * which gathers the statistics the rules compute with and runs the row-level rules, so the
 * findings are those of the in-memory lint of the same files.
 */
export function lintRoot(root: string): Diagnostic[] {
  const fsFiles = new FsFiles(root);
  const csvFiles = responseFiles(root);
  const files: WorkspaceFiles = csvFiles.length === 0 ? fsFiles : headerOnlyFiles(root, csvFiles);
  const loaded = loadWorkspace(files, root);
  const workspace = loaded.workspace;
  if (!workspace) return lintLoaded(loaded, files).diagnostics;
  const statistics = new Map<string, RawStatistics>();
  const streamedFiles = new Set<string>();
  const streamed: Diagnostic[] = [];
  for (const period of workspace.periods) {
    const file = period.responses?.file;
    // Only files listed inside the workspace (never a link leading out of it) are streamed.
    if (!file || !csvFiles.includes(file) || fsFiles.outside(file)) continue;
    const outcome = streamResponses(path.join(root, file), file, workspace.unit, period);
    statistics.set(period.id, outcome.raw);
    streamedFiles.add(file);
    streamed.push(...outcome.diagnostics);
  }
  // The loader read only the header of a streamed file: its diagnostics come from the stream.
  loaded.diagnostics = loaded.diagnostics.filter((diagnostic) => !streamedFiles.has(diagnostic.file));
  const { diagnostics } = lintLoaded(loaded, files, statistics);
  return [...diagnostics, ...applyOverrides(streamed, workspace.unit.ruleOverrides)].sort(compareDiagnostics);
}
