import { describe, expect, it } from 'vitest';
import { negatingPhrase } from '../../src/core/lint/rules/rtl-sudah-contradicted';
import { UnsurTopicIndex } from '../../src/core/lint/unsur-topic';
import { PERMENPANRB_14_2017 } from '../../src/core/model/rule-sets';
import { findUnfilledTemplate } from '../../src/core/report/unfilled-template';

describe('rtl.sudah-contradicted phrases', () => {
  const negated = [
    'Masih menggunakan 17 standar LPSE',
    'Standar pelayanan yang berlaku masih 17 standar LPSE.',
    'SOP belum direvisi.',
    'Kegiatan tidak dilakukan karena anggaran.',
    'Tidak ada perubahan pada standar pelayanan.',
    'Sosialisasi ditunda ke tahun depan.',
    'Nothing was revised.',
    'The standard has not been changed yet.',
  ];
  const realised = [
    'Tim verifikator LPSE mengikuti pelatihan bimbingan teknis SPSE.',
    'Formulir yang sebelumnya tidak tersedia kini dibuka di laman unit.',
    'SOP setiap bagian telah diinternalisasikan.',
    'The standard was revised and published.',
  ];
  it.each(negated)('flags "%s"', (text) => expect(negatingPhrase(text)).toBeDefined());
  it.each(realised)('leaves "%s"', (text) => expect(negatingPhrase(text)).toBeUndefined());
});

describe('narrative.unfilled-template detection', () => {
  it.each([
    ['Nilai IKM sebesar … dengan mutu B.', '…'],
    ['Unit [isi nama unit] melaksanakan survei.', '[isi nama unit]'],
    ['Unit [NAMA UNIT] melaksanakan survei.', '[NAMA UNIT]'],
    ['Penanggung jawab: xxx.', 'xxx'],
    ['Tanggal: ____ 2023.', '____'],
    ['Nilai {{ }} dan {{…}}.', '{{ }}'],
    ['2. Belum ditindaklanjuti yaitu pada unsur karena beberapa alasan, yaitu:\n  - . nihil', 'unsur'],
  ])('finds the leftover in %j', (text, first) => {
    expect(findUnfilledTemplate(text)[0]?.text).toBe(first);
  });
  it.each([
    'Lihat [laman unit](https://example.invalid/) dan ![foto](a.png).',
    'Nilai {{ ikm }} dengan mutu {{ mutu }}.',
    'Tabel 1 [lihat lampiran] memuat rinciannya.',
    '---',
    '1. Unsur terendah ditangani lebih dulu karena nilainya kecil.',
  ])('leaves %j', (text) => expect(findUnfilledTemplate(text)).toEqual([]));
  it('marks the seed 001 conclusion in both places', () => {
    const found = findUnfilledTemplate('pada unsur karena beberapa alasan, yaitu:\n  - . nihil');
    expect(found.map((item) => item.text)).toEqual(['unsur', '.']);
  });
});

describe('unsur topics (14/2017)', () => {
  const index = new UnsurTopicIndex(PERMENPANRB_14_2017);
  it('recognises every standard unsur by its own label, question and scale', () => {
    for (const standard of PERMENPANRB_14_2017.unsur) {
      const topics = index.topics(standard);
      expect(topics.scale).toContain(standard.code);
      if (topics.label.length > 0) expect(topics.label).toEqual([standard.code]);
      expect(topics.question).toEqual([standard.code]);
    }
  });
  it('reads seed 000 U4 as the Sistem/Prosedur topic asked with the Biaya/Tarif scale', () => {
    const biaya = PERMENPANRB_14_2017.unsur[3];
    if (!biaya) throw new Error('no U4');
    const topics = index.topics({ ...biaya, label: 'Kemudahan dalam Penggunaan Aplikasi' });
    expect(topics).toEqual({ label: ['U2'], question: ['U4'], scale: ['U4'] });
  });
});
