/**
 * YAML text → plain value + the positions of every node. Syntax problems become diagnostics;
 * nothing here throws. Alias expansion is capped so an alias bomb costs nothing; nesting depth and
 * length are checked first (`yaml-limits.ts`) so no file can drive a recursion past a fixed bound.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Diagnostic, Range } from '../model/diagnostic';
import { t } from '../text/messages';
import { stripBom } from './decode-text';
import { LineIndex } from './line-index';
import { checkYamlLimits } from './yaml-limits';

export const MAX_ALIAS_COUNT = 100;
/** Syntax errors reported per file; the rest are counted in one more diagnostic. */
export const MAX_SYNTAX_DIAGNOSTICS = 50;

export interface ParsedYaml {
  file: string;
  text: string;
  document: Document.Parsed;
  lines: LineIndex;
  /** The plain JS value; `undefined` when the document could not be turned into data. */
  value: unknown;
  diagnostics: Diagnostic[];
}

export type YamlPath = ReadonlyArray<string | number>;

export function parseYaml(file: string, rawText: string): ParsedYaml {
  const text = stripBom(rawText);
  const lines = new LineIndex(text);
  const limitHit = checkYamlLimits(text);
  if (limitHit) {
    // Not composed at all: the composer's recursion follows the nesting we just refused.
    const code = limitHit.kind === 'depth' ? 'yaml.too-deep' : 'yaml.too-large';
    const diagnostic: Diagnostic = {
      code,
      severity: 'error',
      message: t(code, { limit: limitHit.limit }),
      file,
      range: lines.range(limitHit.offset, limitHit.offset + 1),
    };
    return { file, text, document: parseDocument(''), lines, value: undefined, diagnostics: [diagnostic] };
  }
  const document = withoutStackTraces(() => parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true }));
  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors.slice(0, MAX_SYNTAX_DIAGNOSTICS)) {
    const [start, end] = error.pos;
    diagnostics.push({
      code: error.code === 'DUPLICATE_KEY' ? 'yaml.duplicate-key' : error.code === 'TAB_AS_INDENT' ? 'yaml.tab' : 'yaml.syntax',
      severity: 'error',
      message:
        error.code === 'TAB_AS_INDENT'
          ? t('yaml.tab')
          : error.code === 'DUPLICATE_KEY'
            ? t('yaml.duplicate-key', { key: text.slice(start, end).trim() || '?' })
            : t('yaml.syntax', { message: firstLine(error.message) }),
      file,
      range: lines.range(start, end),
    });
  }
  if (document.errors.length > MAX_SYNTAX_DIAGNOSTICS) {
    // A file of thousands of broken quotes says the same thing thousands of times: once is enough.
    const last = diagnostics[diagnostics.length - 1]!;
    const count = document.errors.length - MAX_SYNTAX_DIAGNOSTICS;
    diagnostics.push({ ...last, message: t('diagnostics.more', { count, code: 'YAML' }), data: { more: count } });
  }
  let value: unknown;
  if (document.errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      diagnostics.push({
        code: 'yaml.alias-bomb',
        severity: 'error',
        message: t('yaml.alias-bomb', { limit: MAX_ALIAS_COUNT }),
        file,
        range: lines.range(0, lines.lineEnd(0)),
      });
    }
  }
  if (text.trim() === '') {
    diagnostics.push({ code: 'file.empty', severity: 'error', message: t('file.empty'), file, range: lines.range(0, 1) });
  }
  return { file, text, document, lines, value, diagnostics };
}

/**
 * Runs `parse` with stack capture off: the `yaml` library makes an Error object per syntax error,
 * and a broken file of 100 KB yields tens of thousands of them, each capturing a stack that is
 * never shown. Their messages and positions are all we use.
 */
function withoutStackTraces<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

interface Located {
  pair?: Pair;
  node?: Node;
  /** How many path segments were found; less than the path's length when walking stopped early. */
  depth: number;
}

/** Finds the node at `path`, stopping at the deepest existing ancestor. */
export function locate(parsed: ParsedYaml, path: YamlPath): Located {
  let node: unknown = parsed.document.contents;
  let pair: Pair | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else {
      break;
    }
    depth++;
  }
  const result: Located = { depth };
  if (pair) result.pair = pair;
  if (node && typeof node === 'object' && 'range' in node) result.node = node as Node;
  return result;
}

/**
 * The range to underline for `path`: the key for `target: 'key'` (unknown or missing keys), the
 * value otherwise; an existing ancestor's key when the path does not exist. Never runs to the
 * end of the file: block values are clipped to their first line.
 */
export function rangeOf(parsed: ParsedYaml, path: YamlPath, target: 'key' | 'value' = 'value'): Range {
  const located = locate(parsed, path);
  const complete = located.depth === path.length;
  const keyNode = located.pair && isPair(located.pair) ? (located.pair.key as Node | null) : null;
  if ((target === 'key' || !complete) && keyNode?.range) {
    return parsed.lines.range(keyNode.range[0], keyNode.range[1]);
  }
  const node = located.node;
  if (node?.range) {
    const [start, valueEnd] = node.range;
    if (isScalar(node) || !keyNode?.range) return parsed.lines.range(start, valueEnd);
    // A map or sequence value: point at its key instead of the whole block.
    return parsed.lines.range(keyNode.range[0], keyNode.range[1]);
  }
  return parsed.lines.range(0, Math.max(1, parsed.lines.lineEnd(0)));
}
