/**
 * The roll-up's result: the wire contract of `skm rollup --format json` (docs/rollup.md) and the
 * input of the Laporan Rekapitulasi SKM. Numbers at full precision; rounding is for display.
 * Every IKM here is computed in exact mode (w = 1/X) from integer sums.
 */
import type { Interval } from '../compute/result';

export interface RollupUnsur {
  code: string;
  label: string;
  answered: number;
  scoreSum: number;
  nrr: number | null;
}

/** One unit in one period. */
export interface UnitPeriodFigures {
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  periodStart: string;
  ruleSet: string;
  unsurSet: string;
  source: string;
  respondents: number;
  unsur: RollupUnsur[];
  ikm: number | null;
  ikmConverted: number | null;
  grade: string | null;
  performance: string | null;
  /** 95% interval of ikmConverted; null for summary-only periods. */
  confidence: Interval | null;
  standardError: number | null;
  /** Codes of the three lowest unsur (ties at the cut-off included). */
  lowest: string[];
}

export interface RankedUnit {
  rank: number;
  unit: string;
  unitName: string;
  respondents: number;
  ikmConverted: number | null;
  grade: string | null;
  confidence: Interval | null;
}

export interface InstansiIndex {
  /** Σ score_sum / Σ answered per unsur over every unit of the group, then the mean over the unsur. */
  pooled: { ikmConverted: number | null; grade: string | null; respondents: number };
  /** The plain mean of the unit IKMs (each unit weighs the same). */
  unitMean: { ikmConverted: number | null; grade: string | null; units: number };
  /** Which of the two the report headlines. */
  chosen: 'pooled' | 'unit-mean';
}

export interface UnsurAcrossUnits {
  code: string;
  label: string;
  answered: number;
  scoreSum: number;
  /** Pooled NRR of the group. */
  nrr: number | null;
  lowestUnitNrr: number | null;
  highestUnitNrr: number | null;
  /** Units where this unsur is among their three lowest. */
  lowestIn: number;
}

/** Units sharing a rule set and an unsur set: the only units ever pooled together. */
export interface RollupGroup {
  ruleSet: string;
  unsurSet: string;
  units: RankedUnit[];
  index: InstansiIndex;
  unsur: UnsurAcrossUnits[];
  /** Units per mutu, A first. */
  grades: { grade: string; units: number }[];
}

export interface TrendCell {
  period: string;
  ikmConverted: number | null;
  grade: string | null;
  change: number | null;
  significant: boolean | null;
}

export interface UnitTrend {
  unit: string;
  unitName: string;
  points: TrendCell[];
}

export type ComplianceCheck = 'period' | 'sample' | 'rtl' | 'lhtl' | 'published';

export interface ComplianceRow {
  unit: string;
  unitName: string;
  status: 'patuh' | 'belum-lengkap' | 'tidak-patuh';
  /** Per check: passed or not (null = cannot be judged, e.g. no population given). */
  checks: Record<ComplianceCheck, boolean | null>;
  /** % tindak lanjut of the period's RTL, when it has one. */
  tindakLanjutPercent: number | null;
  /** Why the unit is not `patuh`, in the current language. */
  reasons: string[];
}

export interface RollupResult {
  schemaVersion: 1;
  /** The period the ranking, the index and compliance are for. */
  period: string;
  periods: string[];
  mode: 'exact';
  units: number;
  groups: RollupGroup[];
  trend: UnitTrend[];
  compliance: ComplianceRow[];
  /** Every unit × period figure, for consumers that need more than the summary. */
  figures: UnitPeriodFigures[];
}
