/**
 * The bounds a YAML file must stay within before it is handed to the `yaml` composer, whose
 * recursion (and ours over its nodes) follows the nesting of the file: a few thousand nested
 * levels would overflow the stack, and tens of thousands take seconds. The check runs the
 * `yaml` lexer (a flat state machine, no recursion) and stops at the first token past a limit,
 * so a hostile file costs no more than the part of it read before the limit.
 */
import { Lexer } from 'yaml';

/** Nesting of collections (block and flow together); SKM files need fewer than 10. */
export const MAX_YAML_DEPTH = 64;
/** Characters in one YAML file; large response sets belong in responses.csv. */
export const MAX_YAML_LENGTH = 1024 * 1024;

export interface YamlLimitHit {
  kind: 'depth' | 'length';
  /** Offset of the token where the limit was passed. */
  offset: number;
  limit: number;
}

/** Tokens the lexer emits that stand for no source text. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

interface OpenCollection {
  column: number;
  kind: 'map' | 'seq';
}

/**
 * The first place `text` passes a limit, or `undefined`. Block depth is estimated from the
 * indicator columns (`-`, `?`, `key:`) the way YAML nests them: a deeper collection always sits
 * further right, except a sequence that is the value of a key in the same column. The estimate
 * never undercounts the composer's nesting, so a file that passes cannot overflow it.
 */
export function checkYamlLimits(text: string): YamlLimitHit | undefined {
  if (text.length > MAX_YAML_LENGTH) return { kind: 'length', offset: MAX_YAML_LENGTH, limit: MAX_YAML_LENGTH };
  const blocks: OpenCollection[] = [];
  let flowDepth = 0;
  let offset = 0;
  let lineStart = 0;
  // Column of the first token of a possible implicit key on this line (block context only).
  let keyColumn = -1;
  let afterScalarMarker = false;
  const open = (column: number, kind: OpenCollection['kind']): void => {
    while (blocks.length > 0) {
      const top = blocks[blocks.length - 1]!;
      if (top.column > column || (top.column === column && top.kind === 'seq' && kind === 'map')) blocks.pop();
      else break;
    }
    const top = blocks[blocks.length - 1];
    if (!top || top.column !== column || top.kind !== kind) blocks.push({ column, kind });
  };
  for (const token of new Lexer().lex(text)) {
    const tokenOffset = offset;
    if (!MARKERS.has(token)) offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (newline !== -1) lineStart = tokenOffset + newline + 1;
    if (afterScalarMarker) {
      // The scalar's own source: never an indicator, whatever characters it holds.
      afterScalarMarker = false;
      continue;
    }
    const column = tokenOffset - lineStart;
    let hitOffset = tokenOffset;
    switch (token) {
      case '\u001f':
        afterScalarMarker = true;
        if (flowDepth === 0 && keyColumn === -1) keyColumn = offset - lineStart;
        continue;
      case '\n':
      case '\r\n':
        keyColumn = -1;
        continue;
      case '\u0018':
        // The lexer ended an unclosed flow collection (a line indented too little): block context again.
        flowDepth = 0;
        continue;
      case '---':
      case '...':
        blocks.length = 0;
        flowDepth = 0;
        continue;
      case '[':
      case '{':
        if (flowDepth === 0 && keyColumn === -1) keyColumn = column;
        flowDepth++;
        break;
      case ']':
      case '}':
        flowDepth = Math.max(0, flowDepth - 1);
        continue;
      case '-':
        if (flowDepth === 0) {
          open(column, 'seq');
          keyColumn = -1;
        }
        break;
      case '?':
        if (flowDepth === 0) {
          open(column, 'map');
          keyColumn = -1;
        }
        break;
      case ':':
        if (flowDepth === 0) {
          // The map is located at its key, not at the colon.
          hitOffset = lineStart + (keyColumn === -1 ? column : keyColumn);
          open(hitOffset - lineStart, 'map');
          keyColumn = -1;
        }
        break;
      default:
        if (flowDepth === 0 && keyColumn === -1 && (token.startsWith('"') || token.startsWith("'") || token.startsWith('*'))) {
          keyColumn = column;
        }
        continue;
    }
    if (blocks.length + flowDepth > MAX_YAML_DEPTH) return { kind: 'depth', offset: hitOffset, limit: MAX_YAML_DEPTH };
  }
  return undefined;
}
