import type { Catalogue } from './types';

export const importMessages: Catalogue = {
  'import.reject.empty': { id: 'baris kosong', en: 'empty row' },
  'import.reject.label': { id: 'jawaban "{value}" di kolom "{column}" tidak dikenal', en: 'unknown answer "{value}" in column "{column}"' },
  'import.reject.date': { id: 'tanggal "{value}" tidak dapat dibaca', en: 'date "{value}" cannot be read' },
  'import.reject.outside': {
    id: 'tanggal {date} di luar periode {start} s.d. {end}',
    en: 'date {date} is outside the period {start} to {end}',
  },
  'import.reject.no-scores': { id: 'tidak ada satu pun nilai unsur', en: 'no unsur score at all' },
  'import.reject.duplicate': { id: 'sudah diimpor sebelumnya ({id})', en: 'already imported ({id})' },
  'import.mapping.header': { id: 'Pemetaan kolom:', en: 'Column mapping:' },
  'import.mapping.unmatched': { id: 'tidak cocok dengan kolom mana pun — diabaikan', en: 'matches no field — ignored' },
  'import.mapping.unmatched-near': {
    id: 'tidak cocok dengan pasti (terdekat: {candidates}) — diabaikan',
    en: 'no certain match (nearest: {candidates}) — ignored',
  },
  'import.mapping.ambiguous': {
    id: 'AMBIGU antara {candidates} — tetapkan dengan --map',
    en: 'AMBIGUOUS between {candidates} — decide with --map',
  },
  'import.mapping.duplicate': {
    id: 'kolom lain juga cocok dengan {field} — tetapkan dengan --map',
    en: 'another column also matches {field} — decide with --map',
  },
  'import.summary': {
    id: 'dibaca {read} = diimpor {imported} + ditolak {rejected}',
    en: 'read {read} = imported {imported} + rejected {rejected}',
  },
  'import.rejects-file': { id: 'Baris yang ditolak ditulis ke {file}', en: 'Rejected rows were written to {file}' },
  'import.unreadable': {
    id: 'Berkas {file} tidak dapat dibaca sebagai .xlsx (rusak atau bukan buku kerja Excel): {reason}',
    en: 'File {file} cannot be read as .xlsx (damaged or not an Excel workbook): {reason}',
  },
  'import.dry-run': { id: 'Uji coba: tidak ada berkas yang ditulis.', en: 'Dry run: no file was written.' },
  'import.written': { id: '{count} baris ditambahkan ke {file}', en: '{count} rows appended to {file}' },
  'export.written': { id: 'Lembar olah data ditulis ke {file}', en: 'Olah-data workbook written to {file}' },
  'import.reject.value': {
    id: 'nilai "{value}" di kolom "{column}" tidak ada dalam daftar {field} unit ({codes}); petakan dengan `--map-value {field}:{value}=KODE`',
    en: 'value "{value}" in column "{column}" is not in the unit\'s {field} list ({codes}); map it with `--map-value {field}:{value}=CODE`',
  },
  'import.reject.number': {
    id: '"{value}" di kolom "{column}" bukan bilangan bulat dalam rentang',
    en: '"{value}" in column "{column}" is not a whole number in range',
  },
  'import.mapping.hour': { id: 'jam {hour}', en: 'hour {hour}' },
  'import.values.header': { id: 'Pemetaan nilai yang diterapkan:', en: 'Value mappings applied:' },
  'import.values.none': {
    id: 'Pemetaan nilai: tidak ada (semua nilai sudah berupa kode).',
    en: 'Value mappings: none (every value is already a code).',
  },
  'import.values.rows': { id: '{count} baris', en: '{count} rows' },
  'import.values.more': { id: '… dan {count} pemetaan lain', en: '… and {count} more mappings' },
  'import.summary.full': {
    id: 'dibaca {read} = diimpor {imported} + sudah ada {unchanged} + berubah {changed} + ditolak {rejected}',
    en: 'read {read} = imported {imported} + already present {unchanged} + changed {changed} + rejected {rejected}',
  },
  'import.changes.header': {
    id: 'Responden yang sudah ada dengan jawaban berbeda ({count}):',
    en: 'Existing respondents with different answers ({count}):',
  },
  'import.changes.applied': { id: '{count} responden diperbarui (--update).', en: '{count} respondents updated (--update).' },
  'import.changes.not-applied': {
    id: 'Perubahan di atas TIDAK diterapkan; jalankan lagi dengan --update untuk menerapkannya.',
    en: 'The changes above were NOT applied; run again with --update to apply them.',
  },
  'import.stopped': {
    id: 'Impor dihentikan, tidak ada berkas yang ditulis: {count} kolom kuesioner tidak dapat dipetakan dengan pasti. Tetapkan dengan --map "KOLOM=KODE" (mis. --map "{example}=U3") atau --map "KOLOM=ignore".',
    en: 'Import stopped, no file was written: {count} questionnaire columns cannot be mapped with certainty. Decide with --map "COLUMN=CODE" (e.g. --map "{example}=U3") or --map "COLUMN=ignore".',
  },
  'import.stopped.missing': {
    id: 'Impor dihentikan, tidak ada berkas yang ditulis: tidak ada kolom untuk unsur {codes}. Tetapkan dengan --map "KOLOM={first}".',
    en: 'Import stopped, no file was written: no column for unsur {codes}. Decide with --map "COLUMN={first}".',
  },
  'import.encoding': {
    id: 'peringatan: berkas dibaca sebagai {encoding}{reason}; periksa huruf beraksen pada hasilnya.',
    en: 'warning: the file was read as {encoding}{reason}; check accented letters in the result.',
  },
  'import.encoding.not-utf8': { id: ' (bukan UTF-8 yang valid)', en: ' (not valid UTF-8)' },
  'import.encoding.bom': { id: ' (tanda BOM)', en: ' (byte-order mark)' },
  'import.bad-map': {
    id: '--map "{value}": tulis KOLOM=KODE (kode unsur, kunci profil, {fixed})',
    en: '--map "{value}": write COLUMN=CODE (unsur code, profile key, {fixed})',
  },
  'import.bad-map-value': {
    id: '`--map-value` "{value}": tulis BIDANG:NILAI=KODE dengan KODE dari daftar unit ({codes}) atau nilai skor untuk unsur',
    en: '`--map-value` "{value}": write FIELD:VALUE=CODE with a code of the unit\'s list ({codes}) or a score for an unsur',
  },
};
