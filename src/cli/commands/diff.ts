/**
 * `skm diff <rev-a> [rev-b] [path] [--format markdown|json]`: the review summary between two
 * revisions (rev-b omitted = the working tree) of the workspace at `path` (default: the current
 * folder's workspace).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diffWorkspaces } from '../../core/diff/diff-workspaces';
import { renderDiffMarkdown } from '../../core/diff/render-diff';
import { lintWorkspace } from '../../core/lint/lint-workspace';
import { FsFiles, findWorkspaceRoot } from '../../node/fs-files';
import { GitError, repositoryRoot, resolveRevision, workspaceAtRevision } from '../../node/git';
import { parseArgs } from '../args';
import { EXIT, UserError } from '../io';
import type { Command } from './command';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Ringkasan perubahan antara dua revisi git / review summary between two revisions',
  usage: 'skm diff <rev-a> [rev-b] [folder-ruang-kerja/workspace-folder] [--format markdown|json]',
  async run(argv, io) {
    const args = parseArgs(argv, { valued: ['format'] });
    const format = args.flags['format'] ?? 'markdown';
    if (format !== 'markdown' && format !== 'json') throw new UserError(this.usage);
    const positionals = [...args.positionals];
    const last = positionals.at(-1);
    const folderArgument =
      positionals.length >= 2 && last !== undefined && fs.existsSync(path.resolve(io.cwd, last)) ? positionals.pop() : undefined;
    const [revA, revB] = positionals;
    if (!revA || positionals.length > 2) throw new UserError(this.usage);
    const start = path.resolve(io.cwd, folderArgument ?? '.');
    try {
      const repo = await repositoryRoot(fs.existsSync(start) && fs.statSync(start).isDirectory() ? start : path.dirname(start));
      const workspaceRoot = findWorkspaceRoot(start) ?? start;
      const prefix = path.relative(repo, workspaceRoot).split(path.sep).join('/');
      const commitA = await resolveRevision(repo, revA);
      const before = lintWorkspace(await workspaceAtRevision(repo, commitA, prefix), { root: workspaceRoot });
      let after;
      if (revB) after = lintWorkspace(await workspaceAtRevision(repo, await resolveRevision(repo, revB), prefix), { root: workspaceRoot });
      else after = lintWorkspace(new FsFiles(workspaceRoot), { root: workspaceRoot });
      const diff = diffWorkspaces(before, after);
      const title = `${revA} → ${revB ?? 'working tree'}`;
      io.stdout(
        format === 'json' ? `${JSON.stringify({ from: revA, to: revB ?? null, ...diff }, null, 2)}\n` : renderDiffMarkdown(diff, title),
      );
      if (!before.loaded.workspace) io.stderr(`peringatan: tidak ada skm.yaml pada ${revA} / no skm.yaml at ${revA}\n`);
      return diff.lint.introduced.length > 0 || !before.loaded.workspace ? EXIT.problems : EXIT.ok;
    } catch (error) {
      if (error instanceof GitError) throw new UserError(error.message);
      throw error;
    }
  },
};
