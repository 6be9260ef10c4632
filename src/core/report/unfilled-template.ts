/**
 * Template text left unfilled in a narrative: placeholders copied from a circulating template and
 * never replaced (seed 001's conclusion: "… pada unsur karena beberapa alasan, yaitu: . nihil").
 * Returns each leftover with its offset so lint can point at it and the report can mark it.
 */
import { VARIABLE_PATTERN } from './variables';

export interface UnfilledText {
  offset: number;
  length: number;
  text: string;
}

const PLACEHOLDER_WORDS = '(?:isi|diisi|isikan|tulis|tuliskan|sebutkan|masukkan|nama|tanggal|jumlah|nilai|unsur|x+|_+|\\.{2,}|…)';

const NOT_A_VARIABLE = new RegExp(`^${VARIABLE_PATTERN.source}$`);

const PATTERNS: readonly { pattern: RegExp; keep?: (text: string) => boolean }[] = [
  // Ellipses and dotted leaders where a value belongs.
  { pattern: /…|\.{3,}/g },
  // [isi], [nama unit], [NAMA UNIT], [...], [] — not a link, image or footnote.
  { pattern: new RegExp(`(?<!!)\\[\\s*(?:${PLACEHOLDER_WORDS}[^\\]\\n]*)?\\](?![(\\[:])`, 'gi') },
  { pattern: /(?<!!)\[[A-Z][A-Z ]{2,}\](?![([:])/g },
  // <isi>, <nama unit>: angle-bracket placeholders.
  { pattern: new RegExp(`<\\s*${PLACEHOLDER_WORDS}(?:\\s[^<>\\n]*)?>`, 'gi') },
  // xxx, XXXX, and blanks drawn with underscores inside a line of text.
  { pattern: /\b[xX]{3,}\b/g },
  { pattern: /(?<=\S[^\S\n]*)_{3,}|_{3,}(?=[^\S\n]*\S)/g },
  // {{ }} or {{ nama unit }}: braces that are not a variable (unknown variables have their own rule).
  { pattern: /\{\{[^{}\n]*\}\}/g, keep: (text) => !NOT_A_VARIABLE.test(text) },
  // A list item whose text starts with punctuation: its first words were deleted ("- . nihil").
  { pattern: /(?<=^[^\S\n]*(?:[-*+]|\d+[.)])[^\S\n]+)[.,;:](?=\s)/gm },
  // "pada unsur karena …": the unsur's name was never written in.
  { pattern: /\bunsur(?=[^\S\n]+karena\b)/gi },
];

/** Every leftover placeholder in `text`, in order of offset, without overlaps. */
export function findUnfilledTemplate(text: string): UnfilledText[] {
  const found: UnfilledText[] = [];
  for (const { pattern, keep } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (keep && !keep(match[0])) continue;
      found.push({ offset: match.index ?? 0, length: match[0].length, text: match[0] });
    }
  }
  found.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const result: UnfilledText[] = [];
  for (const item of found) {
    const last = result.at(-1);
    if (!last || item.offset >= last.offset + last.length) result.push(item);
  }
  return result;
}
