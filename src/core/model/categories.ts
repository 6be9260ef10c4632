/**
 * Closed value lists (jenis kelamin, pendidikan, pekerjaan, jam layanan, jenis layanan): each value
 * has a code (what responses.csv holds), a label (what reports print) and aliases (what exports
 * write instead). `CategoryList` resolves a written value to its code; the common labels of the
 * 14/2017 form (`Laki-laki`, `SMA/SMK`, `D3`, …) are aliases of every unit's matching option
 * unless the unit declares them otherwise.
 */
import type { ProfileOption } from './types';

/** Case, accents, punctuation and spacing do not distinguish two labels. */
export function categoryKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Groups of labels that mean the same value on the standard form. A declared option whose code or
 * label is in a group gets the group's other labels as aliases (the smallest such group when
 * several match: `DIII` takes the D3 spellings, `D1-D4` every diploma).
 */
export const COMMON_LABELS: readonly (readonly string[])[] = [
  ['L', 'Laki-laki', 'Laki laki', 'Lelaki', 'Pria', 'Lk', 'Male'],
  ['P', 'Perempuan', 'Wanita', 'Pr', 'Female'],
  ['SD', 'SD/sederajat', 'SD/MI', 'SD ke bawah', 'Sekolah Dasar'],
  ['SMP', 'SLTP', 'SMP/sederajat', 'SMP/MTs', 'SLTP/SMP', 'SMP/SLTP', 'MTs'],
  ['SMA', 'SLTA', 'SMA/SMK', 'SMK', 'SMA/MA', 'SMA/SMK/MA', 'SLTA/SMA', 'SMA/SLTA', 'SLTA/sederajat', 'SMA/sederajat', 'MA'],
  ['D1-D4', 'D1', 'D2', 'D3', 'D4', 'DI', 'DII', 'DIII', 'DIV', 'D-I', 'D-II', 'D-III', 'D-IV', 'Diploma', 'D1/D2/D3', 'D1-D3'],
  ['D3', 'DIII', 'D-III', 'Diploma III', 'Diploma 3'],
  ['S1', 'S-1', 'Sarjana', 'Strata 1', 'D4/S1', 'S1/D4'],
  ['S2', 'S-2', 'Magister', 'Pascasarjana', 'Strata 2'],
  ['S3', 'S-3', 'Doktor', 'Strata 3'],
  ['PNS', 'ASN', 'PNS/ASN', 'ASN/PNS', 'Pegawai Negeri Sipil', 'Pegawai Negeri'],
  ['TNI', 'Tentara'],
  ['Polri', 'Polisi', 'Kepolisian'],
  ['Swasta', 'Pegawai Swasta', 'Karyawan Swasta', 'Karyawan'],
  ['Wirausaha', 'Wiraswasta', 'Pengusaha'],
  ['Lainnya', 'Lain-lain', 'Lain lain', 'Other'],
  ['08.00-12.00', '8.00-12.00', '08:00-12:00', '8:00-12:00', '08.00 - 12.00', 'Pagi', '08-12'],
  ['13.00-17.00', '13:00-17:00', '13.00 - 17.00', 'Siang', 'Sore', '13-17'],
];

export class CategoryList {
  /** Normalised code, label or alias → code. */
  private readonly byKey = new Map<string, string>();
  private readonly codes: Set<string>;

  constructor(readonly options: readonly ProfileOption[]) {
    this.codes = new Set(options.map((option) => option.code));
    const claimed = new Map<string, string | null>();
    const claim = (text: string, code: string): void => {
      const key = categoryKey(text);
      if (key === '') return;
      const previous = claimed.get(key);
      if (previous === undefined) claimed.set(key, code);
      else if (previous !== code) claimed.set(key, null);
    };
    // Codes and labels first: an alias never takes a key another option owns.
    for (const option of options) {
      claim(option.code, option.code);
      claim(option.label, option.code);
    }
    const owned = new Set(claimed.keys());
    for (const option of options) for (const alias of option.aliases ?? []) if (!owned.has(categoryKey(alias))) claim(alias, option.code);
    for (const [key, code] of claimed) if (code !== null) this.byKey.set(key, code);
  }

  get isEmpty(): boolean {
    return this.options.length === 0;
  }

  /** True when `value` is exactly one of the codes. */
  isCode(value: string): boolean {
    return this.codes.has(value);
  }

  /** The code `value` stands for (its code, label or an alias, in any case), or undefined. */
  resolve(value: string): string | undefined {
    if (this.codes.has(value)) return value;
    return this.byKey.get(categoryKey(value));
  }

  /** Every text that resolves (for did-you-mean). */
  spellings(): string[] {
    return [...this.codes, ...this.options.map((option) => option.label), ...this.options.flatMap((option) => option.aliases ?? [])];
  }
}

/** The aliases an option gets from `COMMON_LABELS`, besides the ones the unit declares. */
export function commonAliases(option: { code: string; label: string }): string[] {
  const keys = [categoryKey(option.code), categoryKey(option.label)];
  const groups = COMMON_LABELS.filter((group) => group.some((label) => keys.includes(categoryKey(label))));
  const headed = groups.find((group) => keys.includes(categoryKey(group[0] ?? '')));
  const chosen = headed ?? [...groups].sort((a, b) => a.length - b.length)[0];
  return (chosen ?? []).filter((label) => !keys.includes(categoryKey(label)));
}

/** Adds the common aliases to declared options (declared aliases first, no repeats). */
export function withCommonAliases(options: readonly ProfileOption[]): ProfileOption[] {
  return options.map((option) => {
    const aliases: string[] = [];
    const seen = new Set([categoryKey(option.code), categoryKey(option.label)]);
    for (const alias of [...(option.aliases ?? []), ...commonAliases(option)]) {
      const key = categoryKey(alias);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      aliases.push(alias);
    }
    return { ...option, aliases };
  });
}
