/**
 * Streaming accumulators. A `ScoreAccumulator` keeps, per unsur, the answered count, the total and
 * the sum of squares, and for every pair of unsur the count, sums and cross-product over the
 * respondents who answered both — enough for NRRs, their variances and the covariance of the
 * per-unsur means, without keeping a single row. Scores are small integers, so every sum is exact
 * and the result does not depend on the order of the rows.
 *
 * Complete rows on a small scale can be counted instead: `addComplete(code)` takes the row as one
 * base-(scale width) number and bumps a histogram of whole answer vectors (4⁹ = 262 144 cells for
 * 14/2017), which `settle()` folds into the sums once at the end. This is what keeps the
 * 1,000,000-row stream cheap; readers call `settle()` (idempotent) before reading. The histogram
 * holds one byte a cell (256 KB, so the pooled and the services' histograms stay in the CPU
 * caches), and a cell's every 256th row is carried into a second, 32-bit table touched that rarely.
 *
 * `PeriodAccumulator` adds the per-service split and the profile counts; it is fed `ResponseRow`s
 * by the in-memory path and by the 1,000,000-row stream alike.
 */
import type { ResponseRow } from '../model/types';

/** Largest histogram (cells) kept per accumulator for `addComplete`. */
export const HISTOGRAM_LIMIT = 1 << 20;

/** Score values 0…POINT_SLOTS−1 counted per unsur in `points` (every rule set's scale fits). */
export const POINT_SLOTS = 16;

export class ScoreAccumulator {
  respondents = 0;
  private histogram: Uint8Array | undefined;
  /** Per cell of `histogram`: how many times it wrapped past 255 (created on the first wrap). */
  private carries: Uint32Array | undefined;
  private histogramRows = 0;
  readonly answered: Float64Array;
  readonly total: Float64Array;
  readonly sumSquares: Float64Array;
  /** Pair (i < j) statistics, indexed by `pairIndex(i, j)`. */
  readonly pairCount: Float64Array;
  readonly pairSumFirst: Float64Array;
  readonly pairSumSecond: Float64Array;
  readonly pairProduct: Float64Array;
  /** Answers per unsur and score value: `points[unsur * POINT_SLOTS + score]` (the aggregate's histogram). */
  readonly points: Float64Array;

  constructor(readonly unsurCount: number) {
    this.points = new Float64Array(unsurCount * POINT_SLOTS);
    this.answered = new Float64Array(unsurCount);
    this.total = new Float64Array(unsurCount);
    this.sumSquares = new Float64Array(unsurCount);
    const pairs = (unsurCount * (unsurCount - 1)) / 2;
    this.pairCount = new Float64Array(pairs);
    this.pairSumFirst = new Float64Array(pairs);
    this.pairSumSecond = new Float64Array(pairs);
    this.pairProduct = new Float64Array(pairs);
  }

  /**
   * Adds a complete row given as `code` = Σ (scoreᵢ − scaleMin) · widthⁱ (unsur 0 least
   * significant). Only valid when `width ** unsurCount ≤ HISTOGRAM_LIMIT`; see `histogramFits`.
   */
  addComplete(code: number, width: number, scaleMin: number): void {
    if (!this.histogram) {
      this.histogram = new Uint8Array(width ** this.unsurCount);
      this.histogramWidth = width;
      this.histogramMin = scaleMin;
    }
    // The prefix increment yields the sum before it is stored modulo 256.
    const rows = ++this.histogram[code]!;
    if (rows === 1) {
      if (!this.carries || this.carries[code] === 0) this.touch(code);
    } else if (rows === 256) this.carry(code);
    this.histogramRows++;
  }

  /** `addComplete` of `rows` rows with the same `code` at once. */
  addCompleteRows(code: number, rows: number, width: number, scaleMin: number): void {
    if (rows === 0) return;
    if (!this.histogram) {
      this.histogram = new Uint8Array(width ** this.unsurCount);
      this.histogramWidth = width;
      this.histogramMin = scaleMin;
    }
    const histogram = this.histogram;
    const before = histogram[code]! + (this.carries ? this.carries[code]! * 256 : 0);
    if (before === 0) this.touch(code);
    const after = before + rows;
    histogram[code] = after % 256;
    if (after >= 256) {
      this.carries ??= new Uint32Array(histogram.length);
      this.carries[code] = Math.floor(after / 256);
    }
    this.histogramRows += rows;
  }

  /** Cells of `histogram` counted since the last `settle`, in the order first counted (`touched` of them). */
  private cells = new Int32Array(0);
  private touched = 0;

  private touch(code: number): void {
    if (this.touched === this.cells.length) {
      const cells = new Int32Array(Math.max(1024, this.cells.length * 2));
      cells.set(this.cells);
      this.cells = cells;
    }
    this.cells[this.touched++] = code;
  }

  private carry(code: number): void {
    this.carries ??= new Uint32Array(this.histogram!.length);
    this.carries[code]!++;
  }

  private histogramWidth = 0;
  private histogramMin = 0;

  /** Folds the histogram of complete rows into the sums; call before reading any statistic. */
  settle(): this {
    const histogram = this.histogram;
    if (!histogram || this.histogramRows === 0) return this;
    const count = this.unsurCount;
    const scores = new Array<number>(count).fill(0);
    const carries = this.carries;
    // Only the cells counted are visited (the histogram has 4⁹ cells, a small file touches few).
    for (let cell = 0; cell < this.touched; cell++) {
      const code = this.cells[cell]!;
      const rows = histogram[code]! + (carries ? carries[code]! * 256 : 0);
      histogram[code] = 0;
      let rest = code;
      for (let index = 0; index < count; index++) {
        scores[index] = (rest % this.histogramWidth) + this.histogramMin;
        rest = Math.floor(rest / this.histogramWidth);
      }
      this.respondents += rows;
      let pair = 0;
      for (let first = 0; first < count; first++) {
        const a = scores[first]!;
        this.answered[first]! += rows;
        this.total[first]! += rows * a;
        this.sumSquares[first]! += rows * a * a;
        if (a >= 0 && a < POINT_SLOTS) this.points[first * POINT_SLOTS + a]! += rows;
        for (let second = first + 1; second < count; second++, pair++) {
          const b = scores[second]!;
          this.pairCount[pair]! += rows;
          this.pairSumFirst[pair]! += rows * a;
          this.pairSumSecond[pair]! += rows * b;
          this.pairProduct[pair]! += rows * a * b;
        }
      }
    }
    this.touched = 0;
    this.carries = undefined;
    this.histogramRows = 0;
    return this;
  }

  /** Index of the pair (i, j), i < j, in the pair arrays. */
  pairIndex(first: number, second: number): number {
    return first * this.unsurCount - (first * (first + 1)) / 2 + (second - first - 1);
  }

  /** Adds one respondent's scores (null = not answered or invalid), aligned with the unit's unsur. */
  add(scores: readonly (number | null)[]): void {
    this.respondents++;
    const count = this.unsurCount;
    let pair = 0;
    for (let first = 0; first < count; first++) {
      const a = scores[first];
      if (a === null || a === undefined) {
        pair += count - first - 1;
        continue;
      }
      this.answered[first]! += 1;
      this.total[first]! += a;
      this.sumSquares[first]! += a * a;
      if (a >= 0 && a < POINT_SLOTS) this.points[first * POINT_SLOTS + a]! += 1;
      for (let second = first + 1; second < count; second++, pair++) {
        const b = scores[second];
        if (b === null || b === undefined) continue;
        this.pairCount[pair]! += 1;
        this.pairSumFirst[pair]! += a;
        this.pairSumSecond[pair]! += b;
        this.pairProduct[pair]! += a * b;
      }
    }
  }
}

/** Answers of the respondents sharing one profile value (per-attribute IKM breakdowns). */
export interface GroupSums {
  respondents: number;
  answered: Float64Array;
  total: Float64Array;
}

/** Counts per value of one profile attribute. */
export interface ProfileCounter {
  counts: Map<string, number>;
  unknown: number;
}

export class PeriodAccumulator {
  readonly pooled: ScoreAccumulator;
  readonly byService = new Map<string, ScoreAccumulator>();
  /** Respondents with no service code. */
  withoutService = 0;

  /** Folds every histogram into its sums; idempotent. */
  settle(): this {
    this.pooled.settle();
    for (const accumulator of this.byService.values()) accumulator.settle();
    return this;
  }

  /** The accumulator of a service, created on first use. */
  service(code: string): ScoreAccumulator {
    let accumulator = this.byService.get(code);
    if (!accumulator) {
      accumulator = new ScoreAccumulator(this.unsurCount);
      this.byService.set(code, accumulator);
    }
    return accumulator;
  }
  readonly profile = new Map<string, ProfileCounter>();
  /** Per profile key, per value: the answers of that group. */
  readonly groups = new Map<string, Map<string, GroupSums>>();
  readonly time: ProfileCounter = { counts: new Map(), unknown: 0 };

  constructor(
    readonly unsurCount: number,
    readonly profileKeys: readonly string[],
  ) {
    this.pooled = new ScoreAccumulator(unsurCount);
    for (const key of profileKeys) this.profile.set(key, { counts: new Map(), unknown: 0 });
  }

  add(row: ResponseRow): void {
    this.addScores(row.scores, row.service);
    this.profileKeys.forEach((key, index) => {
      const value = row.profile[key];
      this.countProfile(index, value);
      if (value) this.addGroup(index, value, row.scores);
    });
    this.countTime(row.time);
  }

  /** One respondent's scores, pooled and under its service (none when undefined or empty). */
  addScores(scores: readonly (number | null)[], service: string | undefined): void {
    this.pooled.add(scores);
    if (service) {
      this.service(service).add(scores);
    } else {
      this.withoutService++;
    }
  }

  /** Counts one value of the profile attribute at `index` in `profileKeys` (undefined/empty = unknown). */
  countProfile(index: number, value: string | undefined): void {
    const key = this.profileKeys[index];
    if (key !== undefined) count(this.profile.get(key)!, value);
  }

  countTime(value: string | undefined): void {
    count(this.time, value);
  }

  /** The answer sums of one profile value, created on first use. */
  group(index: number, value: string): GroupSums {
    const key = this.profileKeys[index] ?? '';
    let byValue = this.groups.get(key);
    if (!byValue) {
      byValue = new Map();
      this.groups.set(key, byValue);
    }
    let sums = byValue.get(value);
    if (!sums) {
      sums = { respondents: 0, answered: new Float64Array(this.unsurCount), total: new Float64Array(this.unsurCount) };
      byValue.set(value, sums);
    }
    return sums;
  }

  private addGroup(index: number, value: string, scores: readonly (number | null)[]): void {
    const sums = this.group(index, value);
    sums.respondents++;
    for (let unsur = 0; unsur < this.unsurCount; unsur++) {
      const score = scores[unsur];
      if (score === null || score === undefined) continue;
      sums.answered[unsur]! += 1;
      sums.total[unsur]! += score;
    }
  }

  /** Adds `times` to the count of one profile value (index in `profileKeys`; -1 = the time slot). */
  countProfileValue(index: number, value: string | undefined, times: number): void {
    const counter = index < 0 ? this.time : this.profile.get(this.profileKeys[index] ?? '');
    if (!counter) return;
    if (value === undefined || value === '') counter.unknown += times;
    else counter.counts.set(value, (counter.counts.get(value) ?? 0) + times);
  }
}

/** Whether complete rows of `unsurCount` answers on a scale of `width` values fit a histogram. */
export function histogramFits(width: number, unsurCount: number): boolean {
  return width ** unsurCount <= HISTOGRAM_LIMIT;
}

function count(counter: ProfileCounter, value: string | undefined): void {
  if (value === undefined || value === '') {
    counter.unknown++;
    return;
  }
  counter.counts.set(value, (counter.counts.get(value) ?? 0) + 1);
}
