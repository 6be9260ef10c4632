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
  'import.mapping.ambiguous': {
    id: 'ambigu antara {candidates} — diabaikan; tetapkan dengan --mapping',
    en: 'ambiguous between {candidates} — ignored; set it with --mapping',
  },
  'import.mapping.duplicate': {
    id: 'kolom lain sudah dipetakan ke {field} — diabaikan',
    en: 'another column already maps to {field} — ignored',
  },
  'import.missing-unsur': {
    id: 'Tidak ada kolom untuk unsur: {codes}. Tambahkan pemetaan dengan --mapping.',
    en: 'No column for unsur: {codes}. Add a mapping with --mapping.',
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
};
