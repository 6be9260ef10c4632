import type { Catalogue } from './types';

export const loadMessages: Catalogue = {
  'file.encoding': {
    id: 'Berkas bukan UTF-8; dibaca sebagai Windows-1252. Simpan ulang sebagai UTF-8.',
    en: 'File is not UTF-8; read as Windows-1252. Save it again as UTF-8.',
  },
  'file.encoding-utf16': {
    id: 'Berkas ber-encoding {encoding}, bukan UTF-8; dibaca sebagai {encoding}. Simpan ulang sebagai UTF-8.',
    en: 'File is encoded as {encoding}, not UTF-8; read as {encoding}. Save it again as UTF-8.',
  },
  'file.empty': { id: 'Berkas kosong.', en: 'File is empty.' },
  'file.unreadable': { id: 'Berkas tidak dapat dibaca: {reason}', en: 'File cannot be read: {reason}' },
  'yaml.syntax': { id: 'Kesalahan sintaks YAML: {message}', en: 'YAML syntax error: {message}' },
  'yaml.tab': {
    id: 'Karakter tab tidak boleh dipakai untuk indentasi YAML; gunakan spasi.',
    en: 'Tabs are not allowed for YAML indentation; use spaces.',
  },
  'yaml.duplicate-key': { id: 'Kunci "{key}" muncul dua kali.', en: 'Key "{key}" appears twice.' },
  'yaml.alias-bomb': {
    id: 'Terlalu banyak alias YAML (lebih dari {limit}); berkas ditolak untuk mencegah ledakan memori.',
    en: 'Too many YAML aliases (more than {limit}); file rejected to prevent a memory blow-up.',
  },
  'yaml.too-deep': {
    id: 'YAML bersarang lebih dari {limit} tingkat di sini; berkas ditolak.',
    en: 'YAML nested more than {limit} levels deep here; file rejected.',
  },
  'yaml.too-large': {
    id: 'Berkas YAML lebih dari {limit} karakter; berkas ditolak. Simpan data besar sebagai CSV.',
    en: 'YAML file longer than {limit} characters; file rejected. Keep large data as CSV.',
  },
  'csv.unclosed-quote': {
    id: 'Tanda kutip tidak ditutup sampai akhir berkas: baris ini dan {after} baris sesudahnya terbaca sebagai satu sel; baris ditolak.',
    en: 'Quotation mark never closed before the end of the file: this line and the {after} lines after it read as one cell; row rejected.',
  },
  'csv.field-too-long': {
    id: 'Sel lebih dari {limit} karakter; baris ditolak.',
    en: 'Cell longer than {limit} characters; row rejected.',
  },
  'csv.row-too-long': {
    id: 'Baris data lebih dari {limit} karakter (baris ini dan {after} baris sesudahnya); dilewati sampai pergantian baris berikutnya.',
    en: 'Record longer than {limit} characters (this line and the {after} lines after it); skipped to the next line break.',
  },
  'csv.too-many-fields': {
    id: 'Baris berisi {count} kolom, lebih dari batas {limit}; baris ditolak.',
    en: 'Row has {count} fields, more than the limit of {limit}; row rejected.',
  },
  'csv.semicolon': {
    id: 'Pemisah ";" (format spreadsheet lokal Indonesia) terdeteksi; dibaca dengan ";". Gunakan "," untuk berkas baru.',
    en: 'Separator ";" (Indonesian spreadsheet locale) detected; read with ";". Use "," for new files.',
  },
  'csv.decimal-comma': {
    id: 'Nilai "{value}" memakai koma desimal; dibaca sebagai {number}.',
    en: 'Value "{value}" uses a decimal comma; read as {number}.',
  },
  'csv.field-count': {
    id: 'Baris berisi {actual} kolom, judul berisi {expected}.',
    en: 'Row has {actual} columns, the header has {expected}.',
  },
  'csv.unknown-column': { id: 'Kolom "{column}" tidak dikenal.{hint}', en: 'Unknown column "{column}".{hint}' },
  'csv.duplicate-column': { id: 'Kolom "{column}" muncul dua kali.', en: 'Column "{column}" appears twice.' },
  'csv.missing-unsur-column': {
    id: 'Tidak ada kolom untuk unsur {code}; semua jawabannya dianggap kosong.',
    en: 'No column for unsur {code}; all its answers are treated as missing.',
  },
  'responses.score-missing': {
    id: 'Nilai {code} kosong; jawaban ini tidak dihitung untuk {code}.',
    en: 'Score for {code} is empty; this answer is left out of {code}.',
  },
  'responses.score-invalid': {
    id: 'Nilai {code} "{value}" bukan bilangan bulat {min}–{max}; dikeluarkan dari {code}.',
    en: 'Score for {code} "{value}" is not an integer {min}–{max}; excluded from {code}.',
  },
  'responses.both': {
    id: 'Periode ini memiliki data responden dan ringkasan sekaligus; yang dipakai: {used}.',
    en: 'This period has both responses and a summary; using: {used}.',
  },
  'diagnostics.more': {
    id: '… dan {count} masalah {code} lainnya di berkas ini.',
    en: '… and {count} more {code} problems in this file.',
  },
  'responses.date-invalid': {
    id: 'Tanggal "{value}" tidak valid (pakai YYYY-MM-DD).',
    en: 'Date "{value}" is not valid (use YYYY-MM-DD).',
  },
  'did-you-mean': { id: ' Maksud Anda "{suggestion}"?', en: ' Did you mean "{suggestion}"?' },
  'workspace.outside-path': {
    id: 'Berkas "{path}" berada di luar ruang kerja (jalur absolut, "../" yang keluar, atau tautan simbolik ke luar); berkas itu tidak dibaca.',
    en: 'The file "{path}" is outside the workspace (an absolute path, "../" past the root, or a symbolic link out); it is not read.',
  },
  'workspace.no-unit': {
    id: 'Berkas unit skm.yaml tidak ditemukan di {root}.',
    en: 'Unit file skm.yaml not found in {root}.',
  },
};
