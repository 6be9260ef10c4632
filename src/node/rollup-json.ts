/**
 * The roll-up's JSON (`RollupResult`) written piece by piece: the same bytes as
 * `JSON.stringify(result, null, 2)` plus a newline, but the long arrays (a national roll-up has
 * tens of thousands of units) are serialised a slice at a time, so the whole text (tens of MB)
 * is never held in memory at once.
 */
import type { RollupResult } from '../core/rollup/result';

/** Top-level arrays long enough to be written in slices. */
const LONG = new Set(['groups', 'trend', 'compliance', 'figures']);
/** Elements serialised per `JSON.stringify` call: large enough to amortise the call, small enough to stay a few MB. */
const SLICE = 512;

export function writeRollupJson(result: RollupResult, write: (text: string) => void): void {
  const entries = Object.entries(result).filter(([, value]) => value !== undefined);
  write('{');
  entries.forEach(([key, value], index) => {
    const name = JSON.stringify(key);
    write(`${index === 0 ? '' : ','}\n  ${name}: `);
    if (LONG.has(key) && Array.isArray(value) && value.length > 0) {
      // A slice wrapped as `{ key: slice }` comes out of JSON.stringify already indented as it
      // sits in the whole document; only its first and last lines are cut off.
      const head = `{\n  ${name}: [\n`.length;
      const tail = '\n  ]\n}'.length;
      write('[\n');
      for (let start = 0; start < value.length; start += SLICE) {
        const text = JSON.stringify({ [key]: value.slice(start, start + SLICE) }, null, 2);
        write(`${start === 0 ? '' : ',\n'}${text.slice(head, text.length - tail)}`);
      }
      write('\n  ]');
    } else write(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '));
  });
  write(entries.length === 0 ? '}\n' : '\n}\n');
}
