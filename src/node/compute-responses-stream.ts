/**
 * Computes over a responses CSV of any size without keeping its rows: the file is read in 1 MB
 * chunks of bytes through `ResponseScanner` into a `PeriodAccumulator` — the accumulator the
 * in-memory path uses, and the same `ResponseDecoder` for every irregular row — so the figures,
 * exclusions and diagnostics are identical to loading the file. Memory holds one chunk, the
 * fixed-size sums and the capped diagnostics. The bytes are checked to be UTF-8 as they pass;
 * a file that is not is read again as Windows-1252 with a warning, as the loader does.
 * Used by `skm compute` above `LARGE_FILE_THRESHOLD`.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { PeriodAccumulator } from '../core/compute/accumulate';
import type { RawStatistics } from '../core/compute/compute-core';
import { ResponseScanner } from '../core/compute/scan-responses';
import type { Diagnostic } from '../core/model/diagnostic';
import { pointRange } from '../core/model/diagnostic';
import { findRuleSet, PERMENPANRB_14_2017 } from '../core/model/rule-sets';
import type { Unit } from '../core/model/types';
import { t } from '../core/text/messages';

const CHUNK_SIZE = 1024 * 1024;

export interface StreamedStatistics {
  raw: RawStatistics;
  rows: number;
  diagnostics: Diagnostic[];
}

/** Streams `absolutePath` (reported as `file`, workspace-relative) into statistics for `unit`. */
export function computeResponsesStream(absolutePath: string, file: string, unit: Unit): StreamedStatistics {
  const first = streamWith(absolutePath, file, unit, 'utf-8');
  if (first) return first;
  const fallback = streamWith(absolutePath, file, unit, 'windows-1252');
  if (!fallback) throw new Error('windows-1252 decoding cannot fail');
  fallback.diagnostics.unshift({ code: 'file.encoding', severity: 'warning', message: t('file.encoding'), file, range: pointRange(0, 0) });
  return fallback;
}

/** Length of the prefix of `bytes` that ends on a UTF-8 character boundary. */
function completePrefix(bytes: Uint8Array): number {
  const index = bytes.length;
  for (let back = 1; back <= 3 && index - back >= 0; back++) {
    const byte = bytes[index - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? index - back : index;
  }
  return index;
}

/** One pass with one encoding; undefined when the bytes are not valid UTF-8 and that was asked for. */
function streamWith(absolutePath: string, file: string, unit: Unit, encoding: 'utf-8' | 'windows-1252'): StreamedStatistics | undefined {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  const scanner = new ResponseScanner(file, unit, accumulator, { scaleMin: ruleSet.scaleMin, scaleMax: ruleSet.scaleMax, encoding });
  const handle = fs.openSync(absolutePath, 'r');
  let pending: Uint8Array = new Uint8Array(0);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    for (;;) {
      const read = fs.readSync(handle, buffer, 0, CHUNK_SIZE, null);
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      if (encoding === 'utf-8') {
        const joined = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        const boundary = completePrefix(joined);
        if (!isUtf8(joined.subarray(0, boundary))) return undefined;
        pending = joined.slice(boundary);
      }
      // The scanner copies what it keeps, so the read buffer can be reused.
      scanner.push(chunk);
    }
    if (pending.length > 0) return undefined;
  } finally {
    fs.closeSync(handle);
  }
  scanner.end();
  const diagnostics = scanner.finish();
  return { raw: { accumulator, excluded: scanner.excluded }, rows: scanner.rows, diagnostics };
}
