/**
 * Which standard unsur of a rule set a unit's unsur is about, judged separately from its label,
 * its question and its answer scale. A standard unsur is recognised by the words only it uses
 * (label, question and options of the regulation's list); a scale by its option labels. Used by
 * `unsur.label-mismatch` to find an unsur whose label names one standard unsur while its question
 * and scale belong to another (seed 000: "Kemudahan dalam Penggunaan Aplikasi" asked with the
 * Biaya/Tarif scale).
 */
import type { RuleSet } from '../model/rule-sets';
import type { Unsur } from '../model/types';

/** Words every questionnaire shares; they say nothing about the topic. */
const COMMON_WORDS = new Set([
  'bagaimana',
  'pendapat',
  'pemahaman',
  'saudara',
  'tentang',
  'dalam',
  'dengan',
  'yang',
  'pelayanan',
  'layanan',
  'pelayanannya',
  'terkait',
  'petugas',
  'memberikan',
  'diberikan',
  'kualitas',
  'tidak',
  'kurang',
  'sangat',
  'unit',
  'antara',
  'jenis',
  'kesesuaian',
  'sesuai',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4 && !COMMON_WORDS.has(word));
}

/** Same word, or one contains the other as an Indonesian affixed form (`mudah` ⊂ `kemudahan`). */
function related(word: string, topicWord: string): boolean {
  if (word === topicWord) return true;
  const [short, long] = word.length <= topicWord.length ? [word, topicWord] : [topicWord, word];
  return short.length >= 5 && long.includes(short);
}

const normalisedOptions = (options: string[]): string => options.map((option) => option.trim().toLowerCase()).join('|');

export interface UnsurTopics {
  /** Standard unsur codes the label's words point to (the single best match), or []. */
  label: string[];
  /** Standard unsur codes the question's words point to, or []. */
  question: string[];
  /** Standard unsur codes whose answer scale is exactly this unsur's options, or []. */
  scale: string[];
}

export class UnsurTopicIndex {
  private readonly topicWords = new Map<string, Set<string>>();

  constructor(private readonly ruleSet: RuleSet) {
    const owners = new Map<string, Set<string>>();
    for (const standard of ruleSet.unsur) {
      for (const word of words([standard.label, standard.question, ...standard.options].join(' '))) {
        owners.set(word, (owners.get(word) ?? new Set()).add(standard.code));
      }
    }
    for (const [word, codes] of owners) {
      if (codes.size !== 1) continue;
      const code = [...codes][0] ?? '';
      this.topicWords.set(code, (this.topicWords.get(code) ?? new Set()).add(word));
    }
  }

  topics(unsur: Unsur): UnsurTopics {
    const scaleKey = normalisedOptions(unsur.options);
    return {
      label: this.best(unsur.label),
      question: this.best(unsur.question),
      scale: this.ruleSet.unsur.filter((standard) => normalisedOptions(standard.options) === scaleKey).map((standard) => standard.code),
    };
  }

  /** Label of a standard unsur, for messages. */
  label(code: string): string {
    return this.ruleSet.unsur.find((standard) => standard.code === code)?.label ?? code;
  }

  /** The standard unsur whose topic words the text uses most; none when tied or unmatched. */
  private best(text: string): string[] {
    const textWords = words(text);
    let best: { code: string; score: number } | undefined;
    let tied = false;
    for (const [code, topicWords] of this.topicWords) {
      const score = [...topicWords].filter((topicWord) => textWords.some((word) => related(word, topicWord))).length;
      if (score === 0) continue;
      if (!best || score > best.score) {
        best = { code, score };
        tied = false;
      } else if (score === best.score) tied = true;
    }
    return best && !tied ? [best.code] : [];
  }
}
