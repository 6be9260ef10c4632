/**
 * Rule sets are data, not branches: each regulation names its scale, its default unsur list and
 * its grade bands. Bands are half-open intervals on the converted (×25) value, checked from the
 * top: a value is in a band when it is ≥ the band's `min`. The printed tables leave gaps
 * (64,99 | 65,00); this representation has none.
 */
import type { ProfileAttribute, ProfileOption, Unsur } from './types';

export interface GradeBand {
  /** Inclusive lower bound on the converted (×25) value; the lowest band has `-Infinity`. */
  min: number;
  /** Mutu pelayanan, e.g. `B`. */
  mutu: string;
  /** Nilai persepsi 1..4. */
  persepsi: number;
  /** Kinerja unit pelayanan, Indonesian. */
  kinerja: string;
  /** Kinerja in English, for localised output. */
  kinerjaEn: string;
}

export interface RuleSet {
  id: string;
  /** Citation printed in reports. */
  title: string;
  /** Short name for headings and tables ("PermenPANRB 14/2017"). */
  shortTitle: string;
  scaleMin: number;
  scaleMax: number;
  /** Multiplier from the 1..4 index to the reported scale. */
  conversion: number;
  /** Weight per unsur printed by the regulation (for display only; exact mode uses 1/X). */
  printedWeight: number;
  unsur: Unsur[];
  /** Highest band first. */
  bands: GradeBand[];
}

const options = (adjective: string): string[] => [
  `Tidak ${adjective}`,
  `Kurang ${adjective}`,
  adjective.charAt(0).toUpperCase() + adjective.slice(1),
  `Sangat ${adjective}`,
];

export const PERMENPANRB_14_2017: RuleSet = {
  id: 'permenpanrb-14-2017',
  title: 'Peraturan Menteri PANRB Nomor 14 Tahun 2017',
  shortTitle: 'PermenPANRB 14/2017',
  scaleMin: 1,
  scaleMax: 4,
  conversion: 25,
  printedWeight: 0.111,
  unsur: [
    {
      code: 'U1',
      label: 'Persyaratan',
      question: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      options: options('sesuai'),
    },
    {
      code: 'U2',
      label: 'Sistem, Mekanisme, dan Prosedur',
      question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      options: options('mudah'),
    },
    {
      code: 'U3',
      label: 'Waktu Penyelesaian',
      question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      options: options('cepat'),
    },
    {
      code: 'U4',
      label: 'Biaya/Tarif',
      question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      options: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    },
    {
      code: 'U5',
      label: 'Produk Spesifikasi Jenis Pelayanan',
      question:
        'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      options: options('sesuai'),
    },
    {
      code: 'U6',
      label: 'Kompetensi Pelaksana',
      question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      options: options('kompeten'),
    },
    {
      code: 'U7',
      label: 'Perilaku Pelaksana',
      question: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      options: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
    },
    {
      code: 'U8',
      label: 'Penanganan Pengaduan, Saran dan Masukan',
      question: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      options: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    },
    {
      code: 'U9',
      label: 'Sarana dan Prasarana',
      question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      options: ['Buruk', 'Cukup', 'Baik', 'Sangat Baik'],
    },
  ],
  bands: [
    { min: 88.31, mutu: 'A', persepsi: 4, kinerja: 'Sangat baik', kinerjaEn: 'Very good' },
    { min: 76.61, mutu: 'B', persepsi: 3, kinerja: 'Baik', kinerjaEn: 'Good' },
    { min: 65.0, mutu: 'C', persepsi: 2, kinerja: 'Kurang baik', kinerjaEn: 'Poor' },
    { min: Number.NEGATIVE_INFINITY, mutu: 'D', persepsi: 1, kinerja: 'Tidak baik', kinerjaEn: 'Not good' },
  ],
};

const kepmen25Labels = [
  ['Prosedur pelayanan', 'kemudahan prosedur pelayanan', 'mudah'],
  ['Persyaratan pelayanan', 'kesesuaian persyaratan pelayanan dengan jenis pelayanannya', 'sesuai'],
  ['Kejelasan petugas pelayanan', 'kejelasan dan kepastian petugas yang melayani', 'jelas'],
  ['Kedisiplinan petugas pelayanan', 'kedisiplinan petugas dalam memberikan pelayanan', 'disiplin'],
  ['Tanggung jawab petugas pelayanan', 'tanggung jawab petugas dalam memberikan pelayanan', 'bertanggung jawab'],
  ['Kemampuan petugas pelayanan', 'kemampuan petugas dalam memberikan pelayanan', 'mampu'],
  ['Kecepatan pelayanan', 'kecepatan pelayanan di unit ini', 'cepat'],
  ['Keadilan mendapatkan pelayanan', 'keadilan untuk mendapatkan pelayanan di unit ini', 'adil'],
  ['Kesopanan dan keramahan petugas', 'kesopanan dan keramahan petugas dalam memberikan pelayanan', 'sopan dan ramah'],
  ['Kewajaran biaya pelayanan', 'kewajaran biaya untuk mendapatkan pelayanan', 'wajar'],
  ['Kepastian biaya pelayanan', 'kesesuaian antara biaya yang dibayarkan dengan biaya yang telah ditetapkan', 'sesuai'],
  ['Kepastian jadwal pelayanan', 'ketepatan pelaksanaan terhadap jadwal waktu pelayanan', 'tepat'],
  ['Kenyamanan lingkungan', 'kenyamanan di lingkungan unit pelayanan', 'nyaman'],
  ['Keamanan pelayanan', 'keamanan pelayanan di unit ini', 'aman'],
] as const;

export const KEPMENPAN_25_2004: RuleSet = {
  id: 'kepmenpan-25-2004',
  title: 'Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004',
  shortTitle: 'KepmenPAN 25/2004',
  scaleMin: 1,
  scaleMax: 4,
  conversion: 25,
  printedWeight: 0.071,
  unsur: kepmen25Labels.map(([label, topic, adjective], index) => ({
    code: `U${index + 1}`,
    label,
    question: `Bagaimana pendapat Saudara tentang ${topic}?`,
    options: options(adjective),
  })),
  bands: [
    { min: 81.26, mutu: 'A', persepsi: 4, kinerja: 'Sangat baik', kinerjaEn: 'Very good' },
    { min: 62.51, mutu: 'B', persepsi: 3, kinerja: 'Baik', kinerjaEn: 'Good' },
    { min: 43.76, mutu: 'C', persepsi: 2, kinerja: 'Kurang baik', kinerjaEn: 'Poor' },
    { min: Number.NEGATIVE_INFINITY, mutu: 'D', persepsi: 1, kinerja: 'Tidak baik', kinerjaEn: 'Not good' },
  ],
};

/** Every rule set the engine knows, by id. The first is the default. */
export const RULE_SETS: readonly RuleSet[] = [PERMENPANRB_14_2017, KEPMENPAN_25_2004];

export function findRuleSet(id: string): RuleSet | undefined {
  return RULE_SETS.find((ruleSet) => ruleSet.id === id);
}

/** The respondent profile of the 14/2017 sample questionnaire. */
/** Ages (usia) a respondent can have when the unit does not say (whole years, inclusive). */
export const AGE_RANGE = { min: 15, max: 100 } as const;

export const DEFAULT_PROFILE: ProfileAttribute[] = [
  {
    key: 'gender',
    label: 'Jenis Kelamin',
    options: [
      { code: 'L', label: 'Laki-laki' },
      { code: 'P', label: 'Perempuan' },
    ],
  },
  { key: 'age', label: 'Usia', options: [], min: AGE_RANGE.min, max: AGE_RANGE.max },
  {
    key: 'education',
    label: 'Pendidikan',
    options: ['SD', 'SMP', 'SMA', 'D1-D4', 'S1', 'S2', 'S3'].map((code) => ({ code, label: code })),
  },
  {
    key: 'occupation',
    label: 'Pekerjaan',
    options: ['PNS', 'TNI', 'Polri', 'Swasta', 'Wirausaha', 'Lainnya'].map((code) => ({ code, label: code })),
  },
];

/** The two time slots of the standard form. */
export const TIME_SLOTS = ['08.00-12.00', '13.00-17.00'] as const;

/** The time slots as a closed list (code = label). */
export const DEFAULT_TIME_SLOTS: ProfileOption[] = TIME_SLOTS.map((code) => ({ code, label: code }));
