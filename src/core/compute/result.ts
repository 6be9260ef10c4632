/**
 * The result of computing one period: the wire contract of `skm compute --json` (documented in
 * docs/compute-json.md) and the input of the reports, the preview and `skm diff`.
 * Numbers are plain numbers at full precision; rounding is for display only.
 */
import type { ModeId } from '../model/types';

export interface UnsurResult {
  code: string;
  label: string;
  /** Respondents who gave a valid answer for this unsur (the NRR's denominator). */
  answered: number;
  /** Sum of the valid scores. */
  total: number;
  /** total / answered; null when nobody answered. */
  nrr: number | null;
  /** nrr × conversion (25). */
  nrrConverted: number | null;
  /** Mutu from the unrounded nrrConverted, half-open bands. */
  grade: string | null;
  /** Answers left out (missing or invalid), from raw responses; 0 for summaries. */
  excluded: number;
}

export interface RankedUnsur {
  code: string;
  label: string;
  nrr: number;
}

export interface ProfileRow {
  code: string;
  label: string;
  count: number;
  /** count ÷ the table's `answered` × 100, unrounded; every output rounds it from the counts (`formatShare`). */
  percent: number;
}

export interface ProfileTable {
  key: string;
  label: string;
  rows: ProfileRow[];
  /** Respondents with a value for this attribute: the denominator of every row's percentage. */
  answered: number;
  /** Respondents with no value for this attribute. */
  unknown: number;
  /** Code(s) of the most frequent category. */
  modal: string[];
}

export interface ServiceResult {
  code: string;
  label: string;
  respondents: number;
  ikm: number | null;
  ikmConverted: number | null;
  grade: string | null;
  unsur: { code: string; nrr: number | null; answered: number }[];
  /** Sample adequacy for this service, when period.yaml gives `population.byService`; null otherwise. */
  sample: ServiceSample | null;
}

export interface ServiceSample {
  population: number;
  krejcieMorgan: number | null;
  slovin: number | null;
  /** respondents ≥ the minimum of the period's sampling method (Krejcie–Morgan by default). */
  adequate: boolean | null;
}

/** The IKM of the respondents sharing one profile value (e.g. Pendidikan = S1). */
export interface ProfileGroupResult {
  code: string;
  label: string;
  respondents: number;
  ikm: number | null;
  ikmConverted: number | null;
  grade: string | null;
}

export interface ProfileBreakdown {
  key: string;
  label: string;
  groups: ProfileGroupResult[];
}

export interface SampleResult {
  population: number | null;
  populationScope: 'period' | 'year' | null;
  krejcieMorgan: number | null;
  /** Slovin at the stated margin (default 0.05). */
  slovin: number | null;
  slovinMargin: number;
  method: 'krejcie-morgan' | 'slovin' | null;
  stated: number | null;
  /** respondents ≥ the minimum of the stated method (K&M by default); null without population. */
  adequate: boolean | null;
}

export interface TrendPoint {
  periodId: string;
  label: string;
  ikmConverted: number | null;
  grade: string | null;
  /** Change in ikmConverted against the previous point; null for the first. */
  change: number | null;
  /** Whether the change is statistically significant at 95%; null when it cannot be judged. */
  significant: boolean | null;
}

export interface Interval {
  low: number;
  high: number;
}

export interface ConfidenceResult {
  /** 'normal-approximation' over respondents, or 'tidak tersedia' for summary-only periods. */
  method: string;
  level: number;
  available: boolean;
  /** On the ×25 scale. */
  ikmConverted: Interval | null;
  /** Per unsur code, on the 1–4 scale. */
  nrr: Record<string, Interval>;
  /** Standard error of ikmConverted, for significance tests. */
  standardError: number | null;
}

export interface RtlMetrics {
  planned: number;
  realised: number;
  /** realised / planned × 100; null when nothing is planned. */
  percent: number | null;
  /** Ids of items whose last planned triwulan ended before the report date and are not sudah. */
  overdue: string[];
}

export interface ModeInfo {
  id: ModeId;
  /** The weight per unsur actually used (1/X in exact mode). */
  weight: number;
  /** Decimals NRR and NRR×w are rounded to before summing; null for none. */
  roundDecimals: number | null;
  description: string;
  /** Why this mode cannot be used for the unit's unsur count (then no IKM is given); null when it can. */
  refusal: string | null;
}

/** Something the reader of a result must know (no data, unsur nobody answered, …). */
export interface ComputeNote {
  code: string;
  /** In the current language. */
  message: string;
}

export interface PeriodResult {
  periodId: string;
  label: string;
  ruleSet: string;
  mode: ModeInfo;
  source: 'responses' | 'summary' | 'none';
  respondents: number;
  unsur: UnsurResult[];
  /** 1–4 scale; null when there are no valid answers. */
  ikm: number | null;
  ikmConverted: number | null;
  grade: string | null;
  performance: string | null;
  lowest: RankedUnsur[];
  highest: RankedUnsur[];
  /** Unsur tied with the third-lowest / third-highest that fell outside the three. */
  ties: { lowest: RankedUnsur[]; highest: RankedUnsur[] };
  byService: ServiceResult[];
  profile: ProfileTable[];
  /** IKM per value of each profile attribute (raw responses only; empty for summaries). */
  byProfile: ProfileBreakdown[];
  sample: SampleResult;
  trend: TrendPoint[];
  confidence: ConfidenceResult;
  rtl: RtlMetrics;
  /** When a template mode would grade differently from exact: both grades. */
  modeDisagreement: { mode: ModeId; grade: string | null; exactGrade: string | null } | null;
  /** Respondents without a service code (counted in the pooled figures only). */
  withoutService: number;
  notes: ComputeNote[];
}
