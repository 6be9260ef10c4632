import type { Catalogue } from './types';

/** Messages of schema validation (`schema.*`) and of the domain lint rules. */
export const lintMessages: Catalogue = {
  'schema.root': { id: 'akar berkas', en: 'file root' },
  'schema.allowed': { id: ' Kunci yang dikenal: {values}.', en: ' Known keys: {values}.' },
  'schema.unknown-key': { id: 'Kunci "{key}" tidak dikenal.{hint}', en: 'Unknown key "{key}".{hint}' },
  'schema.required': { id: 'Kunci wajib "{key}" tidak ada di {where}.', en: 'Required key "{key}" is missing in {where}.' },
  'schema.type': { id: '{where} harus berupa {expected}, bukan {actual}.', en: '{where} must be {expected}, not {actual}.' },
  'schema.type.string': { id: 'teks', en: 'text' },
  'schema.type.integer': { id: 'bilangan bulat', en: 'an integer' },
  'schema.type.number': { id: 'angka', en: 'a number' },
  'schema.type.boolean': { id: 'true/false', en: 'true/false' },
  'schema.type.object': { id: 'peta (kunci: nilai)', en: 'a map (key: value)' },
  'schema.type.array': { id: 'daftar', en: 'a list' },
  'schema.type.null': { id: 'kosong', en: 'empty' },
  'schema.type.undefined': { id: 'kosong', en: 'empty' },
  'schema.enum': {
    id: '{where}: "{value}" tidak diizinkan; pilih salah satu: {values}.{hint}',
    en: '{where}: "{value}" is not allowed; use one of: {values}.{hint}',
  },
  'schema.format': {
    id: '{where}: "{value}" bukan {format} yang valid (pakai YYYY-MM-DD).',
    en: '{where}: "{value}" is not a valid {format} (use YYYY-MM-DD).',
  },
  'schema.pattern': {
    id: '{where}: "{value}" tidak sesuai format yang diharapkan.',
    en: '{where}: "{value}" does not have the expected form.',
  },
  'schema.key-pattern': {
    id: 'Kunci "{key}" di {where} tidak sesuai format yang diharapkan.',
    en: 'Key "{key}" in {where} does not have the expected form.',
  },
  'schema.minimum': { id: '{where}: {value} kurang dari batas bawah {limit}.', en: '{where}: {value} is below the minimum {limit}.' },
  'schema.maximum': { id: '{where}: {value} melebihi batas atas {limit}.', en: '{where}: {value} is above the maximum {limit}.' },
  'schema.exclusiveMinimum': { id: '{where}: {value} harus lebih dari {limit}.', en: '{where}: {value} must be greater than {limit}.' },
  'schema.exclusiveMaximum': { id: '{where}: {value} harus kurang dari {limit}.', en: '{where}: {value} must be less than {limit}.' },
  'schema.minItems': { id: '{where} harus berisi paling sedikit {limit} butir.', en: '{where} must have at least {limit} items.' },
  'schema.maxItems': { id: '{where} boleh berisi paling banyak {limit} butir.', en: '{where} may have at most {limit} items.' },
  'schema.minLength': { id: '{where} tidak boleh kosong.', en: '{where} must not be empty.' },
  'schema.uniqueItems': { id: '{where} berisi butir yang sama dua kali.', en: '{where} contains the same item twice.' },
  'schema.invalid': { id: '{where} tidak valid: {detail}', en: '{where} is not valid: {detail}' },
  'lint.rule-failed': {
    id: 'Aturan {rule} gagal berjalan: {reason}. Ini bug; mohon dilaporkan.',
    en: 'Rule {rule} failed: {reason}. This is a bug; please report it.',
  },
  'unsur.unknown': {
    id: 'Unsur "{code}" tidak ada di daftar unsur unit ({known}).{hint}',
    en: 'Unsur "{code}" is not in the unit\'s unsur list ({known}).{hint}',
  },
  'lint.unknown-rule': {
    id: 'Kode aturan "{code}" tidak dikenal; pengaturan ini tidak berpengaruh.{hint}',
    en: 'Unknown rule code "{code}"; this setting has no effect.{hint}',
  },
  'duplicate-id': { id: '"{id}" sudah dipakai oleh butir ke-{first}.', en: '"{id}" is already used by item {first}.' },
  'responses.duplicate-content': {
    id: 'Responden "{id}" identik dengan responden di baris {line} (tanggal, jam, layanan, profil, semua jawaban dan saran sama); mungkin diimpor dua kali.',
    en: 'Respondent "{id}" is identical to the respondent on line {line} (same date, time, service, profile, every answer and saran); perhaps imported twice.',
  },
  'responses.duplicate-id': {
    id: 'Id responden "{id}" sudah dipakai di baris {line}.',
    en: 'Respondent id "{id}" is already used on line {line}.',
  },
  'period.dates-inverted': {
    id: 'Tanggal selesai {end} lebih awal dari tanggal mulai {start}.',
    en: 'End date {end} is before start date {start}.',
  },
  'period.overlap': {
    id: 'Periode {period} (mulai {start}) tumpang tindih dengan periode {other} (selesai {otherEnd}).',
    en: 'Period {period} (starting {start}) overlaps period {other} (ending {otherEnd}).',
  },
  'responses.outside-period': {
    id: 'Responden {id} bertanggal {date}, di luar periode {start} s.d. {end}.',
    en: 'Respondent {id} is dated {date}, outside the period {start} to {end}.',
  },
  'signatory.nip-invalid': { id: 'NIP "{nip}" tidak valid: {reason}', en: 'NIP "{nip}" is not valid: {reason}' },
  'nip.length': { id: 'NIP harus 18 angka.', en: 'a NIP has 18 digits.' },
  'nip.birth': {
    id: 'tanggal lahir "{part}" (8 angka pertama, YYYYMMDD) bukan tanggal yang valid.',
    en: 'birth date "{part}" (first 8 digits, YYYYMMDD) is not a valid date.',
  },
  'nip.appointment': {
    id: 'TMT "{part}" (angka ke-9 s.d. 14, YYYYMM) bukan bulan yang valid.',
    en: 'appointment "{part}" (digits 9–14, YYYYMM) is not a valid month.',
  },
  'nip.sex': { id: 'digit jenis kelamin (angka ke-15) "{part}" harus 1 atau 2.', en: 'the sex digit (digit 15) "{part}" must be 1 or 2.' },
  'signatory.nip-spaces': {
    id: 'NIP "{nip}" ditulis dengan spasi; tulis "{normalised}".',
    en: 'NIP "{nip}" contains spaces; write "{normalised}".',
  },
  'sample.below-minimum': {
    id: '{respondents} responden kurang dari sampel minimal Krejcie & Morgan {minimum} untuk populasi {population} (Slovin dengan e = {margin}: {slovin}).',
    en: '{respondents} respondents are fewer than the Krejcie & Morgan minimum of {minimum} for a population of {population} (Slovin with e = {margin}: {slovin}).',
  },
  'sample.method.krejcie-morgan': { id: 'Krejcie & Morgan', en: 'Krejcie & Morgan' },
  'sample.method.slovin': { id: 'Slovin', en: 'Slovin' },
  'sample.method-mismatch': {
    id: 'Sampel minimal tertulis {stated}, tetapi {method} untuk populasi {population} memberi {expected}.{hint}',
    en: 'The stated minimum sample is {stated}, but {method} for a population of {population} gives {expected}.{hint}',
  },
  'sample.method-mismatch.slovin': {
    id: ' Angka {stated} adalah hasil rumus Slovin dengan e = {margin}.',
    en: ' {stated} is what Slovin gives with e = {margin}.',
  },
  'population.year-scope': {
    id: 'Populasi setahun dipakai untuk periode {label} yang hanya {days} hari; sampel minimal menjadi terlalu besar. Pakai jumlah penerima layanan selama periode.',
    en: 'A yearly population is used for period {label}, which is only {days} days long; the minimum sample is overstated. Use the number of service users in the period.',
  },
  'rtl.not-lowest': {
    id: 'Unsur {code} (NRR {nrr}) bukan tiga terendah ({lowest}).',
    en: 'Unsur {code} (NRR {nrr}) is not among the three lowest ({lowest}).',
  },
  'rtl.lowest-missing': {
    id: 'Unsur terendah {code} {label} (NRR {nrr}) belum punya butir RTL.{ties}',
    en: 'Lowest unsur {code} {label} (NRR {nrr}) has no RTL item.{ties}',
  },
  'rtl.lowest-missing.tied': {
    id: 'Unsur {codes} seri (NRR {nrr}) pada batas tiga terendah dan mengisi {places} tempat, tetapi RTL baru mencakup {covered} di antaranya.',
    en: 'Unsur {codes} tie (NRR {nrr}) at the cut-off of the three lowest and fill {places} place(s), but the RTL covers only {covered} of them.',
  },
  'rtl.field.description': { id: 'uraian', en: 'description' },
  'rtl.field.dates': { id: 'tanggal pelaksanaan', en: 'dates' },
  'rtl.sudah-incomplete': {
    id: 'Butir {id} berstatus sudah tetapi tanpa {missing}.',
    en: 'Item {id} has status: sudah (done) but no {missing}.',
  },
  'rtl.sudah-contradicted': {
    id: 'Butir {id} berstatus sudah, tetapi uraiannya menyatakan sebaliknya ("{phrase}"). Ubah status menjadi belum atau perbaiki uraiannya.',
    en: 'Item {id} has status: sudah (done), but its description says otherwise ("{phrase}"). Set status: belum or correct the description.',
  },
  'rtl.challenges-blank': {
    id: 'Butir {id} berstatus sudah tanpa tantangan/hambatan; tulis "tidak ada" bila memang tidak ada.',
    en: 'Item {id} has status: sudah (done) with no challenges; write "none" if there were none.',
  },
  'unsur.label-mismatch': {
    id: 'Unsur {code} berlabel "{label}" (topik unsur {labelTopic}), tetapi pertanyaan dan skala jawabannya ({options}) milik unsur {scaleTopic}.',
    en: 'Unsur {code} is labelled "{label}" (the topic of {labelTopic}), but its question and answer scale ({options}) belong to {scaleTopic}.',
  },
  'lhtl.no-rtl-claim': {
    id: 'Periode {period} tidak punya rencana tindak lanjut, tetapi narasi LHTL menyatakan tindak lanjut terlaksana ("{phrase}"). Tulis bahwa tidak ada rencana.',
    en: 'Period {period} has no follow-up plan, but the LHTL narrative says follow-up was carried out ("{phrase}"). Say that there was no plan.',
  },
  'rtl.belum-no-strategy': {
    id: 'Butir {id} berstatus belum tetapi tanpa strategi penyelesaian (strategy).',
    en: 'Item {id} has status: belum (not done) but no strategy.',
  },
  'rtl.evidence-missing': {
    id: 'Berkas dokumentasi "{file}" (butir {id}) tidak ada.',
    en: 'Evidence file "{file}" (item {id}) does not exist.',
  },
  'summary.total-impossible': {
    id: 'Jumlah nilai {code} = {total} mustahil untuk {answered} jawaban (harus {low} s.d. {high}).',
    en: 'Total {total} for {code} is impossible for {answered} answers (must be {low} to {high}).',
  },
  'summary.answered-exceeds': {
    id: '{answered} jawaban untuk {code} melebihi {respondents} responden.',
    en: '{answered} answers to {code} exceed the {respondents} respondents.',
  },
  'summary.profile-sum': {
    id: 'Jumlah profil {key} = {sum}, tidak sama dengan {respondents} responden (selisih {difference}).',
    en: 'Profile {key} adds up to {sum}, not the {respondents} respondents (difference {difference}).',
  },
  'summary.percent-mismatch': {
    id: 'Persentase {key}.{code} tercetak {printed}%, padahal {count} dari {respondents} = {expected}%.',
    en: 'Percentage {key}.{code} is printed as {printed}%, but {count} of {respondents} is {expected}%.',
  },
  'ikm.mode-disagreement': {
    id: 'Mode {mode} memberi mutu {grade}, sedangkan mode exact memberi {exactGrade}; sebutkan mode yang dipakai di laporan.',
    en: 'Mode {mode} gives grade {grade} while exact mode gives {exactGrade}; state the mode used in the report.',
  },
  'lint.summary': {
    id: '{errors} kesalahan, {warnings} peringatan, {infos} info di {files} berkas.',
    en: '{errors} errors, {warnings} warnings, {infos} infos in {files} files.',
  },
  'lint.path-missing': { id: 'Path tidak ada: {path}', en: 'Path does not exist: {path}' },
  'lint.no-workspace': { id: 'skm.yaml tidak ditemukan di {path} atau di atasnya.', en: 'skm.yaml not found at or above {path}.' },
  'lint.bad-format': {
    id: 'Format "{format}" tidak dikenal; pilih text, json atau github.',
    en: 'Unknown format "{format}"; use text, json or github.',
  },
  // Value rules (src/core/lint/values/)
  'values.outside-list': {
    id: '"{value}" di kolom {column} tidak ada dalam daftar {name} unit ({codes}).{hint}',
    en: '"{value}" in column {column} is not in the unit\'s {name} list ({codes}).{hint}',
  },
  'values.write-code': { id: ' Tulis kodenya: "{code}".', en: ' Write its code: "{code}".' },
  'values.name.service': { id: 'jenis layanan', en: 'services' },
  'values.name.time': { id: 'jam layanan', en: 'time slots' },
  'values.not-integer': {
    id: '{name} "{value}" bukan bilangan bulat (tulis angkanya saja, rentang {range}).',
    en: '{name} "{value}" is not a whole number (write the number only, range {range}).',
  },
  'values.out-of-range': { id: '{name} {value} di luar rentang {range}.', en: '{name} {value} is outside the range {range}.' },
  'values.date-format': {
    id: 'Tanggal "{value}" tidak ditulis YYYY-MM-DD; tulis "{suggestion}".',
    en: 'Date "{value}" is not written YYYY-MM-DD; write "{suggestion}".',
  },
};
