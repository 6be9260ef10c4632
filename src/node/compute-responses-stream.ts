/**
 * Computes over a responses CSV of any size without keeping its rows: the file is read in 1 MB
 * chunks through `CsvParser` and `ResponseDecoder` into a `PeriodAccumulator`, the same
 * accumulator the in-memory path uses, so the figures are identical. Memory holds one chunk, the
 * fixed-size sums and the capped diagnostics. Used by `skm compute` above `STREAMING_THRESHOLD`.
 */
import * as fs from 'node:fs';
import { PeriodAccumulator } from '../core/compute/accumulate';
import type { RawStatistics } from '../core/compute/compute-core';
import { ResponseDecoder } from '../core/load/response-decoder';
import type { Diagnostic } from '../core/model/diagnostic';
import { pointRange } from '../core/model/diagnostic';
import { findRuleSet, PERMENPANRB_14_2017 } from '../core/model/rule-sets';
import type { Unit } from '../core/model/types';
import { CsvParser } from '../core/parse/csv-parser';
import type { CsvRecord } from '../core/parse/csv-parser';
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

function streamWith(absolutePath: string, file: string, unit: Unit, encoding: 'utf-8' | 'windows-1252'): StreamedStatistics | undefined {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const textDecoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  let decoder: ResponseDecoder | undefined;
  let rows = 0;
  const parser = new CsvParser(file, (record: CsvRecord) => {
    if (!decoder) {
      decoder = new ResponseDecoder(file, unit, { scaleMin: ruleSet.scaleMin, scaleMax: ruleSet.scaleMax, delimiter: parser.detectedDelimiter ?? ',' });
      decoder.header(record);
      return;
    }
    rows++;
    accumulator.add(decoder.decode(record, rows));
  });
  const handle = fs.openSync(absolutePath, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    for (;;) {
      const read = fs.readSync(handle, buffer, 0, CHUNK_SIZE, null);
      if (read === 0) break;
      parser.push(textDecoder.decode(buffer.subarray(0, read), { stream: true }));
    }
    parser.push(textDecoder.decode());
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  } finally {
    fs.closeSync(handle);
  }
  parser.end();
  const diagnostics: Diagnostic[] = [...parser.diagnostics];
  if (parser.detectedDelimiter === ';') diagnostics.push({ code: 'csv.semicolon', severity: 'warning', message: t('csv.semicolon'), file, range: pointRange(0, 0) });
  if (!decoder) {
    diagnostics.push({ code: 'file.empty', severity: 'error', message: t('file.empty'), file, range: pointRange(0, 0) });
    return { raw: { accumulator, excluded: {} }, rows, diagnostics };
  }
  decoder.finish();
  diagnostics.push(...decoder.diagnostics);
  return { raw: { accumulator, excluded: { ...decoder.excluded } }, rows, diagnostics };
}
