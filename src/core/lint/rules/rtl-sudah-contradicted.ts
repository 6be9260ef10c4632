import { t } from '../../text/messages';
import type { LintRule } from '../rule';
import { checkSudahItems } from './sudah-items';

/**
 * Phrases saying the planned change did not happen. Indonesian first (the reports' language),
 * English for units that write in it. "masih" + a number or "menggunakan/memakai/berlaku/sama"
 * is seed 000's "Masih menggunakan 17 standar LPSE" for a plan to revise the standard.
 */
const NEGATIONS: readonly RegExp[] = [
  /\bbelum\b/i,
  /\btidak\s+(?:ada\s+)?(?:dilaksanakan|dilakukan|terlaksana|direalisasikan|ditindaklanjuti|diubah|direvisi|diperbaiki|dikerjakan|jadi)\b/i,
  /\btidak\s+ada\s+(?:perubahan|revisi|perbaikan|kegiatan|tindak\s+lanjut)\b/i,
  /\b(?:batal|dibatalkan|ditunda|tertunda)\b/i,
  /\bmasih\s+(?:menggunakan|memakai|berlaku|sama|mengacu|seperti|\d+)/i,
  /\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:done|carried\s+out|implemented|revised|changed|started|completed)\b/i,
  /\bnothing\s+(?:was\s+|has\s+been\s+)?(?:done|revised|changed|implemented)\b/i,
  /\bno\s+changes?\b/i,
  /\b(?:postponed|cancelled|canceled|still\s+uses?)\b/i,
];

/** The first phrase of `description` that negates the realisation, or undefined. */
export function negatingPhrase(description: string): string | undefined {
  for (const pattern of NEGATIONS) {
    const match = pattern.exec(description);
    if (match) return match[0];
  }
  return undefined;
}

/** An item marked sudah whose own description says it was not done (seed 000's U1 item). */
export const rtlSudahContradicted: LintRule = {
  code: 'rtl.sudah-contradicted',
  defaultSeverity: 'warning',
  description: {
    id: 'Butir berstatus sudah, tetapi uraiannya menyatakan tindak lanjut belum atau tidak dilaksanakan.',
    en: 'An item marked sudah whose description says the follow-up was not done.',
  },
  check(context) {
    return checkSudahItems(context, ({ file, item, realisation, range }) => {
      const phrase = realisation.description ? negatingPhrase(realisation.description) : undefined;
      if (phrase === undefined) return undefined;
      return {
        file,
        range: range('description'),
        message: t('rtl.sudah-contradicted', { id: item.id, phrase }),
        data: { id: item.id, phrase },
      };
    });
  },
};
