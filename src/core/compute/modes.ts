/**
 * Computation modes as data. `exact` is PermenPANRB 14/2017 read literally: w = 1/X with no
 * intermediate rounding, so the IKM is the mean of the NRRs. The template modes reproduce the
 * circulating "template olah data SKM" spreadsheet and its local copies.
 */
import type { ModeId } from '../model/types';
import type { ModeInfo } from './result';
import { t } from '../text/messages';

export interface ModeDefinition {
  id: ModeId;
  /** Fixed weight per unsur, or null for 1/X. */
  weight: number | null;
  /** Decimals NRR and NRR×w are rounded to (half away from zero) before summing; null for none. */
  roundDecimals: number | null;
}

/** Every mode, exact first. */
export const MODES: readonly ModeDefinition[] = [
  { id: 'exact', weight: null, roundDecimals: null },
  { id: 'template-0.111', weight: 0.111, roundDecimals: null },
  { id: 'template-0.11', weight: 0.11, roundDecimals: null },
  { id: 'template-0.111-round3', weight: 0.111, roundDecimals: 3 },
  { id: 'template-0.11-round3', weight: 0.11, roundDecimals: 3 },
];

export function isModeId(value: string): value is ModeId {
  return MODES.some((mode) => mode.id === value);
}

/** The mode as reported in a result: the weight actually used and a description in the current language. */
export function resolveMode(id: ModeId, unsurCount: number): ModeInfo {
  const definition = MODES.find((mode) => mode.id === id) ?? MODES[0]!;
  const weight = definition.weight ?? (unsurCount > 0 ? 1 / unsurCount : 0);
  return {
    id: definition.id,
    weight,
    roundDecimals: definition.roundDecimals,
    description: t(`compute.mode.${definition.id}`, { count: unsurCount }),
  };
}

/**
 * Rounds half away from zero on the shortest decimal form of the value, like a spreadsheet's
 * ROUND: 0,3745 → 0,375 although the binary value is a hair below.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

/**
 * The IKM (1–4) from the NRRs of every unsur of the unit, in order (null = nobody answered it).
 * Exact mode takes the mean of the NRRs there are (the same as Σ NRR × 1/X without rounding 1/X).
 * Template modes weight each NRR by the fixed weight, rounding NRR and NRR×w first when the mode
 * says so, and sum in unsur order in binary floating point as the spreadsheet does; like the
 * spreadsheet they cannot do without an unsur, so any null gives null. Null without any NRR.
 */
export function combineNrr(nrrs: readonly (number | null)[], mode: ModeInfo): number | null {
  let sum = 0;
  let count = 0;
  for (const nrr of nrrs) {
    if (nrr === null) {
      if (mode.id !== 'exact') return null;
      continue;
    }
    count++;
    if (mode.id === 'exact') sum += nrr;
    else if (mode.roundDecimals === null) sum += nrr * mode.weight;
    else sum += roundHalfUp(roundHalfUp(nrr, mode.roundDecimals) * mode.weight, mode.roundDecimals);
  }
  if (count === 0) return null;
  return mode.id === 'exact' ? sum / count : sum;
}
