/**
 * Reads a responses CSV of any size without keeping its rows — the one path `skm compute` and
 * `skm lint` take for every file, small or huge: the bytes pass in 1 MB reads through
 * `ResponseScanner` into a `PeriodAccumulator` (the accumulator the in-memory path uses, and the
 * same `ResponseDecoder` for every irregular row), so the figures, exclusions and diagnostics are
 * the loader's. With a period, the row-level lint rules run as rows pass (`RowChecks`). Memory
 * holds one read buffer (grown only for a record longer than it, up to `RECORD_BYTE_CAP`, past which
 * the record is given up with a located `csv.row-too-long`), the fixed-size sums, the ids and row
 * hashes seen (lint only) and the capped diagnostics. A UTF-16 file (byte-order mark or zero-byte
 * pattern) is transcoded to UTF-8 as it is read; otherwise the bytes are checked to be UTF-8 as they
 * pass, and a file that is not is read again as Windows-1252. Either way with a warning naming the
 * encoding, as the loader does.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { PeriodAccumulator } from '../core/compute/accumulate';
import type { RawStatistics } from '../core/compute/compute-core';
import { RECORD_BYTE_CAP, ResponseScanner } from '../core/compute/scan-responses';
import { scanKernel } from './scan-kernel-instance';
import { RowChecks } from '../core/lint/row-checks';
import type { Diagnostic } from '../core/model/diagnostic';
import { detectUtf16, encodingDiagnostic, UTF16_SAMPLE } from '../core/parse/decode-text';
import { findRuleSet, PERMENPANRB_14_2017 } from '../core/model/rule-sets';
import type { Period, Unit } from '../core/model/types';

const CHUNK_SIZE = 1024 * 1024;

export interface StreamedResponses {
  raw: RawStatistics;
  rows: number;
  diagnostics: Diagnostic[];
}

/**
 * Where the bytes come from: a file's absolute path, or the bytes themselves (a revision's blob
 * read from git by `skm diff`) — the same pass either way.
 */
export type ByteSource = string | Uint8Array;

/**
 * Streams `source` (reported as `file`, workspace-relative) into statistics for `unit`; with
 * `period`, also the row-level lint findings (duplicate ids, dates).
 */
export function streamResponses(source: ByteSource, file: string, unit: Unit, period?: Pick<Period, 'start' | 'end'>): StreamedResponses {
  const utf16 = detectUtf16(readHead(source));
  if (utf16) {
    const transcoded = streamWith(source, file, unit, period, utf16);
    if (!transcoded) throw new Error('utf-16 decoding cannot fail');
    transcoded.diagnostics.unshift(encodingDiagnostic(file, utf16));
    return transcoded;
  }
  const first = streamWith(source, file, unit, period, 'utf-8');
  if (first) return first;
  const fallback = streamWith(source, file, unit, period, 'windows-1252');
  if (!fallback) throw new Error('windows-1252 decoding cannot fail');
  fallback.diagnostics.unshift(encodingDiagnostic(file, 'windows-1252'));
  return fallback;
}

type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Reads up to `length` bytes into `target` at `offset`; 0 at the end. */
type Reader = (target: Buffer, offset: number, length: number) => number;

/** One pass with one encoding; undefined when the bytes are not valid UTF-8 and that was asked for. */
function streamWith(
  source: ByteSource,
  file: string,
  unit: Unit,
  period: Pick<Period, 'start' | 'end'> | undefined,
  encoding: Encoding,
): StreamedResponses | undefined {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  const profileKeys = unit.profile.map((attribute) => attribute.key);
  const scanner = new ResponseScanner(file, unit, accumulator, {
    scaleMin: ruleSet.scaleMin,
    scaleMax: ruleSet.scaleMax,
    // UTF-16 reaches the scanner transcoded to UTF-8.
    encoding: encoding === 'windows-1252' ? 'windows-1252' : 'utf-8',
    ...(period ? { checks: new RowChecks(file, period, profileKeys, expectedRows(source)) } : { kernel: scanKernel }),
  });
  const checkUtf8 = encoding === 'utf-8';
  const input = open(source);
  try {
    const read: Reader = encoding === 'utf-16le' || encoding === 'utf-16be' ? utf16Reader(input.read, encoding) : input.read;
    let buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    let filled = 0;
    for (;;) {
      if (filled >= RECORD_BYTE_CAP) {
        // One record past the cap: given up up to its next line break, memory stays bounded.
        const dropped = scanner.skipRecord(buffer.subarray(0, filled));
        if (checkUtf8 && !isUtf8(buffer.subarray(0, dropped))) return undefined;
        buffer.copyWithin(0, dropped, filled);
        filled -= dropped;
      }
      if (filled === buffer.length) {
        // One record longer than the buffer: make room for it (up to the cap).
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const count = read(buffer, filled, buffer.length - filled);
      if (count === 0) break;
      filled += count;
      // Consumed bytes end on a record boundary (after a newline), so on a character boundary.
      const consumed = scanner.consume(buffer.subarray(0, filled), false);
      if (checkUtf8 && !isUtf8(buffer.subarray(0, consumed))) return undefined;
      buffer.copyWithin(0, consumed, filled);
      filled -= consumed;
    }
    if (checkUtf8 && !isUtf8(buffer.subarray(0, filled))) return undefined;
    scanner.consume(buffer.subarray(0, filled), true);
  } finally {
    input.close();
  }
  scanner.end();
  const diagnostics = scanner.finish();
  return { raw: { accumulator, excluded: scanner.excluded }, rows: scanner.rows, diagnostics };
}

/** Reads the source from its start: a file handle, or a cursor over the bytes. */
function open(source: ByteSource): { read: Reader; close: () => void } {
  if (typeof source !== 'string') {
    let position = 0;
    return {
      read: (target, offset, length) => {
        const taken = Math.min(length, source.length - position);
        target.set(source.subarray(position, position + taken), offset);
        position += taken;
        return taken;
      },
      close: () => undefined,
    };
  }
  const handle = fs.openSync(source, 'r');
  return { read: (target, offset, length) => fs.readSync(handle, target, offset, length, null), close: () => fs.closeSync(handle) };
}

/** UTF-16 bytes of the source, handed on as UTF-8 (the byte-order mark dropped). */
function utf16Reader(readRaw: Reader, encoding: 'utf-16le' | 'utf-16be'): Reader {
  const decoder = new TextDecoder(encoding);
  const raw = Buffer.allocUnsafe(CHUNK_SIZE);
  let pending: Buffer = Buffer.alloc(0);
  let done = false;
  return (target, offset, length) => {
    while (pending.length === 0 && !done) {
      const count = readRaw(raw, 0, raw.length);
      if (count === 0) done = true;
      pending = Buffer.from(count === 0 ? decoder.decode() : decoder.decode(raw.subarray(0, count), { stream: true }), 'utf8');
    }
    const taken = Math.min(length, pending.length);
    pending.copy(target, offset, 0, taken);
    pending = pending.subarray(taken);
    return taken;
  };
}

/** The first bytes of the source, for encoding detection. */
function readHead(source: ByteSource): Uint8Array {
  if (typeof source !== 'string') return source.subarray(0, UTF16_SAMPLE);
  const handle = fs.openSync(source, 'r');
  try {
    const head = Buffer.alloc(UTF16_SAMPLE);
    return head.subarray(0, fs.readSync(handle, head, 0, head.length, 0));
  } finally {
    fs.closeSync(handle);
  }
}

/** About how many rows a responses file holds (a row of nine scores and a profile is rarely under 48 bytes). */
function expectedRows(source: ByteSource): number {
  if (typeof source !== 'string') return Math.ceil(source.length / 48);
  try {
    return Math.ceil(fs.statSync(source).size / 48);
  } catch {
    return 0;
  }
}
