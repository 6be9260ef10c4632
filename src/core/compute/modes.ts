/**
 * Computation modes as data. `exact` is PermenPANRB 14/2017 read literally: w = 1/X with no
 * intermediate rounding, so the IKM is the mean of the NRRs. The template modes reproduce the
 * circulating "template olah data SKM" spreadsheet and its local copies; each printed weight was
 * written for one unsur count (0,111 and 0,11 for the nine unsur of 14/2017, 0,071 for the fourteen
 * of 25/2004) and is refused for any other, where it would not sum to 1 (0,111 × 14 unsur gives an
 * IKM of 4,94 = 123,61).
 *
 * All arithmetic is exact (`Ratio`): a template's ROUND is decimal half-up on the exact value, as
 * the spreadsheet's ROUND does on its decimal display, never on a binary double.
 */
import type { ModeId } from '../model/types';
import { t } from '../text/messages';
import { Ratio } from './ratio';
import type { ModeInfo } from './result';

export interface ModeDefinition {
  id: ModeId;
  /** Fixed weight per unsur as printed, or null for 1/X. */
  weight: number | null;
  /** Decimals NRR and NRR×w are rounded to (half away from zero) before summing; null for none. */
  roundDecimals: number | null;
  /** The unsur count the printed weight was written for; null for any. */
  unsurCount: number | null;
}

/** Every mode, exact first. */
export const MODES: readonly ModeDefinition[] = [
  { id: 'exact', weight: null, roundDecimals: null, unsurCount: null },
  { id: 'template-0.111', weight: 0.111, roundDecimals: null, unsurCount: 9 },
  { id: 'template-0.11', weight: 0.11, roundDecimals: null, unsurCount: 9 },
  { id: 'template-0.111-round3', weight: 0.111, roundDecimals: 3, unsurCount: 9 },
  { id: 'template-0.11-round3', weight: 0.11, roundDecimals: 3, unsurCount: 9 },
  { id: 'template-0.071', weight: 0.071, roundDecimals: null, unsurCount: 14 },
  { id: 'template-0.071-round3', weight: 0.071, roundDecimals: 3, unsurCount: 14 },
];

export const MODE_IDS: readonly ModeId[] = MODES.map((mode) => mode.id);

export function isModeId(value: string): value is ModeId {
  return MODES.some((mode) => mode.id === value);
}

export function modeDefinition(id: ModeId): ModeDefinition {
  return MODES.find((mode) => mode.id === id) ?? MODES[0]!;
}

/**
 * Why a mode cannot be used with a unit of `unsurCount` unsur, in the current language; null when
 * it can. A template weight applies only to the unsur count it was written for.
 */
export function modeRefusal(id: ModeId, unsurCount: number): string | null {
  const definition = modeDefinition(id);
  if (definition.unsurCount === null || definition.unsurCount === unsurCount) return null;
  return t('compute.mode-not-applicable', { mode: id, expected: definition.unsurCount, count: unsurCount });
}

/** The mode as reported in a result: the weight actually used and a description in the current language. */
export function resolveMode(id: ModeId, unsurCount: number): ModeInfo {
  const definition = modeDefinition(id);
  const weight = definition.weight ?? (unsurCount > 0 ? 1 / unsurCount : 0);
  return {
    id: definition.id,
    weight,
    roundDecimals: definition.roundDecimals,
    description: t(`compute.mode.${definition.id}`, { count: unsurCount }),
    refusal: modeRefusal(id, unsurCount),
  };
}

/**
 * Rounds half away from zero on the shortest decimal form of the value, like a spreadsheet's
 * ROUND: 0,3745 → 0,375 although the binary value is a hair below.
 */
export function roundHalfUp(value: number, decimals: number): number {
  return Ratio.fromDecimal(value).roundHalfUp(decimals).toNumber();
}

/** One unsur's pooled counts; `answered` 0 means nobody answered it. */
export interface UnsurCounts {
  answered: number;
  total: number;
}

/** The exact NRR (total ÷ answered); null when nobody answered. */
export function exactNrr(counts: UnsurCounts): Ratio | null {
  return counts.answered > 0 ? Ratio.of(counts.total, counts.answered) : null;
}

/**
 * The exact IKM (1–4) from the counts of every unsur of the unit, in order. Exact mode takes the
 * mean of the NRRs there are (Σ NRR × 1/X without rounding 1/X). Template modes weight each NRR by
 * the printed weight, rounding NRR and NRR×w first when the mode says so; like the spreadsheet
 * they cannot do without an unsur, so an unanswered unsur gives null, and so does a mode refused
 * for this unsur count. Null without any NRR.
 */
export function combineCounts(counts: readonly UnsurCounts[], mode: ModeInfo): Ratio | null {
  if (mode.refusal !== null) return null;
  if (mode.id === 'exact') {
    // Σ total/answered over the answered unsur, ÷ their count, reduced once (not per addition).
    const answered = counts.filter((item) => item.answered > 0);
    if (answered.length === 0) return null;
    return Ratio.sumOf(
      answered.map((item) => item.total),
      answered.map((item) => item.answered),
      answered.length,
    );
  }
  const nrrs = counts.map(exactNrr);
  const present = nrrs.filter((nrr): nrr is Ratio => nrr !== null);
  if (present.length === 0 || present.length < nrrs.length) return null;
  const weight = Ratio.fromDecimal(mode.weight);
  const decimals = mode.roundDecimals;
  let sum = Ratio.of(0);
  for (const nrr of present) {
    sum = sum.add(decimals === null ? nrr.multiply(weight) : nrr.roundHalfUp(decimals).multiply(weight).roundHalfUp(decimals));
  }
  return sum;
}
