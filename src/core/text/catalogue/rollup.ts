import type { Catalogue } from './types';

/** Strings of `skm aggregate` and `skm rollup` (`src/core/aggregate/`, `src/core/rollup/`). */
export const rollupMessages: Catalogue = {
  'duckdb.missing': {
    id: 'Paket npm opsional `@duckdb/node-api` tidak terpasang; `skm {command}` memerlukannya. Pasang dengan `npm install @duckdb/node-api`.',
    en: 'The optional npm package `@duckdb/node-api` is not installed; `skm {command}` needs it. Install it with `npm install @duckdb/node-api`.',
  },
  'aggregate.out-required': { id: '--out <berkas> wajib diisi.', en: '--out <file> is required.' },
  'aggregate.bad-format': {
    id: 'Format tidak dikenal "{value}" (pilihan: parquet, csv).',
    en: 'Unknown format "{value}" (choices: parquet, csv).',
  },
  'aggregate.one-workspace': { id: 'Berikan satu ruang kerja unit.', en: 'Give one unit workspace.' },
  'aggregate.no-workspace': { id: 'skm.yaml tidak ditemukan di {path}.', en: 'skm.yaml not found in {path}.' },
  'aggregate.unreadable': { id: 'skm.yaml di {path} tidak dapat dibaca.', en: 'skm.yaml in {path} cannot be read.' },
  'aggregate.no-period': { id: 'Periode "{period}" tidak ditemukan (ada: {known}).', en: 'Period "{period}" not found (known: {known}).' },
  'aggregate.written': {
    id: 'Agregat ditulis: {path} ({rows} baris, {periods} periode, {respondents} responden).',
    en: 'Aggregate written: {path} ({rows} rows, {periods} periods, {respondents} respondents).',
  },
  'rollup.no-paths': { id: 'Berikan minimal satu ruang kerja atau berkas agregat.', en: 'Give at least one workspace or aggregate file.' },
  'rollup.pdf-needs-out': { id: '--format pdf memerlukan --out <berkas.pdf>.', en: '--format pdf needs --out <file.pdf>.' },
  'rollup.not-aggregate': {
    id: '{path} bukan berkas agregat (.parquet, .csv, .jsonl).',
    en: '{path} is not an aggregate file (.parquet, .csv, .jsonl).',
  },
  'rollup.no-units': { id: 'Tidak ada skm.yaml di {path}, di */ maupun di units/*/.', en: 'No skm.yaml in {path}, */ or units/*/.' },
  'rollup.duplicate': {
    id: 'Unit {unit} periode {period} ada di dua sumber ({first} dan {second}); tidak dijumlahkan dua kali.',
    en: 'Unit {unit} period {period} is in two sources ({first} and {second}); it is not added twice.',
  },
  'rollup.unreadable-file': {
    id: 'Berkas agregat {path} tidak dapat dibaca: {message}',
    en: 'Cannot read aggregate file {path}: {message}',
  },
  'rollup.bad-version': {
    id: 'Berkas agregat {path} berskema versi {version}; yang didukung: {expected} (docs/aggregate.md).',
    en: 'Aggregate file {path} has schema version {version}; supported: {expected} (docs/aggregate.md).',
  },
  'rollup.empty': { id: 'Tidak ada periode di sumber yang diberikan.', en: 'The sources hold no period.' },
  'rollup.no-period': {
    id: 'Periode "{period}" tidak ada di unit mana pun (ada: {known}).',
    en: 'No unit has period "{period}" (known: {known}).',
  },
  'rollup.written': { id: 'ditulis: {path}', en: 'written: {path}' },
  'aggregate.see-lint': {
    id: 'Ada {errors} galat lint di ruang kerja ini; jalankan `skm lint`.',
    en: 'This workspace has {errors} lint errors; run `skm lint`.',
  },
};

/** Help lines of `skm aggregate` and `skm rollup`. */
export const rollupHelp: Catalogue = {
  'cli.aggregate.summary': { id: 'Tulis agregat parsial unit (Parquet, CSV)', en: 'Write the partial aggregate of a unit (Parquet, CSV)' },
  'cli.aggregate.synopsis': { id: '<ruang-kerja-unit>', en: '<unit-workspace>' },
  'cli.aggregate.details': {
    id: 'Format bawaan: parquet (nama berkas .csv → csv, .jsonl → json). Skema: docs/aggregate.md',
    en: 'Default format: parquet (a .csv file name → csv, .jsonl → json). Schema: docs/aggregate.md',
  },
  'cli.opt.aggregate-format': { id: 'format berkas agregat', en: 'aggregate file format' },
  'cli.opt.aggregate-period': { id: 'hanya periode ini (bawaan: semua)', en: 'only this period (default: all)' },
  'cli.rollup.summary': { id: 'Laporan Rekapitulasi SKM atas banyak unit (DuckDB)', en: 'Roll-up report over many units (DuckDB)' },
  'cli.rollup.synopsis': { id: '<path…>', en: '<path…>' },
  'cli.rollup.details': {
    id: 'path: ruang kerja unit, folder berisi unit (*/skm.yaml atau units/*/skm.yaml), atau berkas agregat (.parquet, .csv, .jsonl). Lihat docs/rollup.md',
    en: 'path: unit workspace, folder of units (*/skm.yaml or units/*/skm.yaml), or aggregate file (.parquet, .csv, .jsonl). See docs/rollup.md',
  },
  'cli.opt.rollup-period': {
    id: 'periode peringkat dan kepatuhan (bawaan: periode terbaru)',
    en: 'period of the ranking and compliance (default: latest)',
  },
  'cli.opt.rollup-index': { id: 'indeks instansi yang dipakai', en: 'which instansi index to headline' },
  'cli.opt.rollup-title': { id: 'nama instansi di judul', en: 'instansi name under the title' },
  'cli.opt.aggregate-unit': { id: 'id unit (bawaan: nama folder)', en: 'unit id (default: the folder name)' },
};

/** Strings of the Laporan Rekapitulasi SKM and the compliance view (`src/core/rollup/`). */
export const rollupReportMessages: Catalogue = {
  'rollup.title': { id: 'Laporan Rekapitulasi Survei Kepuasan Masyarakat', en: 'Public Satisfaction Survey Roll-up Report' },
  'rollup.intro': {
    id: 'Rekapitulasi periode {period} atas {units} unit pelayanan (periode yang ada: {periods}).',
    en: 'Roll-up of period {period} over {units} service units (periods present: {periods}).',
  },
  'rollup.mode-note': {
    id: 'Semua IKM dihitung ulang dalam mode eksak (bobot 1/X, tanpa pembulatan antara) dari jumlah jawaban dan jumlah skor; jawaban digabung, rata-rata tidak dirata-ratakan.',
    en: 'Every IKM is recomputed in exact mode (weight 1/X, no intermediate rounding) from answer counts and score sums; answers are pooled, averages are never averaged.',
  },
  'rollup.groups-apart': {
    id: 'Unit dengan aturan atau himpunan unsur yang berbeda dipisah menjadi {groups} kelompok dan tidak pernah digabung.',
    en: 'Units with a different rule set or unsur set form {groups} separate groups and are never pooled together.',
  },
  'rollup.group-labels': { id: 'label unsur berbeda: {labels}', en: 'unsur labels differ: {labels}' },
  'rollup.group': { id: 'Kelompok {ruleSet} · unsur {unsurSet} · {units} unit', en: 'Group {ruleSet} · unsur {unsurSet} · {units} units' },
  'rollup.section.index': { id: 'Indeks Instansi', en: 'Instansi index' },
  'rollup.section.ranking': { id: 'Peringkat Unit', en: 'Unit ranking' },
  'rollup.section.unsur': { id: 'NRR per Unsur antar Unit', en: 'NRR per unsur across units' },
  'rollup.section.grades': { id: 'Sebaran Mutu Pelayanan', en: 'Grade distribution' },
  'rollup.section.trend': { id: 'Tren per Unit', en: 'Trend per unit' },
  'rollup.section.compliance': { id: 'Kepatuhan', en: 'Compliance' },
  'rollup.index.pooled': { id: 'Gabungan seluruh jawaban', en: 'Pooled over every answer' },
  'rollup.index.unit-mean': { id: 'Rata-rata IKM unit (bobot sama)', en: 'Mean of unit IKMs (equal weight)' },
  'rollup.index.pooled-basis': { id: '{respondents} responden', en: '{respondents} respondents' },
  'rollup.index.mean-basis': { id: '{units} unit', en: '{units} units' },
  'rollup.index.chosen-pooled': {
    id: 'Indeks instansi yang dipakai: {value} (gabungan seluruh jawaban; setiap responden berbobot sama).',
    en: 'Instansi index used: {value} (pooled over every answer; each respondent weighs the same).',
  },
  'rollup.index.chosen-mean': {
    id: 'Indeks instansi yang dipakai: {value} (rata-rata IKM unit; setiap unit berbobot sama).',
    en: 'Instansi index used: {value} (mean of unit IKMs; each unit weighs the same).',
  },
  'rollup.col.method': { id: 'Cara', en: 'Method' },
  'rollup.col.grade': { id: 'Mutu', en: 'Grade' },
  'rollup.col.basis': { id: 'Dasar', en: 'Basis' },
  'rollup.col.interval': { id: 'Selang kepercayaan 95%', en: '95% confidence interval' },
  'rollup.col.unsur': { id: 'Unsur', en: 'Unsur' },
  'rollup.col.label': { id: 'Nama', en: 'Name' },
  'rollup.col.nrr-pooled': { id: 'NRR gabungan', en: 'Pooled NRR' },
  'rollup.col.nrr-low': { id: 'NRR unit terendah', en: 'Lowest unit NRR' },
  'rollup.col.nrr-high': { id: 'NRR unit tertinggi', en: 'Highest unit NRR' },
  'rollup.col.lowest-in': { id: 'Termasuk 3 terendah di (unit)', en: 'Among the 3 lowest in (units)' },
  'rollup.col.units': { id: 'Jumlah unit', en: 'Units' },
  'rollup.col.change': { id: 'Perubahan terakhir', en: 'Last change' },
  'rollup.col.significance': { id: 'Signifikan (95%)', en: 'Significant (95%)' },
  'rollup.col.has-period': { id: 'Survei', en: 'Survey' },
  'rollup.col.sample': { id: 'Sampel', en: 'Sample' },
  'rollup.col.published': { id: 'Terbit', en: 'Published' },
  'rollup.col.reason': { id: 'Alasan', en: 'Reason' },
  'rollup.no-interval': { id: 'tidak tersedia (ringkasan)', en: 'not available (summary)' },
  'rollup.weakest': {
    id: 'Unsur paling sering termasuk tiga terendah: {unsur} ({units} dari {total} unit).',
    en: 'Unsur most often among the three lowest: {unsur} ({units} of {total} units).',
  },
  'rollup.grades.chart': { id: 'Unit per mutu', en: 'Units per grade' },
  'rollup.trend-note': {
    id: 'IKM ×25 per periode (mutu); perubahan terakhir diuji dengan uji z dua sisi 95% bila kedua periode memiliki data responden.',
    en: 'IKM ×25 per period (grade); the last change is tested with a two-sided 95% z-test when both periods have respondent data.',
  },
  'rollup.significant': { id: 'ya', en: 'yes' },
  'rollup.not-significant': { id: 'tidak', en: 'no' },
  'rollup.compliance-note': {
    id: 'Periode {period}: survei dilaksanakan, sampel memenuhi minimum untuk populasinya, RTL mencakup tiga unsur terendah, LHTL (realisasi dilaporkan) dengan % tindak lanjut, dan Laporan SKM yang di-commit mutakhir.',
    en: 'Period {period}: survey carried out, sample reaches the minimum for its population, RTL covers the three lowest unsur, LHTL (realisation reported) with % follow-up, and the committed Laporan SKM is current.',
  },
  'rollup.status.patuh': { id: 'patuh', en: 'compliant' },
  'rollup.status.belum-lengkap': { id: 'belum lengkap', en: 'incomplete' },
  'rollup.status.tidak-patuh': { id: 'tidak patuh', en: 'non-compliant' },
  'rollup.reason.no-period': { id: 'tidak ada survei untuk periode {period}', en: 'no survey for period {period}' },
  'rollup.reason.no-population': { id: 'populasi tidak diisi', en: 'population not given' },
  'rollup.reason.sample': {
    id: 'responden {respondents} < minimum {minimum} (populasi {population})',
    en: '{respondents} respondents < minimum {minimum} (population {population})',
  },
  'rollup.reason.no-rtl': { id: 'tidak ada RTL', en: 'no RTL' },
  'rollup.reason.rtl-lowest': {
    id: 'RTL tidak mencakup {missing} dari tiga unsur terendah',
    en: 'RTL leaves {missing} of the three lowest unsur uncovered',
  },
  'rollup.reason.no-lhtl': { id: 'belum ada LHTL (realisasi RTL)', en: 'no LHTL (RTL realisation) yet' },
  'rollup.reason.stale': { id: 'laporan yang di-commit usang', en: 'committed report is stale' },
  'rollup.reason.uncommitted': { id: 'laporan belum di-commit', en: 'report not committed' },
  'rollup.reason.unpublished': { id: 'laporan belum diterbitkan (reports/ kosong)', en: 'report not published (reports/ empty)' },
  'rollup.built': { id: 'Dibangun {date}', en: 'Built {date}' },
};
