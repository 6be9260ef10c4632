/**
 * Every place an unsur or service code is used as a code (not in prose): its definition in
 * skm.yaml, `unsur:`/`service:` values, map keys of summaries and populations, responses.csv
 * headers (unsur) and service cells, narrative variables (`{{ nrr.U3 }}`). Rename is these places
 * rewritten at once.
 */
import type { Range } from '../model/diagnostic';
import { t } from '../text/messages';
import type { CodeKind } from './codes';
import { CODE_PATTERN } from './codes';
import { fileKindOf } from './completion';
import { parentKeys } from './yaml-cursor';

export interface TextFile {
  file: string;
  text: string;
}

export interface CodeLocation {
  file: string;
  range: Range;
  /** True for the code's definition in skm.yaml. */
  definition: boolean;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const range = (line: number, start: number, length: number): Range => ({
  start: { line, column: start },
  end: { line, column: start + length },
});

/** The section of skm.yaml that defines codes of a kind. */
const DEFINING_SECTION: Record<CodeKind, string> = { unsur: 'unsur', service: 'services' };
/** Map keys that are codes of a kind, by their parent key. */
const KEY_PARENTS: Record<CodeKind, string[]> = { unsur: ['unsur'], service: ['byService'] };

function yamlLocations(file: TextFile, code: string, kind: CodeKind): CodeLocation[] {
  const found: CodeLocation[] = [];
  const lines = file.text.split('\n');
  const isUnit = file.file === 'skm.yaml';
  const token = escape(code);
  const valueKeys = kind === 'unsur' ? 'unsur' : 'service';
  const value = new RegExp(`(^|[\\s{,-])(${isUnit ? 'code' : valueKeys})\\s*:\\s*["']?(${token})["']?(?=\\s*($|[,}#]))`, 'g');
  const key = new RegExp(`^(\\s*)(${token})\\s*:`);
  lines.forEach((text, line) => {
    const keyMatch = key.exec(text);
    if (keyMatch && !isUnit) {
      const parents = parentKeys(lines, line, keyMatch[1]?.length ?? 0);
      if (KEY_PARENTS[kind].includes(parents.at(-1) ?? ''))
        found.push({ file: file.file, range: range(line, keyMatch[1]?.length ?? 0, code.length), definition: false });
    }
    for (const match of text.matchAll(value)) {
      const column = (match.index ?? 0) + (match[0].lastIndexOf(code) ?? 0);
      if (isUnit) {
        const indent = /^\s*(?:-\s+)?/.exec(text)?.[0].length ?? 0;
        if (parentKeys(lines, line, indent)[0] !== DEFINING_SECTION[kind]) continue;
      }
      found.push({ file: file.file, range: range(line, column, code.length), definition: isUnit });
    }
  });
  return found;
}

function csvLocations(file: TextFile, code: string, kind: CodeKind): CodeLocation[] {
  const lines = file.text.split('\n');
  const header = (lines[0] ?? '')
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split(',');
  const bom = lines[0]?.startsWith('\uFEFF') ? 1 : 0;
  const offsetOf = (cells: string[], index: number): number => cells.slice(0, index).reduce((sum, cell) => sum + cell.length + 1, 0);
  if (kind === 'unsur') {
    const index = header.indexOf(code);
    return index < 0 ? [] : [{ file: file.file, range: range(0, bom + offsetOf(header, index), code.length), definition: false }];
  }
  const column = header.indexOf('service');
  if (column < 0) return [];
  const found: CodeLocation[] = [];
  for (let line = 1; line < lines.length; line++) {
    const text = lines[line] ?? '';
    // Cells before the service column are plain (id, date, time); a quote there means a row we
    // do not rewrite by position.
    const cells = text.split(',');
    if (cells.slice(0, column).some((cell) => cell.includes('"'))) continue;
    if (cells[column]?.replace(/\r$/, '') === code)
      found.push({ file: file.file, range: range(line, offsetOf(cells, column), code.length), definition: false });
  }
  return found;
}

function markdownLocations(file: TextFile, code: string, kind: CodeKind): CodeLocation[] {
  if (kind !== 'unsur') return [];
  const found: CodeLocation[] = [];
  const pattern = new RegExp(`\\{\\{\\s*[A-Za-z]+\\.(${escape(code)})\\s*\\}\\}`, 'g');
  file.text.split('\n').forEach((text, line) => {
    for (const match of text.matchAll(pattern)) {
      found.push({
        file: file.file,
        range: range(line, (match.index ?? 0) + match[0].indexOf(`.${code}`) + 1, code.length),
        definition: false,
      });
    }
  });
  return found;
}

/** Every use of `code` (of `kind`) in the files, definition first, in file order. */
export function findCodeLocations(files: readonly TextFile[], code: string, kind: CodeKind): CodeLocation[] {
  const found: CodeLocation[] = [];
  for (const file of [...files].sort((a, b) => (a.file === 'skm.yaml' ? -1 : b.file === 'skm.yaml' ? 1 : a.file.localeCompare(b.file)))) {
    if (file.file.endsWith('.md')) found.push(...markdownLocations(file, code, kind));
    else if (fileKindOf(file.file) === 'csv') found.push(...csvLocations(file, code, kind));
    else if (fileKindOf(file.file)) found.push(...yamlLocations(file, code, kind));
  }
  return found;
}

export interface RenamePlan {
  edits: { file: string; range: Range; newText: string }[];
  /** Set when the rename cannot be done (invalid or taken name); nothing is edited then. */
  error?: string;
}

/** The edits renaming `code` to `newName` everywhere, as one change, or why it cannot be done. */
export function planRename(
  files: readonly TextFile[],
  code: string,
  kind: CodeKind,
  newName: string,
  taken: readonly string[],
): RenamePlan {
  if (!CODE_PATTERN.test(newName)) return { edits: [], error: t('editing.rename.invalid', { name: newName }) };
  if (newName !== code && taken.includes(newName)) return { edits: [], error: t('editing.rename.taken', { name: newName }) };
  const locations = findCodeLocations(files, code, kind);
  if (!locations.some((location) => location.definition)) return { edits: [], error: t('editing.rename.no-definition', { code }) };
  return { edits: locations.map((location) => ({ file: location.file, range: location.range, newText: newName })) };
}
