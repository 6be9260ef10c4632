import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/core/compute/ratio';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** Lowest terms with a positive denominator, and equal in value to n/d. */
function expectExactly(ratio: Ratio, numerator: bigint, denominator: bigint): void {
  expect(ratio.denominator > 0n).toBe(true);
  expect(gcd(ratio.numerator, ratio.denominator)).toBe(1n);
  expect(ratio.numerator * denominator).toBe(numerator * ratio.denominator);
}

describe('Ratio arithmetic (exact, lowest terms)', () => {
  const next = random(20261203);
  const big = (bits: number): bigint => {
    let value = 0n;
    for (let bit = 0; bit < bits; bit += 16) value = (value << 16n) | BigInt(Math.floor(next() * 65536));
    return value;
  };

  it('multiply cancels crosswise and stays in lowest terms, signs and zero included', () => {
    for (let round = 0; round < 500; round++) {
      const [a, b, c, d] = [big(80) - big(79), big(70) + 1n, big(40) - big(39), big(30) + 1n];
      expectExactly(Ratio.of(a, b).multiply(Ratio.of(c, d)), a * c, b * d);
    }
    expectExactly(Ratio.of(0).multiply(Ratio.of(7, 3)), 0n, 1n);
    expectExactly(Ratio.of(-6, 35).multiply(Ratio.of(14, -9)), 84n, 315n);
    expect(Ratio.of(3, 4).multiply(Ratio.of(25)).numerator).toBe(75n);
  });

  it('sumOf (one reduction) equals adding one by one, then dividing', () => {
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(next() * 14);
      const numerators = Array.from({ length: count }, () => Math.floor(next() * 1_000_000));
      const denominators = Array.from({ length: count }, () => 1 + Math.floor(next() * (round % 2 === 0 ? 300 : 5_000_000)));
      const expected = numerators
        .map((numerator, index) => Ratio.of(numerator, denominators[index]))
        .reduce((sum, ratio) => sum.add(ratio))
        .divide(Ratio.of(count));
      const sum = Ratio.sumOf(numerators, denominators, count);
      expect([sum.numerator, sum.denominator]).toEqual([expected.numerator, expected.denominator]);
    }
  });

  it('toNumber of parts beyond 2^53 is the double of the value rounded to 20 decimals', () => {
    for (let round = 0; round < 500; round++) {
      const numerator = big(round % 3 === 0 ? 64 : 110) * (round % 2 === 0 ? 1n : -1n);
      const ratio = Ratio.of(numerator, big(90) + 1n);
      expect(Object.is(ratio.toNumber(), Number(ratio.toFixed(20)))).toBe(true);
    }
    expect(Ratio.of(2n ** 80n + 1n, 2n ** 80n).toNumber()).toBe(1);
    expect(Ratio.of(-(10n ** 30n), 3n * 10n ** 29n).toNumber()).toBe(-10 / 3);
  });
});
