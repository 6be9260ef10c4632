/**
 * The audit trail of one RTL file from git: ONE `git rev-parse` (root, shallow), ONE `git log
 * --follow -z --name-status` (renames followed, paths verbatim) and ONE `git cat-file --batch` for
 * all versions, then the pure `rtlHistory`.
 * This is the API an editor view calls as well as `skm history`.
 */
import * as path from 'node:path';
import { rtlHistory } from '../core/history/rtl-history';
import type { RtlHistory, RtlVersion } from '../core/history/rtl-history';
import { catFiles, repositoryFacts, runGit } from './git';

export interface RtlHistoryResult extends RtlHistory {
  /** Path of the file relative to the repository root (at HEAD). */
  file: string;
  /** The repository root. */
  root: string;
  /** True when the clone is shallow, so older history may be missing. */
  shallow: boolean;
}

/**
 * Reads the history of `file` (absolute, or relative to `cwd`). `itemId` limits it to one item.
 * Throws `GitError` for a missing git, a folder outside a repository, or a file git never saw.
 */
export async function readRtlHistory(options: { cwd: string; file: string; itemId?: string }): Promise<RtlHistoryResult> {
  const absolute = path.resolve(options.cwd, options.file);
  const { root, shallow } = await repositoryFacts(path.dirname(absolute));
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  // -z: paths come verbatim (a path with a non-ASCII character, a tab or a quote is not quoted).
  const log = await runGit(root, ['log', '--follow', '-z', '--format=%x1e%H%x1f%an%x1f%aI%x1f%s', '--name-status', '--', relative]);
  const versions: RtlVersion[] = [];
  for (const record of log.split('\x1e').filter((part) => part.trim() !== '')) {
    const headerEnd = record.indexOf('\0');
    const headline = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [commit = '', author = '', date = '', message = ''] = headline.split('\x1f');
    // After the header: the status, then its path (a rename or copy: the old and the new path).
    const fields =
      headerEnd === -1
        ? []
        : record
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0');
    const at = fields.findIndex((field) => /^[ACDMRT]\d*$/.test(field));
    const status = at === -1 ? '' : fields[at]!;
    const changePath = at === -1 ? '' : (fields[at + (/^[RC]/.test(status) ? 2 : 1)] ?? relative);
    versions.push({ commit, author, date, message, path: changePath, text: status.startsWith('D') ? null : '' });
  }
  versions.reverse();
  const wanted = versions.filter((version) => version.text !== null);
  const blobs = await catFiles(
    root,
    wanted.map((version) => `${version.commit}:${version.path}`),
  );
  wanted.forEach((version, index) => {
    const blob = blobs[index];
    version.text = blob ? blob.toString('utf8') : null;
  });
  return { ...rtlHistory(versions, options.itemId), file: relative, root, shallow };
}
