/**
 * What a roll-up asks git about many unit workspaces, answered with three git processes per
 * repository rather than a few per unit: the HEAD commit, the tracked files and the files changed
 * against HEAD. The repository is found by walking up to a `.git` entry; a folder outside git has
 * no revision and nothing committed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runGit } from './git';

interface RepositoryFacts {
  top: string;
  revision: string;
  tracked: Set<string>;
  changed: Set<string>;
}

function repositoryTop(start: string): string | undefined {
  let folder = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(folder, '.git'))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

export class GitFacts {
  private readonly repositories = new Map<string, Promise<RepositoryFacts | undefined>>();

  private facts(folder: string): Promise<RepositoryFacts | undefined> {
    const top = repositoryTop(folder);
    if (top === undefined) return Promise.resolve(undefined);
    let facts = this.repositories.get(top);
    if (!facts) {
      facts = (async () => {
        try {
          const revision = (await runGit(top, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '')).trim();
          const tracked = new Set((await runGit(top, ['ls-files', '-z'])).split('\0').filter(Boolean));
          const changed =
            revision === ''
              ? new Set<string>()
              : new Set((await runGit(top, ['diff', '--name-only', '-z', 'HEAD'])).split('\0').filter(Boolean));
          return { top, revision, tracked, changed };
        } catch {
          return undefined;
        }
      })();
      this.repositories.set(top, facts);
    }
    return facts;
  }

  /** HEAD's commit id of the repository holding `folder`; '' outside git or before the first commit. */
  async revision(folder: string): Promise<string> {
    return (await this.facts(folder))?.revision ?? '';
  }

  /** Whether `file` (absolute) is tracked and unchanged against HEAD. */
  async isCommitted(file: string): Promise<boolean> {
    const facts = await this.facts(path.dirname(file));
    if (!facts || facts.revision === '') return false;
    const relative = path.relative(facts.top, file).split(path.sep).join('/');
    return facts.tracked.has(relative) && !facts.changed.has(relative);
  }
}
