/**
 * `skm export --xlsx`: the national olah-data spreadsheet layout — one row per respondent with
 * U1…Un, then Σ, answered, NRR, NRR tertimbang, IKM and IKM × 25 as LIVE formulas, each with the
 * engine's value cached so viewers that do not recalculate still show numbers, and the mutu
 * legend. Free text is neutralised against formula injection.
 */
import { computePeriod, ruleSetOf } from '../core/compute/compute-period';
import type { ModeId, Workspace } from '../core/model/types';
import { neutraliseFormula } from '../core/import/csv-write';
import { writeFileAtomic } from './atomic-write';

const column = (index: number): string => {
  let name = '';
  for (let value = index + 1; value > 0; value = Math.floor((value - 1) / 26)) name = String.fromCharCode(65 + ((value - 1) % 26)) + name;
  return name;
};

export async function exportXlsx(workspace: Workspace, periodId: string, target: string, mode?: ModeId): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const period = workspace.periods.find((candidate) => candidate.id === periodId);
  if (!period) throw new Error(`unknown period ${periodId}`);
  const result = computePeriod(workspace, periodId, { mode: mode ?? workspace.unit.mode });
  const ruleSet = ruleSetOf(workspace);
  const codes = workspace.unit.unsur.map((unsur) => unsur.code);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'skm-as-code';
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Olah Data');
  sheet.getCell('A1').value = `Olah data SKM — ${workspace.unit.name} — ${period.label}`;
  sheet.getCell('A1').font = { bold: true };
  sheet.getCell('A2').value = `Mode: ${result.mode.id}`;
  const headerRow = 4;
  const header = ['No', 'Responden', ...codes, 'Saran'];
  header.forEach((text, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = text;
    cell.font = { bold: true };
  });
  const rows = period.responses?.rows ?? [];
  rows.forEach((row, rowIndex) => {
    const line = headerRow + 1 + rowIndex;
    sheet.getCell(line, 1).value = rowIndex + 1;
    sheet.getCell(line, 2).value = neutraliseFormula(row.id);
    row.scores.forEach((score, scoreIndex) => {
      if (score !== null) sheet.getCell(line, 3 + scoreIndex).value = score;
    });
    if (row.saran) sheet.getCell(line, 3 + codes.length).value = neutraliseFormula(row.saran);
  });
  const first = headerRow + 1;
  const last = headerRow + Math.max(rows.length, 1);
  const summaryStart = headerRow + rows.length + 2;
  const labels = ['Σ nilai', 'Jumlah menjawab', 'NRR', 'NRR tertimbang'];
  labels.forEach((label, index) => {
    sheet.getCell(summaryStart + index, 2).value = label;
    sheet.getCell(summaryStart + index, 2).font = { bold: true };
  });
  const weightCell = `$B$${summaryStart + 6}`;
  const round = result.mode.roundDecimals;
  const wrap = (expression: string): string => (round === null ? expression : `ROUND(${expression},${round})`);
  result.unsur.forEach((unsur, index) => {
    const letter = column(2 + index);
    const [sumRow, countRow, nrrRow, weightedRow] = [0, 1, 2, 3].map((offset) => summaryStart + offset) as [number, number, number, number];
    const fromData = period.responses !== undefined;
    sheet.getCell(sumRow, 3 + index).value = fromData
      ? { formula: `SUM(${letter}${first}:${letter}${last})`, result: unsur.total }
      : unsur.total;
    sheet.getCell(countRow, 3 + index).value = fromData
      ? { formula: `COUNT(${letter}${first}:${letter}${last})`, result: unsur.answered }
      : unsur.answered;
    const nrr = unsur.nrr === null ? 0 : round === null ? unsur.nrr : Number(unsur.nrr.toFixed(round));
    sheet.getCell(nrrRow, 3 + index).value = {
      formula: wrap(`IF(${letter}${countRow}=0,0,${letter}${sumRow}/${letter}${countRow})`),
      result: nrr,
    };
    sheet.getCell(weightedRow, 3 + index).value = {
      formula: wrap(`${letter}${nrrRow}*${weightCell}`),
      result: round === null ? nrr * result.mode.weight : Number((nrr * result.mode.weight).toFixed(round)),
    };
  });
  const weightedRange = `${column(2)}${summaryStart + 3}:${column(1 + codes.length)}${summaryStart + 3}`;
  const ikmRow = summaryStart + 5;
  sheet.getCell(ikmRow, 2).value = 'IKM';
  sheet.getCell(ikmRow, 3).value = { formula: `SUM(${weightedRange})`, result: result.ikm ?? 0 };
  sheet.getCell(summaryStart + 6, 1).value = 'Bobot';
  sheet.getCell(summaryStart + 6, 2).value =
    result.mode.id === 'exact' ? { formula: `1/${codes.length}`, result: result.mode.weight } : result.mode.weight;
  sheet.getCell(summaryStart + 7, 2).value = `IKM × ${ruleSet.conversion}`;
  sheet.getCell(summaryStart + 7, 3).value = { formula: `C${ikmRow}*${ruleSet.conversion}`, result: result.ikmConverted ?? 0 };
  sheet.getCell(summaryStart + 8, 2).value = 'Mutu';
  const bands = [...ruleSet.bands].reverse();
  const ladder = bands
    .slice(1)
    .reduce((inner, band) => `IF(C${summaryStart + 7}>=${band.min},"${band.mutu}",${inner})`, `"${bands[0]?.mutu ?? ''}"`);
  sheet.getCell(summaryStart + 8, 3).value = { formula: ladder, result: result.grade ?? '' };
  const legendRow = summaryStart + 10;
  sheet.getCell(legendRow, 2).value = 'Nilai interval konversi (×25)';
  sheet.getCell(legendRow, 3).value = 'Mutu';
  sheet.getCell(legendRow, 4).value = 'Kinerja';
  ruleSet.bands.forEach((band, index) => {
    sheet.getCell(legendRow + 1 + index, 2).value = Number.isFinite(band.min)
      ? `≥ ${band.min.toFixed(2).replace('.', ',')}`
      : 'di bawahnya';
    sheet.getCell(legendRow + 1 + index, 3).value = band.mutu;
    sheet.getCell(legendRow + 1 + index, 4).value = band.kinerja;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileAtomic(target, new Uint8Array(buffer));
}
