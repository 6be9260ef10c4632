/**
 * Row counts and per-unsur score totals per value of one text column (a profile attribute, or the
 * time slot without totals), for complete fast-lane rows given by their score code
 * Σ (scoreᵢ − scaleMin) · widthⁱ. Instead of adding every score of a row to its group (nine
 * additions a row per attribute), the code is cut into parts of a few unsur each (at most 256
 * answer combinations per part) and each part's combination is counted: three increments a row
 * for nine unsur on a 1–4 scale. `totals` unfolds the counts into exact integer sums. When the
 * code would not fit 31 bits (many unsur on a wide scale), the scores are added one by one
 * (`addScores`) instead.
 */
const MAX_PART_CELLS = 256;

export class ValueGroups {
  /** Unsur per part, parts per row, cells per part, table entries per value id. */
  readonly partSize: number;
  readonly parts: number;
  readonly cells: number;
  /** Whether rows are counted by their code (`splitCode` + `add`); else by `addScores`. */
  readonly packed: boolean;
  /** Table entries per value id: the row count, then the combination counts. */
  readonly stride: number;
  /** Per value id: the row count, then `parts` × `cells` combination counts. */
  private table = new Uint32Array(0);
  /** Ids the table has room for. */
  private size = 0;

  constructor(
    private readonly unsurCount: number,
    private readonly width: number,
    private readonly scaleMin: number,
    withTotals: boolean,
  ) {
    let partSize = 1;
    while (partSize < unsurCount && width ** (partSize + 1) <= MAX_PART_CELLS) partSize++;
    this.partSize = partSize;
    this.packed = width >= 1 && width ** unsurCount <= 2 ** 31;
    this.parts = withTotals && this.packed ? Math.ceil(unsurCount / partSize) : 0;
    this.cells = width ** partSize;
    this.stride = 1 + (withTotals ? (this.packed ? this.parts * this.cells : unsurCount) : 0);
  }

  /** Cuts a row's code into its part codes (`into[p]`), for `add`. */
  splitCode(code: number, into: Int32Array): void {
    // Only when `packed`: the code is below 2³¹, so integer division.
    const cells = this.cells;
    let rest = code;
    for (let part = 0; part < this.parts; part++) {
      const next = (rest / cells) | 0;
      into[part] = rest - next * cells;
      rest = next;
    }
  }

  /** Counts one complete row with value `id` (≥ 0) and the part codes from `splitCode`. */
  add(id: number, partCodes: Int32Array): void {
    let at = id * this.stride;
    if (at >= this.table.length) this.grow(id);
    const table = this.table;
    table[at]!++;
    at++;
    for (let part = 0; part < this.parts; part++, at += this.cells) table[at + partCodes[part]!]!++;
  }

  /** Adds `counts` (`stride` entries, as this table keeps them: rows, then combinations) to value `id`'s. */
  addCounts(id: number, counts: ArrayLike<number>): void {
    const at = id * this.stride;
    if (at >= this.table.length) this.grow(id);
    for (let index = 0; index < this.stride; index++) this.table[at + index]! += counts[index]!;
  }

  /** Counts one row with value `id` (≥ 0) by its scores (complete, aligned with the unsur); when not `packed`. */
  addScores(id: number, scores: readonly (number | null)[]): void {
    let at = id * this.stride;
    if (at >= this.table.length) this.grow(id);
    const table = this.table;
    table[at]!++;
    if (this.stride === 1) return;
    at++;
    for (let unsur = 0; unsur < this.unsurCount; unsur++) table[at + unsur]! += scores[unsur]!;
  }

  /** Rows counted with value `id`. */
  rows(id: number): number {
    return id < this.size ? this.table[id * this.stride]! : 0;
  }

  /** Ids with at least one row, in increasing order. */
  ids(): number[] {
    const ids: number[] = [];
    for (let id = 0; id < this.size; id++) if (this.table[id * this.stride]! > 0) ids.push(id);
    return ids;
  }

  /** Per-unsur score totals of the rows with value `id` (only with totals). */
  totals(id: number): Float64Array {
    const totals = new Float64Array(this.unsurCount);
    const base = id * this.stride + 1;
    if (!this.packed) {
      for (let unsur = 0; unsur < this.unsurCount && this.stride > 1; unsur++)
        totals[unsur] = id < this.size ? this.table[base + unsur]! : 0;
      return totals;
    }
    for (let part = 0; part < this.parts; part++) {
      const first = part * this.partSize;
      const last = Math.min(this.unsurCount, first + this.partSize);
      for (let cell = 0; cell < this.cells; cell++) {
        const rows = id < this.size ? this.table[base + part * this.cells + cell]! : 0;
        if (rows === 0) continue;
        let rest = cell;
        for (let unsur = first; unsur < last; unsur++) {
          const digit = rest % this.width;
          rest = (rest - digit) / this.width;
          totals[unsur]! += rows * (digit + this.scaleMin);
        }
      }
    }
    return totals;
  }

  /** Forgets every count. */
  clear(): void {
    this.table = new Uint32Array(0);
    this.size = 0;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.size * 2, 8);
    const table = new Uint32Array(size * this.stride);
    table.set(this.table);
    this.table = table;
    this.size = size;
  }
}
