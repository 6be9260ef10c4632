/**
 * `skm diff <rev-a> [rev-b] [path] [--format markdown|json]`: the review summary between two
 * revisions (rev-b omitted = the working tree) of the workspace at `path` (default: the current
 * folder's workspace).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diffWorkspaces } from '../../core/diff/diff-workspaces';
import type { RespondentSources } from '../../core/diff/diff-workspaces';
import { renderDiff } from '../../core/diff/render-diff';
import { recordsSide } from '../../core/diff/response-records';
import type { LintResult } from '../../core/lint/lint-workspace';
import type { WorkspaceFiles } from '../../core/load/workspace-files';
import { FsFiles, findWorkspaceRoot } from '../../node/fs-files';
import { lintFiles } from '../../node/lint-root';
import { GitError, repositoryRoot, resolveRevision, workspaceAtRevision } from '../../node/git';
import { stringFlag } from '../args';
import { t } from '../../core/text/messages';
import { EXIT, UserError } from '../io';
import type { Command } from './command';

/**
 * One side of the review: its lint with every responses.csv streamed from its bytes, and each
 * such period's respondents as raw records (decoded only where the two sides differ).
 */
function reviewSide(files: WorkspaceFiles, root: string): { lint: LintResult; respondents: NonNullable<RespondentSources['before']> } {
  const { lint, streamed } = lintFiles(files, root);
  const unit = lint.loaded.workspace?.unit;
  return {
    lint,
    respondents: (period) => {
      const file = period.responses?.file;
      const bytes = file === undefined ? undefined : streamed.get(file);
      return unit && file && bytes ? recordsSide(file, bytes, unit) : undefined;
    },
  };
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'cli.diff.summary',
  synopsis: 'cli.diff.synopsis',
  details: 'cli.diff.details',
  options: {
    format: { type: 'string', values: ['markdown', 'json', 'text'], default: 'markdown', help: 'cli.opt.format' },
  },
  async run(args, io) {
    const format = stringFlag(args, 'format') ?? 'markdown';
    const positionals = [...args.positionals];
    const last = positionals.at(-1);
    const folderArgument =
      positionals.length >= 2 && last !== undefined && fs.existsSync(path.resolve(io.cwd, last)) ? positionals.pop() : undefined;
    const [revA, revB] = positionals;
    if (!revA) throw new UserError(t('cli.missing-argument', { argument: 'rev-a' }));
    if (positionals.length > 2) throw new UserError(t('cli.extra-arguments', { extra: positionals.slice(2).join(' ') }));
    const start = path.resolve(io.cwd, folderArgument ?? '.');
    try {
      const repo = await repositoryRoot(fs.existsSync(start) && fs.statSync(start).isDirectory() ? start : path.dirname(start));
      const workspaceRoot = findWorkspaceRoot(start) ?? start;
      const prefix = path.relative(repo, workspaceRoot).split(path.sep).join('/');
      const commitA = await resolveRevision(repo, revA);
      const left = reviewSide(await workspaceAtRevision(repo, commitA, prefix), workspaceRoot);
      const right = reviewSide(
        revB ? await workspaceAtRevision(repo, await resolveRevision(repo, revB), prefix) : new FsFiles(workspaceRoot),
        workspaceRoot,
      );
      const before = left.lint;
      const diff = diffWorkspaces(before, right.lint, { before: left.respondents, after: right.respondents });
      const range = `${revA} → ${revB ?? t('review.working-tree')}`;
      io.stdout(
        format === 'json'
          ? `${JSON.stringify({ from: revA, to: revB ?? null, ...diff }, null, 2)}\n`
          : renderDiff(diff, range, format === 'text' ? 'text' : 'markdown'),
      );
      if (!before.loaded.workspace) io.stderr(`${t('cli.no-unit-at', { revision: revA })}\n`);
      const newErrors = diff.lint.introduced.some((finding) => finding.severity === 'error');
      return newErrors || !before.loaded.workspace ? EXIT.problems : EXIT.ok;
    } catch (error) {
      if (error instanceof GitError) throw new UserError(error.message);
      throw error;
    }
  },
};
