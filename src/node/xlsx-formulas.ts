/**
 * Formula text for the olah-data workbook, faithful to the computation mode: exact mode weighs
 * the NRRs present by 1/their count (the mean of the NRRs); template modes use the printed
 * weight, need every unsur answered, and wrap NRR and NRR×w in ROUND(…,3) in their round3 forms
 * (a spreadsheet's ROUND is decimal half-up, like the engine's). Grades are an IF ladder over the
 * rule set's half-open bands on the converted value.
 */
import type { ModeInfo } from '../core/compute/result';
import type { RuleSet } from '../core/model/rule-sets';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let value = index + 1; value > 0; value = Math.floor((value - 1) / 26)) name = String.fromCharCode(65 + ((value - 1) % 26)) + name;
  return name;
}

/** A sheet-qualified reference: `'Data Responden'!C3`. */
export function onSheet(sheet: string, reference: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${reference}`;
}

/** `ROUND(expression, d)` in the round3 modes, the expression itself otherwise. */
export function rounded(expression: string, mode: ModeInfo): string {
  return mode.roundDecimals === null ? expression : `ROUND(${expression},${mode.roundDecimals})`;
}

/** NRR from a sum and a count cell: empty text when nobody answered. */
export function nrrFormula(sum: string, count: string, mode: ModeInfo): string {
  return `IF(${count}=0,"",${rounded(`${sum}/${count}`, mode)})`;
}

/** The weight cell: 1/(unsur answered) in exact mode, the printed weight in template modes. */
export function weightFormula(nrrRange: string, mode: ModeInfo): string | number {
  return mode.id === 'exact' ? `IF(COUNT(${nrrRange})=0,0,1/COUNT(${nrrRange}))` : mode.weight;
}

/** NRR × w for one unsur: empty when the NRR is. */
export function weightedFormula(nrr: string, weight: string, mode: ModeInfo): string {
  return `IF(${nrr}="","",${rounded(`${nrr}*${weight}`, mode)})`;
}

/**
 * The IKM from the NRR×w cells: their sum, empty when there is no NRR at all, or — in template
 * modes, which cannot do without an unsur — when one is missing.
 */
export function ikmFormula(nrrRange: string, weightedRange: string, unsurCount: number, mode: ModeInfo): string {
  const missing = mode.id === 'exact' ? `COUNT(${nrrRange})=0` : `COUNT(${nrrRange})<${unsurCount}`;
  return `IF(${missing},"",SUM(${weightedRange}))`;
}

/** The IKM from a row of NRR cells directly (per-service table), one NRR×w term per unsur. */
export function ikmFromNrrs(nrrCells: readonly string[], mode: ModeInfo): string {
  const range = `${nrrCells[0]}:${nrrCells[nrrCells.length - 1]}`;
  if (mode.id === 'exact') return `IF(COUNT(${range})=0,"",AVERAGE(${range}))`;
  const terms = nrrCells.map((cell) => rounded(`${cell}*${mode.weight}`, mode)).join('+');
  return `IF(COUNT(${range})<${nrrCells.length},"",${terms})`;
}

/** Mutu of a converted (×25) value: the bands from the top, half-open; empty for empty. */
export function gradeFormula(converted: string, ruleSet: RuleSet): string {
  const bands = [...ruleSet.bands].reverse();
  const ladder = bands
    .slice(1)
    .reduce((inner, band) => `IF(${converted}>=${band.min},"${band.mutu}",${inner})`, `"${bands[0]?.mutu ?? ''}"`);
  return `IF(${converted}="","",${ladder})`;
}

/** Kinerja of a converted value, like `gradeFormula`. */
export function performanceFormula(converted: string, ruleSet: RuleSet): string {
  const bands = [...ruleSet.bands].reverse();
  const ladder = bands
    .slice(1)
    .reduce((inner, band) => `IF(${converted}>=${band.min},"${band.kinerja}",${inner})`, `"${bands[0]?.kinerja ?? ''}"`);
  return `IF(${converted}="","",${ladder})`;
}

/** Number formats as the template prints them. */
export const FORMAT = { nrr: '0.000', weighted: '0.000', ikm: '0.000', converted: '0.00', percent: '0.00', weight: '0.000' } as const;
