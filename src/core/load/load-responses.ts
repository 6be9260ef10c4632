import type { Diagnostic } from '../model/diagnostic';
import { findRuleSet, PERMENPANRB_14_2017 } from '../model/rule-sets';
import type { Responses, ResponseRow, Unit } from '../model/types';
import { CsvParser } from '../parse/csv-parser';
import type { CsvRecord } from '../parse/csv-parser';
import type { ParsedYaml } from '../parse/parse-yaml';
import { t } from '../text/messages';
import { asArray, asObject } from './coerce';
import { ResponseDecoder } from './response-decoder';
import { pointRange } from '../model/diagnostic';

export interface LoadedResponses {
  responses: Responses;
  diagnostics: Diagnostic[];
}

/** Reads `responses.csv` text into rows; see `ResponseDecoder` for the per-cell rules. */
export function loadResponsesCsv(file: string, text: string, unit: Unit): LoadedResponses {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const rows: ResponseRow[] = [];
  let decoder: ResponseDecoder | undefined;
  const parser = new CsvParser(file, (record: CsvRecord) => {
    if (!decoder) {
      decoder = new ResponseDecoder(file, unit, {
        scaleMin: ruleSet.scaleMin,
        scaleMax: ruleSet.scaleMax,
        delimiter: parser.detectedDelimiter ?? ',',
      });
      decoder.header(record);
      return;
    }
    rows.push(decoder.decode(record, rows.length + 1));
  });
  parser.push(text);
  parser.end();
  const diagnostics: Diagnostic[] = [...parser.diagnostics];
  if (parser.detectedDelimiter === ';') {
    diagnostics.push({ code: 'csv.semicolon', severity: 'warning', message: t('csv.semicolon'), file, range: pointRange(0, 0) });
  }
  if (!decoder) {
    diagnostics.push({ code: 'file.empty', severity: 'error', message: t('file.empty'), file, range: pointRange(0, 0) });
    return { responses: { file, rows, excluded: {} }, diagnostics };
  }
  decoder.finish();
  diagnostics.push(...decoder.diagnostics);
  return { responses: { file, rows, excluded: decoder.excluded }, diagnostics };
}

/** Reads `responses.yaml` (a list of maps with the CSV's column names as keys). */
export function loadResponsesYaml(parsed: ParsedYaml, unit: Unit): LoadedResponses {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const items = asArray(asObject(parsed.value)['responses'] ?? parsed.value);
  const names: string[] = [];
  for (const item of items) for (const key of Object.keys(asObject(item))) if (!names.includes(key)) names.push(key);
  const decoder = new ResponseDecoder(parsed.file, unit, { scaleMin: ruleSet.scaleMin, scaleMax: ruleSet.scaleMax });
  decoder.header({ fields: names, columns: names.map(() => 0), line: 1 });
  const document = parsed.document.contents as { items?: { range?: [number, number, number] }[] } | null;
  const sequence = asObject(parsed.value)['responses'] === undefined ? document : null;
  const rows = items.map((item, index) => {
    const value = asObject(item);
    const offset = sequence?.items?.[index]?.range?.[0] ?? 0;
    const line = parsed.lines.position(offset).line + 1;
    const fields = names.map((name) => {
      const entry = value[name];
      return typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean' ? String(entry) : '';
    });
    return decoder.decode({ fields, columns: names.map(() => parsed.lines.position(offset).column), line }, index + 1);
  });
  decoder.finish();
  return { responses: { file: parsed.file, rows, excluded: decoder.excluded }, diagnostics: decoder.diagnostics };
}
