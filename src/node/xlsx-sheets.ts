/**
 * The sheets of the olah-data workbook besides the tabulation: the respondents' data (every column
 * of responses.csv, labelled as the unit names them, with a second header row of column codes
 * that `skm import` recognises on the way back), the profile tables, the IKM per service and the
 * NRR chart. Every figure is a live formula over the respondents' sheet with the engine's value
 * cached, so a viewer that does not recalculate still shows the numbers.
 */
import type ExcelJS from 'exceljs';
import { roundHalfUp } from '../core/compute/modes';
import type { PeriodResult } from '../core/compute/result';
import { canonicalHeader } from '../core/import/row-importer';
import { neutraliseFormula } from '../core/import/csv-write';
import type { RuleSet } from '../core/model/rule-sets';
import type { Period, Unit } from '../core/model/types';
import { columnName, FORMAT, gradeFormula, ikmFromNrrs, onSheet, rounded } from './xlsx-formulas';

export const DATA_SHEET = 'Data Responden';
/** Rows of the respondents' sheet: labels, codes, then one row per respondent. */
export const DATA_LABEL_ROW = 1;
export const DATA_CODE_ROW = 2;
export const DATA_FIRST_ROW = 3;

type Cell = ExcelJS.CellValue;
const formula = (text: string, result: unknown): Cell => ({ formula: text, result: (result ?? '') as number | string });

/** A4 landscape, one page wide, the header rows repeated on every printed page. */
export function printSetup(sheet: ExcelJS.Worksheet, titleRows?: string): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: sheet.pageSetup.margins,
  };
  if (titleRows) sheet.pageSetup.printTitlesRow = titleRows;
}

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/** Labels of the canonical columns, as the unit names them. */
function columnLabels(unit: Unit): string[] {
  return canonicalHeader(unit).map((code) => {
    const fixed: Record<string, string> = {
      id: 'ID Responden',
      date: 'Tanggal',
      time: 'Jam Layanan',
      service: 'Jenis Layanan',
      saran: 'Saran dan Masukan',
    };
    return (
      fixed[code] ??
      unit.profile.find((attribute) => attribute.key === code)?.label ??
      unit.unsur.find((unsur) => unsur.code === code)?.label ??
      code
    );
  });
}

/** The respondents: one row each, every column of responses.csv. Returns the column index of each code. */
export function writeDataSheet(workbook: ExcelJS.Workbook, unit: Unit, period: Period): Map<string, number> {
  const sheet = workbook.addWorksheet(DATA_SHEET);
  const codes = canonicalHeader(unit);
  const columns = new Map(codes.map((code, index) => [code, index]));
  sheet.getRow(DATA_LABEL_ROW).values = columnLabels(unit);
  bold(sheet.getRow(DATA_LABEL_ROW));
  sheet.getRow(DATA_CODE_ROW).values = codes;
  sheet.getRow(DATA_CODE_ROW).font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
  for (const [index, row] of (period.responses?.rows ?? []).entries()) {
    const values: Cell[] = codes.map((code) => {
      const unsurIndex = unit.unsur.findIndex((unsur) => unsur.code === code);
      if (unsurIndex >= 0) return row.scores[unsurIndex] ?? null;
      const text =
        code === 'id'
          ? row.id
          : code === 'date'
            ? row.date
            : code === 'time'
              ? row.time
              : code === 'service'
                ? row.service
                : code === 'saran'
                  ? row.saran
                  : row.profile[code];
      if (text === undefined) return null;
      if (code === 'age' && /^\d+$/.test(text)) return Number(text);
      return neutraliseFormula(text);
    });
    sheet.getRow(DATA_FIRST_ROW + index).values = values;
  }
  codes.forEach((code, index) => {
    const isUnsur = unit.unsur.some((unsur) => unsur.code === code);
    sheet.getColumn(index + 1).width = code === 'saran' ? 50 : isUnsur ? 12 : code === 'service' || code === 'id' ? 18 : 14;
  });
  sheet.getRow(DATA_LABEL_ROW).height = 45;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: DATA_CODE_ROW }];
  printSetup(sheet, `${DATA_LABEL_ROW}:${DATA_CODE_ROW}`);
  return columns;
}

/** The range of one column of the respondents' sheet, absolute (`'Data Responden'!$E$3:$E$87`). */
export function dataRange(columns: Map<string, number>, code: string, count: number): string {
  const letter = columnName(columns.get(code) ?? 0);
  return onSheet(DATA_SHEET, `$${letter}$${DATA_FIRST_ROW}:$${letter}$${DATA_FIRST_ROW + Math.max(count, 1) - 1}`);
}

/** Profile tables: per option a COUNTIF (per band for ages), its share, and the unknown count. */
export function writeProfileSheet(
  workbook: ExcelJS.Workbook,
  unit: Unit,
  result: PeriodResult,
  columns: Map<string, number>,
  rowCount: number,
): void {
  const sheet = workbook.addWorksheet('Profil Responden');
  const fromData = rowCount > 0;
  let line = 1;
  sheet.getCell(line, 1).value = 'Profil responden';
  sheet.getCell(line, 1).font = { bold: true, size: 13 };
  line += 2;
  const total = `COUNTA(${dataRange(columns, 'id', rowCount)})`;
  for (const table of result.profile) {
    const attribute = unit.profile.find((candidate) => candidate.key === table.key);
    sheet.getRow(line).values = [table.label, 'Jumlah', 'Persentase (%)'];
    bold(sheet.getRow(line));
    line++;
    const first = line;
    const range = dataRange(columns, table.key, rowCount);
    for (const row of table.rows) {
      let count: string;
      if (attribute && attribute.options.length === 0) {
        const [low, high] = ageBounds(row.code);
        count = `COUNTIFS(${range},">=${low}",${range},"<${high}")`;
      } else count = `COUNTIF(${range},"${row.code.replace(/"/g, '""')}")`;
      sheet.getCell(line, 1).value = row.label;
      sheet.getCell(line, 2).value = fromData ? formula(count, row.count) : row.count;
      sheet.getCell(line, 3).value = formula(
        `IF(SUM($B$${first}:$B$${first + table.rows.length - 1})=0,0,B${line}*100/SUM($B$${first}:$B$${first + table.rows.length - 1}))`,
        row.percent,
      );
      sheet.getCell(line, 3).numFmt = FORMAT.percent;
      line++;
    }
    sheet.getCell(line, 1).value = 'Tidak diketahui / di luar daftar';
    sheet.getCell(line, 2).value = fromData ? formula(`${total}-SUM(B${first}:B${line - 1})`, table.unknown) : table.unknown;
    line += 2;
  }
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 16;
  printSetup(sheet);
}

/** `< 20` → [0.000001, 20), `20–29` → [20, 30), `≥ 60` → [60, 1e9). */
function ageBounds(band: string): [number, number] {
  if (band.startsWith('<')) return [0.000001, Number(band.replace(/\D/g, ''))];
  if (band.startsWith('≥')) return [Number(band.replace(/\D/g, '')), 1e9];
  const low = Number(band.split('–')[0]);
  return [low, low + 10];
}

/** IKM per service: respondents, NRR per unsur (SUMIFS/COUNTIFS), IKM, ×25 and mutu. */
export function writeServiceSheet(
  workbook: ExcelJS.Workbook,
  unit: Unit,
  ruleSet: RuleSet,
  result: PeriodResult,
  columns: Map<string, number>,
  rowCount: number,
): void {
  const sheet = workbook.addWorksheet('IKM per Layanan');
  const codes = unit.unsur.map((unsur) => unsur.code);
  const header = [
    'Kode',
    'Jenis layanan',
    'Responden',
    ...codes.map((code) => `NRR ${code}`),
    'IKM',
    `IKM × ${ruleSet.conversion}`,
    'Mutu',
  ];
  sheet.getRow(1).values = header;
  bold(sheet.getRow(1));
  const service = dataRange(columns, 'service', rowCount);
  const fromData = rowCount > 0;
  result.byService.forEach((entry, index) => {
    const line = 2 + index;
    const key = `$A${line}`;
    sheet.getCell(line, 1).value = entry.code;
    sheet.getCell(line, 2).value = entry.label;
    sheet.getCell(line, 3).value = fromData ? formula(`COUNTIF(${service},${key})`, entry.respondents) : entry.respondents;
    const nrrCells: string[] = [];
    codes.forEach((code, unsurIndex) => {
      const cell = sheet.getCell(line, 4 + unsurIndex);
      const scores = dataRange(columns, code, rowCount);
      const nrr = entry.unsur[unsurIndex]?.nrr ?? null;
      const answered = `COUNTIFS(${service},${key},${scores},"<>")`;
      const value = fromData
        ? formula(
            `IF(${answered}=0,"",${rounded(`SUMIFS(${scores},${service},${key})/${answered}`, result.mode)})`,
            nrr === null ? '' : roundedValue(nrr, result),
          )
        : nrr === null
          ? ''
          : roundedValue(nrr, result);
      cell.value = value;
      cell.numFmt = FORMAT.nrr;
      nrrCells.push(`${columnName(3 + unsurIndex)}${line}`);
    });
    const ikmColumn = 4 + codes.length;
    const ikm = `${columnName(ikmColumn - 1)}${line}`;
    const converted = `${columnName(ikmColumn)}${line}`;
    sheet.getCell(line, ikmColumn).value = formula(ikmFromNrrs(nrrCells, result.mode), entry.ikm ?? '');
    sheet.getCell(line, ikmColumn).numFmt = FORMAT.ikm;
    sheet.getCell(line, ikmColumn + 1).value = formula(`IF(${ikm}="","",${ikm}*${ruleSet.conversion})`, entry.ikmConverted ?? '');
    sheet.getCell(line, ikmColumn + 1).numFmt = FORMAT.converted;
    sheet.getCell(line, ikmColumn + 2).value = formula(gradeFormula(converted, ruleSet), entry.grade ?? '');
  });
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 34;
  for (let index = 3; index <= header.length; index++) sheet.getColumn(index).width = 11;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  printSetup(sheet, '1:1');
}

/** The NRR as the mode shows it (rounded in round3 modes), for a cached value. */
function roundedValue(nrr: number, result: PeriodResult): number {
  const decimals = result.mode.roundDecimals;
  return decimals === null ? nrr : roundHalfUp(nrr, decimals);
}
