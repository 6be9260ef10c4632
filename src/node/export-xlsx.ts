/**
 * `skm export --xlsx`: the olah-data workbook users know. "Olah Data" tabulates one row per
 * respondent (formulas over "Data Responden") with Σ nilai, jumlah menjawab, NRR, NRR
 * tertimbang, konversi and mutu per unsur, then IKM, konversi, mutu and kinerja — all LIVE
 * formulas faithful to the computation mode, each with the engine's value cached. Further sheets:
 * the respondents' data (the round trip back through `skm import`), profile tables, IKM per
 * service and the NRR chart. exceljs cannot write chart objects, so the chart is drawn in cells:
 * data bars (conditional formatting) and a REPT bar beside each NRR.
 */
import type ExcelJS from 'exceljs';
import { computePeriod, ruleSetOf } from '../core/compute/compute-period';
import { roundHalfUp } from '../core/compute/modes';
import { canonicalHeader } from '../core/import/row-importer';
import type { PeriodResult } from '../core/compute/result';
import type { RuleSet } from '../core/model/rule-sets';
import type { ModeId, Period, Unit, Workspace } from '../core/model/types';
import { writeFileAtomic } from './atomic-write';
import {
  columnName,
  FORMAT,
  gradeFormula,
  ikmFormula,
  nrrFormula,
  onSheet,
  performanceFormula,
  weightedFormula,
  weightFormula,
} from './xlsx-formulas';
import { DATA_FIRST_ROW, DATA_SHEET, printSetup, writeDataSheet, writeProfileSheet, writeServiceSheet } from './xlsx-sheets';

export const TABULATION_SHEET = 'Olah Data';
/** Rows of the tabulation: title, mode, blank, unsur labels, codes, then respondents. */
const LABEL_ROW = 4;
const CODE_ROW = 5;
const FIRST_ROW = 6;

type Cell = ExcelJS.CellValue;
const formula = (text: string, result: unknown): Cell => ({ formula: text, result: (result ?? '') as number | string });
const cached = (value: number | null, decimals: number | null): number | string =>
  value === null ? '' : decimals === null ? value : roundHalfUp(value, decimals);

/** Where the tabulation put its figures, for the chart sheet. */
interface Tabulation {
  nrrRow: number;
  convertedRow: number;
  ikmCell: string;
  convertedCell: string;
}

function writeTabulation(
  workbook: ExcelJS.Workbook,
  unit: Unit,
  period: Period,
  ruleSet: RuleSet,
  result: PeriodResult,
  dataColumns: Map<string, number>,
  title: string,
): Tabulation {
  const sheet = workbook.addWorksheet(TABULATION_SHEET);
  const codes = unit.unsur.map((unsur) => unsur.code);
  const rows = period.responses?.rows ?? [];
  const mode = result.mode;
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = `Mode: ${mode.id} — ${mode.description}`;
  sheet.getRow(LABEL_ROW).values = ['No', 'Responden', ...unit.unsur.map((unsur) => unsur.label)];
  sheet.getRow(CODE_ROW).values = ['', '', ...codes];
  for (const row of [LABEL_ROW, CODE_ROW]) {
    sheet.getRow(row).font = { bold: true };
    sheet.getRow(row).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  sheet.getRow(LABEL_ROW).height = 60;
  const idColumn = columnName(dataColumns.get('id') ?? 0);
  rows.forEach((row, index) => {
    const line = FIRST_ROW + index;
    const source = DATA_FIRST_ROW + index;
    sheet.getCell(line, 1).value = index + 1;
    sheet.getCell(line, 2).value = formula(onSheet(DATA_SHEET, `${idColumn}${source}`), row.id);
    codes.forEach((code, unsurIndex) => {
      const reference = onSheet(DATA_SHEET, `${columnName(dataColumns.get(code) ?? 0)}${source}`);
      sheet.getCell(line, 3 + unsurIndex).value = formula(`IF(${reference}="","",${reference})`, row.scores[unsurIndex] ?? '');
    });
  });
  const first = FIRST_ROW;
  const last = FIRST_ROW + Math.max(rows.length, 1) - 1;
  const start = last + 2;
  const [sumRow, countRow, nrrRow, weightedRow, convertedRow, gradeRow] = [0, 1, 2, 3, 4, 5].map((offset) => start + offset) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const labels = [
    'Σ nilai per unsur',
    'Jumlah menjawab',
    'NRR per unsur',
    'NRR tertimbang',
    `Konversi (NRR × ${ruleSet.conversion})`,
    'Mutu unsur',
  ];
  labels.forEach((label, index) => {
    sheet.getCell(start + index, 2).value = label;
    sheet.getCell(start + index, 2).font = { bold: true };
  });
  const ikmRow = gradeRow + 2;
  const weightCell = `$C$${ikmRow + 1}`;
  const firstUnsur = columnName(2);
  const lastUnsur = columnName(1 + codes.length);
  const nrrRange = `$${firstUnsur}$${nrrRow}:$${lastUnsur}$${nrrRow}`;
  const fromData = period.responses !== undefined;
  result.unsur.forEach((unsur, index) => {
    const letter = columnName(2 + index);
    const column = 3 + index;
    sheet.getCell(sumRow, column).value = fromData ? formula(`SUM(${letter}${first}:${letter}${last})`, unsur.total) : unsur.total;
    sheet.getCell(countRow, column).value = fromData
      ? formula(`COUNT(${letter}${first}:${letter}${last})`, unsur.answered)
      : unsur.answered;
    const nrr = sheet.getCell(nrrRow, column);
    nrr.value = formula(nrrFormula(`${letter}${sumRow}`, `${letter}${countRow}`, mode), cached(unsur.nrr, mode.roundDecimals));
    nrr.numFmt = FORMAT.nrr;
    const weighted = sheet.getCell(weightedRow, column);
    const weightedValue = unsur.nrr === null ? null : (cached(unsur.nrr, mode.roundDecimals) as number);
    weighted.value = formula(
      weightedFormula(`${letter}${nrrRow}`, weightCell, mode),
      weightedValue === null ? '' : cached(weightedValue * mode.weight, mode.roundDecimals),
    );
    weighted.numFmt = FORMAT.weighted;
    const converted = sheet.getCell(convertedRow, column);
    converted.value = formula(
      `IF(${letter}${countRow}=0,"",${letter}${sumRow}/${letter}${countRow}*${ruleSet.conversion})`,
      unsur.nrrConverted ?? '',
    );
    converted.numFmt = FORMAT.converted;
    sheet.getCell(gradeRow, column).value = formula(gradeFormula(`${letter}${convertedRow}`, ruleSet), unsur.grade ?? '');
  });
  const weightedRange = `${firstUnsur}${weightedRow}:${lastUnsur}${weightedRow}`;
  const summary: [string, Cell, string?][] = [
    ['IKM (Σ NRR tertimbang)', formula(ikmFormula(nrrRange, weightedRange, codes.length, mode), result.ikm ?? ''), FORMAT.ikm],
    [
      'Bobot per unsur',
      typeof weightFormula(nrrRange, mode) === 'number' ? mode.weight : formula(String(weightFormula(nrrRange, mode)), mode.weight),
      FORMAT.weight,
    ],
    [
      `IKM konversi (× ${ruleSet.conversion})`,
      formula(`IF(C${ikmRow}="","",C${ikmRow}*${ruleSet.conversion})`, result.ikmConverted ?? ''),
      FORMAT.converted,
    ],
    ['Mutu pelayanan', formula(gradeFormula(`C${ikmRow + 2}`, ruleSet), result.grade ?? '')],
    ['Kinerja unit pelayanan', formula(performanceFormula(`C${ikmRow + 2}`, ruleSet), result.performance ?? '')],
  ];
  summary.forEach(([label, value, format], index) => {
    sheet.getCell(ikmRow + index, 2).value = label;
    sheet.getCell(ikmRow + index, 2).font = { bold: true };
    const cell = sheet.getCell(ikmRow + index, 3);
    cell.value = value;
    cell.font = { bold: true };
    if (format) cell.numFmt = format;
  });
  const legendRow = ikmRow + summary.length + 1;
  sheet.getRow(legendRow).values = ['', `Nilai interval konversi (× ${ruleSet.conversion})`, 'Mutu', 'Kinerja'];
  sheet.getRow(legendRow).font = { bold: true };
  ruleSet.bands.forEach((band, index) => {
    const lower = Number.isFinite(band.min) ? `≥ ${band.min.toFixed(2).replace('.', ',')}` : 'di bawahnya';
    sheet.getRow(legendRow + 1 + index).values = ['', lower, band.mutu, band.kinerja];
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 30;
  for (let index = 0; index < codes.length; index++) sheet.getColumn(3 + index).width = 13;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: CODE_ROW }];
  printSetup(sheet, `${LABEL_ROW}:${CODE_ROW}`);
  return { nrrRow, convertedRow, ikmCell: `C${ikmRow}`, convertedCell: `C${ikmRow + 2}` };
}

/** The NRR chart: one row per unsur with its NRR, a data bar and a text bar (exceljs draws no chart objects). */
function writeChart(workbook: ExcelJS.Workbook, unit: Unit, result: PeriodResult, tabulation: Tabulation): void {
  const sheet = workbook.addWorksheet('Grafik NRR');
  sheet.getRow(1).values = ['Unsur', 'Nama unsur', 'NRR', 'Grafik (skala 1–4)'];
  sheet.getRow(1).font = { bold: true };
  unit.unsur.forEach((unsur, index) => {
    const line = 2 + index;
    const source = onSheet(TABULATION_SHEET, `${columnName(2 + index)}${tabulation.nrrRow}`);
    const nrr = result.unsur[index]?.nrr ?? null;
    sheet.getRow(line).values = [unsur.code, unsur.label];
    sheet.getCell(line, 3).value = formula(source, cached(nrr, result.mode.roundDecimals));
    sheet.getCell(line, 3).numFmt = FORMAT.nrr;
    sheet.getCell(line, 4).value = formula(
      `IF(C${line}="","",REPT("█",ROUND(C${line}*10,0)))`,
      nrr === null ? '' : '█'.repeat(Math.round(nrr * 10)),
    );
    sheet.getCell(line, 4).font = { color: { argb: 'FF2F5597' } };
  });
  const last = 1 + unit.unsur.length;
  sheet.addConditionalFormatting({
    ref: `C2:C${last}`,
    rules: [
      {
        type: 'dataBar',
        priority: 1,
        cfvo: [
          { type: 'num', value: 1 },
          { type: 'num', value: 4 },
        ],
        color: { argb: 'FF5B9BD5' },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
  sheet.getColumn(1).width = 8;
  sheet.getColumn(2).width = 40;
  sheet.getColumn(3).width = 10;
  sheet.getColumn(4).width = 45;
  printSetup(sheet, '1:1');
}

export async function exportXlsx(workspace: Workspace, periodId: string, target: string, mode?: ModeId): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const period = workspace.periods.find((candidate) => candidate.id === periodId);
  if (!period) throw new Error(`unknown period ${periodId}`);
  const result = computePeriod(workspace, periodId, { mode: mode ?? workspace.unit.mode });
  const ruleSet = ruleSetOf(workspace);
  const unit = workspace.unit;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'skm-as-code';
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  const rowCount = period.responses?.rows.length ?? 0;
  // The tabulation is the first sheet users see; its formulas read the respondents' sheet.
  const dataColumns = new Map(canonicalHeader(unit).map((code, index) => [code, index]));
  const title = `Olah data SKM — ${unit.name} — ${period.label}`;
  const tabulation = writeTabulation(workbook, unit, period, ruleSet, result, dataColumns, title);
  writeDataSheet(workbook, unit, period);
  writeProfileSheet(workbook, unit, result, dataColumns, rowCount);
  writeServiceSheet(workbook, unit, ruleSet, result, dataColumns, rowCount);
  writeChart(workbook, unit, result, tabulation);
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileAtomic(target, new Uint8Array(buffer));
}
