/**
 * A stable id for an imported row: FNV-1a over the normalised source cells joined by U+001F, two
 * 32-bit lanes (64 bits). Re-importing the same export yields the same ids, so nothing is added
 * twice. A cell is normalised while it is hashed (no string is built); one with a non-ASCII code
 * unit goes through `normaliseCell` — the same code units either way (property-tested). The lanes
 * are kept as int32, the same bits as the unsigned form.
 */
export function fingerprint(cells: readonly string[]): string {
  let low = 0x811c9dc5 | 0;
  let high = 0xcbf29ce4 | 0;
  for (let index = 0; index < cells.length; index++) {
    if (index > 0) {
      low = Math.imul(low ^ 0x1f, PRIME);
      high = Math.imul(high ^ 0x1f ^ (low >>> 7), PRIME);
    }
    // Normalised on the fly; a cell with a non-ASCII code unit is hashed again from the lanes at
    // its start, as `normaliseCell` writes it (which the same loop leaves unchanged).
    const cellLow = low;
    const cellHigh = high;
    let text = cells[index]!;
    for (let pass = 0; pass < 2; pass++) {
      let start = 0;
      let end = text.length;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      let inSpace = false;
      let ascii = true;
      for (let at = start; at < end; at++) {
        let code = text.charCodeAt(at);
        if (code > 0x7f && pass === 0) {
          ascii = false;
          break;
        }
        if (isSpace(code)) {
          inSpace = true;
          continue;
        }
        if (inSpace) {
          low = Math.imul(low ^ 0x20, PRIME);
          high = Math.imul(high ^ 0x20 ^ (low >>> 7), PRIME);
          inSpace = false;
        }
        if (code >= 0x41 && code <= 0x5a) code += 0x20;
        low = Math.imul(low ^ code, PRIME);
        high = Math.imul(high ^ code ^ (low >>> 7), PRIME);
      }
      if (ascii) break;
      low = cellLow;
      high = cellHigh;
      text = normaliseCell(text);
    }
  }
  return `imp-${(high >>> 0).toString(16).padStart(8, '0')}${(low >>> 0).toString(16).padStart(8, '0')}`;
}

const PRIME = 0x01000193;

/** ASCII white space as `\s` and `trim` see it: tab, line feed, vertical tab, form feed, CR, space. */
const isSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** A cell as the fingerprint sees it: trimmed, inner whitespace collapsed, lower case. */
export function normaliseCell(cell: string): string {
  return cell.trim().replace(/\s+/g, ' ').toLowerCase();
}
