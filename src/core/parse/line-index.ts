import type { Position, Range } from '../model/diagnostic';

/** Maps string offsets to zero-based line/column positions (binary search over line starts). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) === 10) this.lineStarts.push(index + 1);
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: clamped - (this.lineStarts[low] ?? 0) };
  }

  /** The offset of a zero-based position (clamped to the text). */
  offset(position: Position): number {
    const start = this.lineStarts[position.line];
    if (start === undefined) return this.text.length;
    return Math.min(start + position.column, this.text.length);
  }

  /**
   * A range from two offsets, clipped to the first line so that a diagnostic never spans a whole
   * block (a value node of a map would otherwise run to its last line).
   */
  range(startOffset: number, endOffset: number): Range {
    const start = this.position(startOffset);
    let end = this.position(Math.max(startOffset, endOffset));
    if (end.line !== start.line) {
      const lineEnd = this.lineEnd(start.line);
      end = { line: start.line, column: Math.max(start.column + 1, lineEnd) };
    }
    if (end.column === start.column) end = { line: start.line, column: start.column + 1 };
    return { start, end };
  }

  lineEnd(line: number): number {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end - start;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
