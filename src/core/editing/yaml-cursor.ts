/**
 * Where the cursor is in a YAML file, from the text alone (it works while the file is half
 * typed and does not parse): the chain of parent keys, the key being edited or valued, and the
 * word typed so far. Indentation decides the parents; sequence items (`- key: …`) and one level
 * of flow mapping (`{ code: x, label: … }`) are understood.
 */
export interface YamlCursor {
  /** Parent keys, outermost first (sequence positions are skipped). */
  path: string[];
  /** The key whose value is being typed, or undefined when a key is being typed. */
  key: string | undefined;
  /** The word typed so far (a partial key or value). */
  prefix: string;
}

const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w.-]*)\s*:(?:\s|$)/;

/** The column where a line's key starts (after indentation and `- `), or -1 for no key. */
function keyColumn(line: string): { column: number; key: string } | undefined {
  const match = KEY_LINE.exec(line);
  if (!match?.[2]) return undefined;
  return { column: line.indexOf(match[2], match[1]?.length ?? 0), key: match[2] };
}

/** The parent keys of a line whose content starts at `column`. */
export function parentKeys(lines: readonly string[], line: number, column: number): string[] {
  const parents: string[] = [];
  let limit = column;
  for (let index = line - 1; index >= 0 && limit > 0; index--) {
    const text = lines[index] ?? '';
    if (/^\s*(#|$)/.test(text)) continue;
    const found = keyColumn(text);
    if (found && found.column < limit) {
      parents.unshift(found.key);
      limit = found.column;
    } else if (!found) {
      const indent = /^\s*/.exec(text)?.[0].length ?? 0;
      if (indent < limit && !text.trimStart().startsWith('-')) limit = indent;
    }
  }
  return parents;
}

export function yamlCursor(text: string, line: number, character: number): YamlCursor {
  const lines = text.split('\n');
  const before = (lines[line] ?? '').slice(0, character);
  const contentColumn = /^\s*(?:-\s+)?/.exec(before)?.[0].length ?? 0;
  const path = parentKeys(lines, line, contentColumn);
  const flow = /\{([^{}]*)$/.exec(before);
  if (flow) {
    // Inside `{ … }`: the owner key of the mapping is the line's key, if any.
    const owner = keyColumn(before.slice(0, flow.index));
    if (owner) path.push(owner.key);
    const inner = flow[1] ?? '';
    const valued = /(?:^|,)\s*([A-Za-z_][\w.-]*)\s*:\s*([^,]*)$/.exec(inner);
    if (valued) return { path, key: valued[1], prefix: (valued[2] ?? '').trim() };
    return { path, key: undefined, prefix: /([\w.-]*)$/.exec(inner)?.[1] ?? '' };
  }
  const valued = /^\s*(?:-\s+)?([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(before);
  if (valued) return { path, key: valued[1], prefix: (valued[2] ?? '').replace(/^["'[]/, '').trim() };
  return { path, key: undefined, prefix: /([\w.-]*)$/.exec(before)?.[1] ?? '' };
}
