/**
 * A stable id for an imported row: FNV-1a over the normalised source cells, two 32-bit lanes
 * (64 bits). Re-importing the same export yields the same ids, so nothing is added twice.
 */
export function fingerprint(cells: readonly string[], normalise: (cell: string) => string = normaliseCell): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  const text = cells.map(normalise).join('\u001f');
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code ^ (low >>> 7), 0x01000193) >>> 0;
  }
  return `imp-${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}

/** A cell as the fingerprint sees it: trimmed, inner whitespace collapsed, lower case. */
export function normaliseCell(cell: string): string {
  return cell.trim().replace(/\s+/g, ' ').toLowerCase();
}
