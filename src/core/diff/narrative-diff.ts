/**
 * What changed in a narrative Markdown file, paragraph by paragraph (a paragraph = lines between
 * blank lines, joined): the longest common subsequence of paragraphs, and each run of removed /
 * added paragraphs as one hunk. Whole paragraphs are kept; the renderer shortens them.
 */
export interface NarrativeHunk {
  before: string[];
  after: string[];
}

export interface NarrativeChange {
  file: string;
  status: 'added' | 'removed' | 'changed';
  hunks: NarrativeHunk[];
}

/** Paragraphs: runs of lines between blank lines; a list item or a heading starts a new one. */
export function paragraphs(text: string): string[] {
  const result: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) result.push(current.join(' '));
    current = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') flush();
    else {
      if (/^([-*+]|\d+[.)]|#{1,6})\s/.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return result;
}

/** Paragraph hunks between two texts; an LCS over at most a few hundred paragraphs. */
export function paragraphHunks(before: string, after: string): NarrativeHunk[] {
  const left = paragraphs(before);
  const right = paragraphs(after);
  // lengths[i][j] = LCS of left[i..] and right[j..]
  const lengths = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i--)
    for (let j = right.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = left[i] === right[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  const hunks: NarrativeHunk[] = [];
  let current: NarrativeHunk | undefined;
  const flush = (): void => {
    if (current) hunks.push(current);
    current = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && left[i] === right[j]) {
      flush();
      i++;
      j++;
    } else if (j < right.length && (i === left.length || (lengths[i]?.[j + 1] ?? 0) >= (lengths[i + 1]?.[j] ?? 0))) {
      current ??= { before: [], after: [] };
      current.after.push(right[j++] ?? '');
    } else {
      current ??= { before: [], after: [] };
      current.before.push(left[i++] ?? '');
    }
  }
  flush();
  return hunks;
}

/** Changes of the narrative files between two maps of path → text. */
export function narrativeChanges(before: Map<string, string>, after: Map<string, string>): NarrativeChange[] {
  const files = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: NarrativeChange[] = [];
  for (const file of files) {
    const left = before.get(file);
    const right = after.get(file);
    if (left === right) continue;
    const hunks = paragraphHunks(left ?? '', right ?? '');
    if (hunks.length === 0 && left !== undefined && right !== undefined) continue; // whitespace only
    changes.push({ file, status: left === undefined ? 'added' : right === undefined ? 'removed' : 'changed', hunks });
  }
  return changes;
}
