/**
 * The roll-up's JSON (`RollupResult`) written piece by piece: the same bytes as
 * `JSON.stringify(result, null, 2)` plus a newline, but each element of the long arrays (a
 * national roll-up has tens of thousands of units) is serialised on its own, so the whole text
 * (tens of MB) is never held in memory at once.
 */
import type { RollupResult } from '../core/rollup/result';

/** Top-level arrays long enough to be written element by element. */
const LONG = new Set(['groups', 'trend', 'compliance', 'figures']);

export function writeRollupJson(result: RollupResult, write: (text: string) => void): void {
  const entries = Object.entries(result).filter(([, value]) => value !== undefined);
  write('{');
  entries.forEach(([key, value], index) => {
    write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (LONG.has(key) && Array.isArray(value) && value.length > 0) {
      write('[');
      value.forEach((element, position) => {
        write(`${position === 0 ? '' : ','}\n    ${JSON.stringify(element, null, 2).replace(/\n/g, '\n    ')}`);
      });
      write('\n  ]');
    } else write(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '));
  });
  write(entries.length === 0 ? '}\n' : '\n}\n');
}
