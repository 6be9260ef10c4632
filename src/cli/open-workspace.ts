/** Shared by the commands: find and load the workspace, and resolve a period argument. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace } from '../core/load/load-workspace';
import type { LoadedWorkspace } from '../core/load/load-workspace';
import type { WorkspaceFiles } from '../core/load/workspace-files';
import type { Period, Workspace } from '../core/model/types';
import { FsFiles, findWorkspaceRoot } from '../node/fs-files';
import { t } from '../core/text/messages';
import { UserError } from './io';

export interface OpenedWorkspace {
  root: string;
  loaded: LoadedWorkspace;
  workspace: Workspace;
}

/** How a command sees the files of a workspace root (default: as they are on disk). */
export type FilesAt = (root: string) => WorkspaceFiles;

/** Loads the workspace containing `start` (a folder or a file inside it). */
export function openWorkspace(start: string, filesAt: FilesAt = (root) => new FsFiles(root)): OpenedWorkspace {
  const root = findWorkspaceRoot(start);
  if (!fsExists(start)) throw new UserError(t('cli.path-missing', { path: start }));
  if (!root) throw new UserError(t('cli.no-workspace', { path: start }));
  const loaded = loadWorkspace(filesAt(root), root);
  if (!loaded.workspace) throw new UserError(t('cli.unreadable-workspace', { path: root }));
  return { root, loaded, workspace: loaded.workspace };
}

/**
 * A period argument is a period folder (`samples/x/periods/2023-s1`), a file inside one, or a
 * period id together with the current folder's workspace. Returns the workspace and the period.
 */
export function openPeriod(argument: string | undefined, cwd: string, filesAt?: FilesAt): OpenedWorkspace & { period: Period } {
  const target = path.resolve(cwd, argument ?? '.');
  // Something that looks like a path (a separator, a leading dot) must exist; a bare word may be
  // a period id of the current folder's workspace.
  if (argument !== undefined && !fsExists(target) && (/[\\/]/.test(argument) || argument.startsWith('.') || !findWorkspaceRoot(cwd)))
    throw new UserError(t('cli.path-missing', { path: argument }));
  const opened = openWorkspace(fsExists(target) ? target : cwd, filesAt);
  const relative = path.relative(opened.root, target).split(path.sep).join('/');
  const match = /^periods\/([^/]+)/.exec(relative);
  // A path at or inside the workspace but outside periods/ means the latest period; anything else
  // that is not a path is taken as a period id.
  const insideWorkspace = fsExists(target) && !relative.startsWith('..');
  const id = match?.[1] ?? (insideWorkspace ? opened.workspace.periods.at(-1)?.id : argument);
  const period = opened.workspace.periods.find((candidate) => candidate.id === id);
  if (!period) {
    const known = opened.workspace.periods.map((candidate) => candidate.id).join(', ') || '—';
    throw new UserError(t('cli.period-missing', { period: argument ?? '', known }));
  }
  return { ...opened, period };
}

function fsExists(target: string): boolean {
  return fs.existsSync(target);
}
