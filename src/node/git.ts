/**
 * The git binary, through `execFile` with argument arrays (never a shell string). Exit status is
 * checked and stderr surfaced; a missing git is reported naming its Debian package. Reading a
 * workspace at a revision costs two processes: `git ls-tree` and one `git cat-file --batch`.
 */
import { execFile, spawn } from 'node:child_process';
import { MemoryFiles } from '../core/load/workspace-files';
import { t } from '../core/text/messages';

export class GitError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing-git' | 'not-a-repository' | 'unknown-revision' | 'failed',
  ) {
    super(message);
  }
}

export function runGit(cwd: string, args: string[], gitPath = 'git'): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(gitPath, args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new GitError(t('git.missing'), 'missing-git'));
      const text = stderr.trim() || error.message;
      if (/not a git repository/i.test(text)) return reject(new GitError(t('git.not-a-repository', { path: cwd }), 'not-a-repository'));
      reject(new GitError(t('git.failed', { detail: text.split('\n')[0] ?? text }), 'failed'));
    });
  });
}

export async function repositoryRoot(cwd: string): Promise<string> {
  return (await runGit(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/** The repository root and whether the clone is shallow, in one `git rev-parse`. */
export async function repositoryFacts(cwd: string): Promise<{ root: string; shallow: boolean }> {
  const [root = '', shallow = ''] = (await runGit(cwd, ['rev-parse', '--show-toplevel', '--is-shallow-repository'])).split('\n');
  return { root: root.trim(), shallow: shallow.trim() === 'true' };
}

/** The full commit id of a revision, or a GitError of kind `unknown-revision`. */
export async function resolveRevision(cwd: string, revision: string): Promise<string> {
  try {
    return (await runGit(cwd, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof GitError && error.kind !== 'failed') throw error;
    throw new GitError(t('git.unknown-revision', { revision }), 'unknown-revision');
  }
}

/** Reads many objects (`<rev>:<path>` or blob ids) in one `git cat-file --batch` process. */
export function catFiles(cwd: string, objects: string[], gitPath = 'git'): Promise<(Buffer | null)[]> {
  return new Promise((resolve, reject) => {
    if (objects.length === 0) return resolve([]);
    const child = spawn(gitPath, ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new GitError(
          error.code === 'ENOENT' ? t('git.missing') : t('git.failed', { detail: error.message }),
          error.code === 'ENOENT' ? 'missing-git' : 'failed',
        ),
      ),
    );
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitError(t('git.failed', { detail: stderr.trim() || `git cat-file: ${code}` }), 'failed'));
      const output = Buffer.concat(chunks);
      const results: (Buffer | null)[] = [];
      let offset = 0;
      for (let index = 0; index < objects.length; index++) {
        const newline = output.indexOf(10, offset);
        const header = output.subarray(offset, newline).toString();
        offset = newline + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          results.push(null);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        results.push(output.subarray(offset, offset + size));
        offset += size + 1;
      }
      resolve(results);
    });
    child.stdin.end(`${objects.join('\n')}\n`);
  });
}

/**
 * The files of the workspace folder `prefix` (relative to the repository root, '' for the root)
 * at `revision`, as an in-memory `WorkspaceFiles` with paths relative to that folder.
 */
export async function workspaceAtRevision(repoRoot: string, revision: string, prefix: string): Promise<MemoryFiles> {
  const listing = await runGit(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', revision, '--', prefix === '' ? '.' : prefix]);
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t');
      const [, type, id] = meta.split(' ');
      return { type, id: id ?? '', path };
    })
    .filter((entry) => entry.type === 'blob' && !/(^|\/)(reports|node_modules)\//.test(entry.path));
  const contents = await catFiles(
    repoRoot,
    entries.map((entry) => entry.id),
  );
  const files = new MemoryFiles({});
  entries.forEach((entry, index) => {
    const content = contents[index];
    const relative = prefix === '' ? entry.path : entry.path.slice(prefix.length + 1);
    if (content) files.set(relative, new Uint8Array(content));
  });
  return files;
}
