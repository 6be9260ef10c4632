/**
 * Exact rational numbers on BigInt, for the few figures whose value decides something printed: a
 * grade band, a template's 3-decimal rounding, a percentage's last digit. Binary doubles cannot
 * do this (0,11 × 3,05 is 0,33549999… as a double, so rounding it gives 0,335, not ROUND's 0,336).
 * Everything else keeps doubles; `toNumber` gives the correctly rounded double of a ratio.
 */

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SCALE_20 = 10n ** 20n;

/** Euclid's gcd: BigInt steps only while the remainder is beyond 2⁵³, then in doubles (exact there). */
function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y > SAFE) [x, y] = [y, x % y];
  if (y === 0n) return x;
  let small = Number(y);
  let rest = Number(x % y);
  while (rest !== 0) [small, rest] = [rest, small % rest];
  return BigInt(small);
}

/** `fromDecimal` of the constants asked for again and again (conversion factor, band bounds, weights). */
const decimals = new Map<number, Ratio>();
const DECIMALS_KEPT = 1024;

export class Ratio {
  /** Numerator and (positive) denominator in lowest terms. */
  readonly numerator: bigint;
  readonly denominator: bigint;

  /** `reduced`: the caller guarantees lowest terms and a positive denominator (no gcd taken). */
  private constructor(numerator: bigint, denominator: bigint, reduced = false) {
    if (reduced) {
      this.numerator = numerator;
      this.denominator = denominator;
      return;
    }
    if (denominator === 0n) throw new RangeError('Ratio with a zero denominator');
    const sign = denominator < 0n ? -1n : 1n;
    const divisor = gcd(numerator, denominator) || 1n;
    this.numerator = divisor === 1n ? sign * numerator : (sign * numerator) / divisor;
    this.denominator = divisor === 1n ? sign * denominator : (sign * denominator) / divisor;
  }

  static of(numerator: number | bigint, denominator: number | bigint = 1): Ratio {
    return new Ratio(BigInt(numerator), BigInt(denominator));
  }

  /**
   * The decimal a number is written as, exactly: `fromDecimal(0.111)` is 111/1000 (not the double
   * nearest to it), `fromDecimal(76.61)` is 7661/100. Uses the shortest round-trip form.
   */
  static fromDecimal(value: number): Ratio {
    const known = decimals.get(value);
    if (known !== undefined) return known;
    const ratio = Ratio.parseDecimal(value);
    if (decimals.size >= DECIMALS_KEPT) decimals.clear();
    decimals.set(value, ratio);
    return ratio;
  }

  private static parseDecimal(value: number): Ratio {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
    if (!match) throw new RangeError(`unexpected number form: ${value}`);
    const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText) - fraction.length;
    const digits = BigInt(`${sign}${whole}${fraction}`);
    return exponent >= 0 ? new Ratio(digits * 10n ** BigInt(exponent), 1n) : new Ratio(digits, 10n ** BigInt(-exponent));
  }

  /**
   * Σ of fractions given as parallel numerator/denominator lists (denominators ≠ 0), divided by
   * `divisor`, reduced once at the end: the IKM of a unit sums nine NRRs, and a gcd after every
   * addition costs more than the additions.
   */
  static sumOf(numerators: readonly (number | bigint)[], denominators: readonly (number | bigint)[], divisor: number | bigint = 1): Ratio {
    let numerator = 0n;
    let denominator = 1n;
    for (let index = 0; index < numerators.length; index++) {
      const next = BigInt(denominators[index]!);
      if (next === denominator) numerator += BigInt(numerators[index]!);
      else {
        numerator = numerator * next + BigInt(numerators[index]!) * denominator;
        denominator *= next;
      }
    }
    return new Ratio(numerator, denominator * BigInt(divisor));
  }

  add(other: Ratio): Ratio {
    return new Ratio(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  /**
   * Both factors are in lowest terms, so cancelling each numerator against the other denominator
   * leaves the product in lowest terms: two gcds of the factors' parts instead of one of the
   * product's (×25 of an IKM is gcd(25, denominator), not a gcd of 70-bit numbers).
   */
  multiply(other: Ratio): Ratio {
    const first = gcd(this.numerator, other.denominator) || 1n;
    const second = gcd(other.numerator, this.denominator) || 1n;
    if (this.numerator === 0n || other.numerator === 0n) return new Ratio(0n, 1n, true);
    return new Ratio(
      (this.numerator / first) * (other.numerator / second),
      (this.denominator / second) * (other.denominator / first),
      true,
    );
  }

  divide(other: Ratio): Ratio {
    return new Ratio(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** Negative, zero or positive as this is below, equal to or above `other`. */
  compare(other: Ratio): number {
    const difference = this.numerator * other.denominator - other.numerator * this.denominator;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  /** Decimal half away from zero, like a spreadsheet's ROUND: 0,3355 → 0,336. */
  roundHalfUp(decimals: number): Ratio {
    const scale = 10n ** BigInt(decimals);
    const magnitude = this.numerator < 0n ? -this.numerator : this.numerator;
    const rounded = (2n * magnitude * scale + this.denominator) / (2n * this.denominator);
    return new Ratio(this.numerator < 0n ? -rounded : rounded, scale);
  }

  /**
   * The decimal digits after rounding half up, as text with a dot: `Ratio.of(1, 85).times(100)`
   * to 2 decimals is `"1.18"`. The formatter localises it.
   */
  toFixed(decimals: number): string {
    const rounded = this.roundHalfUp(decimals);
    const scale = 10n ** BigInt(decimals);
    const scaled = (rounded.numerator * scale) / rounded.denominator;
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
    const whole = digits.slice(0, digits.length - decimals);
    const fraction = digits.slice(digits.length - decimals);
    return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
  }

  /** The double nearest to the ratio (one correctly rounded division when both parts are safe integers). */
  toNumber(): number {
    const magnitude = this.numerator < 0n ? -this.numerator : this.numerator;
    if (magnitude <= SAFE && this.denominator <= SAFE) return Number(this.numerator) / Number(this.denominator);
    // Number(this.toFixed(20)), without building the rounded Ratio (a gcd with 10²⁰) on the way.
    const rounded = ((2n * magnitude * SCALE_20 + this.denominator) / (2n * this.denominator)).toString().padStart(21, '0');
    const text = `${rounded.slice(0, rounded.length - 20)}.${rounded.slice(rounded.length - 20)}`;
    return this.numerator < 0n ? -Number(text) : Number(text);
  }
}
