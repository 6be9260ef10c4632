/**
 * Reads a responses CSV of any size without keeping its rows — the one path `skm compute` and
 * `skm lint` take for every file, small or huge: the bytes pass in 1 MB reads through
 * `ResponseScanner` into a `PeriodAccumulator` (the accumulator the in-memory path uses, and the
 * same `ResponseDecoder` for every irregular row), so the figures, exclusions and diagnostics are
 * the loader's. With a period, the row-level lint rules run as rows pass (`RowChecks`). Memory
 * holds one read buffer (grown only for a record longer than it), the fixed-size sums, the ids
 * seen (lint only) and the capped diagnostics. The bytes are checked to be UTF-8 as they pass; a
 * file that is not is read again as Windows-1252 with a warning, as the loader does.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { PeriodAccumulator } from '../core/compute/accumulate';
import type { RawStatistics } from '../core/compute/compute-core';
import { ResponseScanner } from '../core/compute/scan-responses';
import { RowChecks } from '../core/lint/row-checks';
import type { Diagnostic } from '../core/model/diagnostic';
import { pointRange } from '../core/model/diagnostic';
import { findRuleSet, PERMENPANRB_14_2017 } from '../core/model/rule-sets';
import type { Period, Unit } from '../core/model/types';
import { t } from '../core/text/messages';

const CHUNK_SIZE = 1024 * 1024;

export interface StreamedResponses {
  raw: RawStatistics;
  rows: number;
  diagnostics: Diagnostic[];
}

/**
 * Streams `absolutePath` (reported as `file`, workspace-relative) into statistics for `unit`;
 * with `period`, also the row-level lint findings (duplicate ids, dates).
 */
export function streamResponses(absolutePath: string, file: string, unit: Unit, period?: Pick<Period, 'start' | 'end'>): StreamedResponses {
  const first = streamWith(absolutePath, file, unit, period, 'utf-8');
  if (first) return first;
  const fallback = streamWith(absolutePath, file, unit, period, 'windows-1252');
  if (!fallback) throw new Error('windows-1252 decoding cannot fail');
  fallback.diagnostics.unshift({ code: 'file.encoding', severity: 'warning', message: t('file.encoding'), file, range: pointRange(0, 0) });
  return fallback;
}

/** One pass with one encoding; undefined when the bytes are not valid UTF-8 and that was asked for. */
function streamWith(
  absolutePath: string,
  file: string,
  unit: Unit,
  period: Pick<Period, 'start' | 'end'> | undefined,
  encoding: 'utf-8' | 'windows-1252',
): StreamedResponses | undefined {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  const scanner = new ResponseScanner(file, unit, accumulator, {
    scaleMin: ruleSet.scaleMin,
    scaleMax: ruleSet.scaleMax,
    encoding,
    ...(period
      ? {
          checks: new RowChecks(
            file,
            period,
            unit.profile.map((attribute) => attribute.key),
            expectedRows(absolutePath),
          ),
        }
      : {}),
  });
  const checkUtf8 = encoding === 'utf-8';
  const handle = fs.openSync(absolutePath, 'r');
  try {
    let buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        // One record longer than the buffer: make room for it.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = fs.readSync(handle, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
      // Consumed bytes end on a record boundary (after a newline), so on a character boundary.
      const consumed = scanner.consume(buffer.subarray(0, filled), false);
      if (checkUtf8 && !isUtf8(buffer.subarray(0, consumed))) return undefined;
      buffer.copyWithin(0, consumed, filled);
      filled -= consumed;
    }
    if (checkUtf8 && !isUtf8(buffer.subarray(0, filled))) return undefined;
    scanner.consume(buffer.subarray(0, filled), true);
  } finally {
    fs.closeSync(handle);
  }
  scanner.end();
  const diagnostics = scanner.finish();
  return { raw: { accumulator, excluded: scanner.excluded }, rows: scanner.rows, diagnostics };
}

/** About how many rows a responses file holds (a row of nine scores and a profile is rarely under 48 bytes). */
function expectedRows(absolutePath: string): number {
  try {
    return Math.ceil(fs.statSync(absolutePath).size / 48);
  } catch {
    return 0;
  }
}
