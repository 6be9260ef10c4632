/**
 * Diagnostic codes raised outside the domain rules — while decoding, parsing, loading and
 * validating against the schemas. They are documented in docs/lint-rules.md next to the rules
 * and their severity can be overridden in `skm.yaml` `lint.rules` like any rule's.
 */
import type { Severity } from '../model/diagnostic';

export interface BuiltinCode {
  code: string;
  defaultSeverity: Severity;
  description: { id: string; en: string };
}

const code = (name: string, defaultSeverity: Severity, id: string, en: string): BuiltinCode => ({
  code: name,
  defaultSeverity,
  description: { id, en },
});

export const BUILTIN_CODES: readonly BuiltinCode[] = [
  code('workspace.no-unit', 'error', 'Berkas skm.yaml tidak ada di akar ruang kerja.', 'There is no skm.yaml at the workspace root.'),
  code(
    'workspace.outside-path',
    'error',
    'Berkas yang dirujuk berada di luar ruang kerja (juga lewat tautan simbolik).',
    'A referenced file is outside the workspace (also through a symbolic link).',
  ),
  code('file.empty', 'error', 'Berkas kosong.', 'The file is empty.'),
  code(
    'file.encoding',
    'warning',
    'Berkas bukan UTF-8 dan dibaca sebagai Windows-1252.',
    'The file is not UTF-8 and was read as Windows-1252.',
  ),
  code('yaml.syntax', 'error', 'Kesalahan sintaks YAML.', 'YAML syntax error.'),
  code('yaml.tab', 'error', 'Tab dipakai untuk indentasi YAML.', 'A tab is used for YAML indentation.'),
  code(
    'yaml.duplicate-key',
    'error',
    'Kunci yang sama muncul dua kali dalam satu peta YAML.',
    'The same key appears twice in one YAML map.',
  ),
  code('yaml.alias-bomb', 'error', 'Terlalu banyak alias YAML (ledakan alias).', 'Too many YAML aliases (alias bomb).'),
  code('yaml.too-deep', 'error', 'YAML bersarang terlalu dalam.', 'YAML nested too deeply.'),
  code('yaml.too-large', 'error', 'Berkas YAML terlalu besar.', 'YAML file too large.'),
  code('csv.unclosed-quote', 'error', 'Tanda kutip CSV tidak ditutup.', 'A CSV quotation mark is not closed.'),
  code('csv.field-too-long', 'error', 'Sel CSV terlalu panjang.', 'A CSV cell is too long.'),
  code(
    'csv.row-too-long',
    'error',
    'Baris CSV terlalu panjang atau terlalu banyak kolom.',
    'A CSV row is too long or has too many fields.',
  ),
  code(
    'csv.semicolon',
    'warning',
    'CSV memakai pemisah ";" dari spreadsheet berlokal Indonesia.',
    'The CSV uses the ";" separator of an Indonesian-locale spreadsheet.',
  ),
  code(
    'csv.field-count',
    'error',
    'Jumlah kolom sebuah baris berbeda dari judul.',
    'A row has a different number of fields from the header.',
  ),
  code('csv.unknown-column', 'warning', 'Judul kolom yang tidak dikenal.', 'An unknown column header.'),
  code('csv.duplicate-column', 'error', 'Judul kolom yang sama muncul dua kali.', 'The same column header appears twice.'),
  code('csv.missing-unsur-column', 'error', 'Tidak ada kolom untuk sebuah unsur.', 'There is no column for an unsur.'),
  code('responses.score-missing', 'warning', 'Jawaban unsur kosong (tidak dihitung).', 'An unsur answer is empty (left out).'),
  code(
    'responses.score-invalid',
    'error',
    'Nilai di luar skala aturan (mis. 1–4) atau bukan bilangan bulat.',
    "A score outside the rule set's scale (e.g. 1–4) or not an integer.",
  ),
  code('period.both-data', 'warning', 'Periode punya responses dan summary sekaligus.', 'A period has both responses and a summary.'),
  code('schema.unknown-key', 'error', 'Kunci yang tidak dikenal skema.', 'A key the schema does not know.'),
  code('schema.required', 'error', 'Kunci wajib tidak ada.', 'A required key is missing.'),
  code(
    'schema.type',
    'error',
    'Nilai berjenis salah (mis. teks di tempat angka).',
    'A value of the wrong type (e.g. text where a number belongs).',
  ),
  code('schema.enum', 'error', 'Nilai di luar daftar pilihan.', 'A value outside the allowed list.'),
  code('schema.format', 'error', 'Tanggal tidak valid.', 'An invalid date.'),
  code('schema.pattern', 'error', 'Nilai tidak sesuai pola.', 'A value that does not match its pattern.'),
  code('schema.key-pattern', 'error', 'Kunci tidak sesuai pola.', 'A key that does not match its pattern.'),
  code('schema.range', 'error', 'Angka di luar batas.', 'A number out of bounds.'),
  code(
    'schema.size',
    'error',
    'Daftar atau teks terlalu pendek/panjang, atau berisi duplikat.',
    'A list or text too short/long, or with duplicates.',
  ),
  code('schema.invalid', 'error', 'Pelanggaran skema lain.', 'Another schema violation.'),
  code('lint.rule-failed', 'error', 'Sebuah aturan lint gagal berjalan (bug).', 'A lint rule failed to run (a bug).'),
];
