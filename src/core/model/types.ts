/**
 * The in-memory model of an SKM workspace, as built by `load/` from the files described in
 * docs/format.md. Everything here is plain data: no I/O, no editor types.
 *
 * Glossary: unsur = a measured service element (U1..U9); NRR = nilai rata-rata (mean score of an
 * unsur); IKM = Indeks Kepuasan Masyarakat; RTL = rencana tindak lanjut (follow-up plan);
 * TW = triwulan (quarter); FKP = Forum Konsultasi Publik.
 */
import type { Range, Severity } from './diagnostic';

/** Where a value came from, for diagnostics and "reveal in source". */
export interface SourceRef {
  file: string;
  range: Range;
}

export interface Unsur {
  code: string;
  label: string;
  question: string;
  /** Option labels for scores 1..scaleMax, lowest first. */
  options: string[];
  source?: SourceRef;
}

/** One value of a closed list: the code responses.csv holds, the printed label, other spellings. */
export interface ProfileOption {
  code: string;
  label: string;
  /** Other spellings that mean this value (import maps them; lint suggests the code). */
  aliases?: string[];
}

export interface ProfileAttribute {
  key: string;
  label: string;
  /** Empty for numeric attributes such as age. */
  options: ProfileOption[];
  /** Bounds of a numeric attribute (integers, inclusive). */
  min?: number;
  max?: number;
}

export interface Service {
  code: string;
  label: string;
  aliases?: string[];
}

export interface Signatory {
  name: string;
  nip: string;
  rank?: string;
  position: string;
}

export type ModeId =
  | 'exact'
  | 'template-0.111'
  | 'template-0.11'
  | 'template-0.111-round3'
  | 'template-0.11-round3'
  | 'template-0.071'
  | 'template-0.071-round3';

export type RuleSeverityOverride = Severity | 'off';

export interface Unit {
  file: string;
  name: string;
  shortName?: string;
  parent?: string;
  address?: string;
  city?: string;
  signatory?: Signatory;
  ruleSetId: string;
  mode: ModeId;
  unsur: Unsur[];
  services: Service[];
  profile: ProfileAttribute[];
  /** The closed list of time slots (jam layanan); the 14/2017 form's two by default. */
  timeSlots: ProfileOption[];
  ruleOverrides: Record<string, RuleSeverityOverride>;
}

export interface ScheduleRow {
  kegiatan: string;
  waktu: string;
  hariKerja?: number;
}

export interface TeamMember {
  name: string;
  role?: string;
}

export interface Period {
  id: string;
  /** Folder of the period, workspace-relative, e.g. `periods/2023-s1`. */
  folder: string;
  file: string;
  label: string;
  start: string;
  end: string;
  reportDate?: string;
  population?: { size: number; scope: 'period' | 'year'; note?: string; byService?: Record<string, number>; source?: SourceRef };
  sampling?: { method: 'krejcie-morgan' | 'slovin'; margin?: number; stated?: number; source?: SourceRef };
  collection?: string;
  location?: string;
  schedule: ScheduleRow[];
  team: TeamMember[];
  fkp?: { date?: string; notes?: string };
  /** Section key → workspace-relative Markdown file. */
  narrative: Record<string, string>;
  responses?: Responses;
  summary?: Summary;
  rtl?: Rtl;
}

/** One respondent. `scores` is aligned with `Unit.unsur`; null = not answered or invalid. */
export interface ResponseRow {
  /** 1-based line in the source file (CSV line or YAML item line). */
  line: number;
  id: string;
  date?: string;
  time?: string;
  service?: string;
  profile: Record<string, string>;
  scores: (number | null)[];
  saran?: string;
}

export interface Responses {
  file: string;
  rows: ResponseRow[];
  /** Answers excluded because they were missing a valid score: per unsur code. */
  excluded: Record<string, number>;
}

export interface UnsurAggregate {
  answered: number;
  total: number;
  source?: SourceRef;
}

export interface ProfileCount {
  count: number;
  /** A percentage printed in the original report, kept so lint can check it. */
  percent?: number;
  source?: SourceRef;
}

export interface Summary {
  file: string;
  respondents: number;
  unsur: Record<string, UnsurAggregate>;
  profile: Record<string, Record<string, ProfileCount>>;
  byService: Record<string, { respondents: number; unsur: Record<string, UnsurAggregate> }>;
  reconstructed: boolean;
}

export type RealisationStatus = 'sudah' | 'belum';
export type Horizon = 'pendek' | 'menengah' | 'panjang';

export interface Evidence {
  file: string;
  caption: string;
  source?: SourceRef;
}

export interface RtlItem {
  id: string;
  unsur: string;
  program: string;
  quarters: number[];
  year: number;
  horizon?: Horizon;
  responsible: string;
  realisation?: {
    status: RealisationStatus;
    description?: string;
    dates: string[];
    challenges?: string;
    evidence: Evidence[];
  };
  strategy?: { strategy: string; target?: string; responsible?: string; stakeholders?: string };
  source?: SourceRef;
}

export interface Rtl {
  file: string;
  year?: number;
  items: RtlItem[];
}

export interface Workspace {
  /** Absolute or virtual root; paths in the model are relative to it. */
  root: string;
  unit: Unit;
  /** Ordered by start date. */
  periods: Period[];
}
