/**
 * Checks numbers and simple claims typed into narrative Markdown against the computed result:
 * an IKM, an NRR quoted next to an unsur, a percentage next to a profile category, a Krejcie &
 * Morgan sample size, and an unsur named as highest/lowest. Heuristics work per sentence and
 * stay quiet when a sentence is ambiguous; every finding carries its exact location.
 */
import type { PeriodResult } from '../compute/result';
import { Ratio } from '../compute/ratio';
import { slovin } from '../compute/sample-size';
import type { Range } from '../model/diagnostic';
import type { Unit } from '../model/types';
import { LineIndex } from '../parse/line-index';
import { formatNumber, formatShare } from '../text/format';
import { t } from '../text/messages';

export type ClaimCode =
  'narrative.claim-ikm' | 'narrative.claim-nrr' | 'narrative.claim-percent' | 'narrative.claim-sample' | 'narrative.claim-rank';

export interface ClaimFinding {
  code: ClaimCode;
  range: Range;
  message: string;
  /** What was typed and the value the data gives (formatted as printed), for marks and quick fixes. */
  data: { typed: string; actual: string; rank?: string };
}

const GENERIC_WORDS = new Set([
  'dengan',
  'dalam',
  'antara',
  'yang',
  'pelayanan',
  'layanan',
  'jenis',
  'terkait',
  'petugas',
  'memberikan',
  'tercantum',
  'standar',
  'diberikan',
  'pengguna',
  'kualitas',
  'kesesuaian',
  'kemudahan',
  'kecepatan',
  'pelaksana',
  'penggunaan',
]);

interface Mention {
  code: string;
  offset: number;
}

function keywords(unit: Unit): Map<string, string> {
  const result = new Map<string, string>();
  for (const unsur of unit.unsur) {
    result.set(unsur.code.toLowerCase(), unsur.code);
    for (const word of unsur.label.toLowerCase().split(/[^a-z]+/)) {
      if (word.length >= 4 && !GENERIC_WORDS.has(word) && !result.has(word)) result.set(word, unsur.code);
    }
  }
  return result;
}

function mentions(sentence: string, base: number, words: Map<string, string>): Mention[] {
  const found: Mention[] = [];
  for (const match of sentence.matchAll(/[A-Za-z0-9]+/g)) {
    const code = words.get(match[0].toLowerCase());
    if (code && !found.some((mention) => mention.code === code && mention.offset > base + (match.index ?? 0) - 40))
      found.push({ code, offset: base + (match.index ?? 0) });
  }
  return found;
}

/** Splits text into sentences with their offsets; decimal commas and "No." do not split. */
function sentences(text: string): { text: string; offset: number }[] {
  const result: { text: string; offset: number }[] = [];
  let start = 0;
  const boundaries = /(?<=[.!?])\s+(?=[A-Z{])|\n\s*\n|\n(?=\s*[-*]\s)/g;
  for (const match of text.matchAll(boundaries)) {
    const end = match.index ?? 0;
    result.push({ text: text.slice(start, end), offset: start });
    start = end + match[0].length;
  }
  result.push({ text: text.slice(start), offset: start });
  return result.filter((sentence) => sentence.text.trim() !== '');
}

const NUMBER = /(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(\s?%)?(?![\w]|,\d)/g;

function parseNumber(whole: string, fraction: string | undefined): number {
  return Number(`${whole.replace(/\./g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
}

export function checkClaims(text: string, unit: Unit, result: PeriodResult): ClaimFinding[] {
  const lines = new LineIndex(text);
  const findings: ClaimFinding[] = [];
  const words = keywords(unit);
  const byCode = new Map(result.unsur.map((unsur) => [unsur.code, unsur]));
  const label = (code: string): string => byCode.get(code)?.label ?? code;
  const profileLabels = result.profile.flatMap((attribute) =>
    attribute.rows.map((row) => ({ row, attribute: attribute.label, answered: attribute.answered })),
  );
  const highest = new Set([...result.highest, ...result.ties.highest].map((unsur) => unsur.code));
  const lowest = new Set([...result.lowest, ...result.ties.lowest].map((unsur) => unsur.code));

  // Variables are correct by construction: blank them out (same length keeps offsets).
  const masked = text.replace(/\{\{[^}]*\}\}/g, (variable) => ' '.repeat(variable.length));
  for (const sentence of sentences(masked)) {
    const lower = sentence.text.toLowerCase();
    const unsurMentions = mentions(sentence.text, sentence.offset, words);
    for (const match of sentence.text.matchAll(NUMBER)) {
      const [typed, whole = '', fraction, percentSign] = match;
      const offset = sentence.offset + (match.index ?? 0);
      const range = lines.range(offset, offset + typed.length);
      const value = parseNumber(whole, fraction);
      const decimals = fraction?.length ?? 0;
      if (percentSign) {
        const before = lower.slice(0, match.index ?? 0);
        let best: { row: (typeof profileLabels)[number]['row']; answered: number; at: number } | undefined;
        for (const { row, answered } of profileLabels) {
          const at = before.lastIndexOf(row.label.toLowerCase());
          if (at >= 0 && row.label.length >= 2 && (!best || at > best.at)) best = { row, answered, at };
        }
        if (best && best.answered > 0 && Number(Ratio.of(best.row.count * 100, best.answered).toFixed(decimals)) !== value) {
          const actual = formatShare(best.row.count, best.answered, 2);
          findings.push({
            code: 'narrative.claim-percent',
            range,
            message: t('narrative.claim-percent', { label: best.row.label, typed: typed.trim(), actual }),
            data: { typed: typed.trim(), actual },
          });
        }
        continue;
      }
      if (/krejcie/i.test(sentence.text) && decimals === 0 && result.sample.krejcieMorgan !== null) {
        if (
          value !== result.sample.population &&
          value !== result.sample.krejcieMorgan &&
          value > 1 &&
          value < (result.sample.population ?? Infinity)
        ) {
          findings.push({
            code: 'narrative.claim-sample',
            range,
            message: t('narrative.claim-sample', {
              typed,
              population: formatNumber(result.sample.population, 0),
              actual: formatNumber(result.sample.krejcieMorgan, 0),
              slovin: slovin10(result.sample.population),
            }),
            data: { typed, actual: formatNumber(result.sample.krejcieMorgan, 0) },
          });
        }
        continue;
      }
      if (
        decimals >= 2 &&
        value >= 25 &&
        value <= 100 &&
        /\b(ikm|nilai skm|indeks kepuasan)/i.test(sentence.text) &&
        result.ikmConverted !== null
      ) {
        if (Number(result.ikmConverted.toFixed(decimals)) !== value) {
          findings.push({
            code: 'narrative.claim-ikm',
            range,
            message: t('narrative.claim-ikm', { typed, actual: formatNumber(result.ikmConverted, 2) }),
            data: { typed, actual: formatNumber(result.ikmConverted, 2) },
          });
        }
        continue;
      }
      if (decimals >= 2 && value >= 1 && value <= 4) {
        const before = unsurMentions.filter((mention) => mention.offset < offset).at(-1);
        const unsur = before ? byCode.get(before.code) : undefined;
        if (unsur?.nrr !== null && unsur?.nrr !== undefined && Number(unsur.nrr.toFixed(decimals)) !== value) {
          findings.push({
            code: 'narrative.claim-nrr',
            range,
            message: t('narrative.claim-nrr', { label: unsur.label, typed, actual: formatNumber(unsur.nrr, decimals) }),
            data: { typed, actual: formatNumber(unsur.nrr, decimals) },
          });
        }
      }
    }
    const saysHighest = /tertinggi/.test(lower);
    const saysLowest = /terendah/.test(lower);
    if (saysHighest !== saysLowest && result.unsur.some((unsur) => unsur.nrr !== null)) {
      const allowed = saysHighest ? highest : lowest;
      const rank = t(saysHighest ? 'report.rank-highest' : 'report.rank-lowest');
      const actual = (saysHighest ? result.highest : result.lowest).map((unsur) => unsur.label).join(', ');
      const reported = new Set<string>();
      for (const mention of unsurMentions) {
        if (allowed.has(mention.code) || reported.has(mention.code)) continue;
        reported.add(mention.code);
        const word = /[A-Za-z0-9]+/.exec(text.slice(mention.offset))?.[0] ?? '';
        findings.push({
          code: 'narrative.claim-rank',
          range: lines.range(mention.offset, mention.offset + word.length),
          message: t('narrative.claim-rank', { label: label(mention.code), rank, actual }),
          data: { typed: word, actual, rank },
        });
      }
    }
  }
  return findings;
}

function slovin10(population: number | null): string {
  return population === null ? '–' : formatNumber(slovin(population, 0.1), 0);
}
