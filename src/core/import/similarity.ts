/**
 * Text similarity for mapping spreadsheet headers onto the unit's questionnaire. Both texts are
 * normalised (lower case, punctuation and extra spaces removed) and compared as sets of words with
 * the Dice coefficient, 2·|A∩B| / (|A| + |B|), on words of three letters or more; an exact
 * normalised match scores 1. Robust to small rewordings ("pelayanan di unit ini" vs "pelayanan").
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STOP_WORDS = new Set([
  'yang',
  'dan',
  'di',
  'ini',
  'itu',
  'dengan',
  'dalam',
  'tentang',
  'bagaimana',
  'pendapat',
  'saudara',
  'anda',
  'the',
  'of',
]);

function words(text: string): Set<string> {
  return new Set(
    normaliseText(text)
      .split(' ')
      .filter((word) => word.length >= 3 && !STOP_WORDS.has(word)),
  );
}

export function similarity(a: string, b: string): number {
  const left = normaliseText(a);
  const right = normaliseText(b);
  if (left === '' || right === '') return 0;
  if (left === right) return 1;
  const leftWords = words(a);
  const rightWords = words(b);
  if (leftWords.size === 0 || rightWords.size === 0) return 0;
  let shared = 0;
  for (const word of leftWords) if (rightWords.has(word)) shared++;
  return (2 * shared) / (leftWords.size + rightWords.size);
}
