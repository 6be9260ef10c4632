/**
 * Maps the columns of an export onto our fields by header similarity to the unit's questionnaire
 * (question text, unsur label and code; profile label and key; fixed names such as the Google
 * Forms timestamp). A column is mapped when its best score reaches `MATCH_THRESHOLD` and beats the
 * runner-up by `AMBIGUITY_MARGIN`; otherwise it is reported as unmatched or ambiguous — never
 * guessed. An explicit mapping (header → field) overrides the similarity.
 */
import type { Unit } from '../model/types';
import { normaliseText, similarity } from './similarity';

export const MATCH_THRESHOLD = 0.5;
export const AMBIGUITY_MARGIN = 0.1;
/** Below the threshold, fields scoring at least this are shown as candidates of an unmatched column. */
export const NEAR_THRESHOLD = 0.2;

/** A field of our responses format: `id`, `date`, `time`, `service`, `saran`, `unsur:U1`, `profile:gender`, or `ignore`. */
export type Field = string;

export interface ColumnMapping {
  index: number;
  header: string;
  field: Field | null;
  score: number;
  /** How the field was chosen. */
  reason: 'explicit' | 'similarity' | 'unmatched' | 'ambiguous' | 'duplicate';
  /** Ambiguous: the tied candidates; unmatched: the nearest fields, if any; duplicate: the field. */
  candidates?: Field[];
}

const FIXED: Record<string, string[]> = {
  id: ['id', 'no responden', 'nomor responden'],
  date: ['timestamp', 'stempel waktu', 'cap waktu', 'tanggal', 'date', 'tanggal pengisian'],
  time: ['time', 'jam', 'waktu pelayanan', 'jam layanan'],
  service: ['service', 'jenis layanan', 'jenis layanan yang diterima', 'layanan'],
  saran: ['saran', 'saran dan masukan', 'masukan', 'kritik dan saran'],
};

function candidateTexts(unit: Unit): Map<Field, string[]> {
  const texts = new Map<Field, string[]>(Object.entries(FIXED));
  for (const unsur of unit.unsur)
    texts.set(
      `unsur:${unsur.code}`,
      [unsur.code, unsur.label, unsur.question].filter((text) => text !== ''),
    );
  for (const attribute of unit.profile) texts.set(`profile:${attribute.key}`, [attribute.key, attribute.label]);
  return texts;
}

export function mapColumns(headers: string[], unit: Unit, explicit: Record<string, Field> = {}): ColumnMapping[] {
  const texts = candidateTexts(unit);
  const explicitByHeader = new Map(Object.entries(explicit).map(([header, field]) => [normaliseText(header), field]));
  const mappings: ColumnMapping[] = headers.map((header, index) => {
    const forced = explicitByHeader.get(normaliseText(header));
    if (forced !== undefined) return { index, header, field: forced === 'ignore' ? null : forced, score: 1, reason: 'explicit' };
    const scored = [...texts]
      .map(([field, options]) => ({ field, score: Math.max(...options.map((text) => similarity(header, text))) }))
      .sort((a, b) => b.score - a.score || (a.field < b.field ? -1 : 1));
    const [best, second] = scored;
    if (!best || best.score < MATCH_THRESHOLD) {
      const near = scored.filter((candidate) => candidate.score >= NEAR_THRESHOLD).slice(0, 3);
      const unmatched: ColumnMapping = { index, header, field: null, score: best?.score ?? 0, reason: 'unmatched' };
      if (near.length > 0) unmatched.candidates = near.map((candidate) => candidate.field);
      return unmatched;
    }
    if (second && best.score < 1 && best.score - second.score < AMBIGUITY_MARGIN) {
      return { index, header, field: null, score: best.score, reason: 'ambiguous', candidates: [best.field, second.field] };
    }
    return { index, header, field: best.field, score: best.score, reason: 'similarity' };
  });
  // Two columns on one field: keep the better, report the other.
  const byField = new Map<Field, ColumnMapping>();
  for (const mapping of mappings) {
    if (!mapping.field) continue;
    const previous = byField.get(mapping.field);
    if (!previous) byField.set(mapping.field, mapping);
    else {
      const loser = previous.score >= mapping.score ? mapping : previous;
      if (loser === previous) byField.set(mapping.field, mapping);
      loser.candidates = [loser.field ?? ''];
      loser.field = null;
      loser.reason = 'duplicate';
    }
  }
  return mappings;
}
