/**
 * Honest import (issue 10): closed-list values mapped through aliases with every mapping shown,
 * unmappable values rejected (or mapped with --map-value), an uncertain questionnaire column
 * stopping the import before anything is written, decimal-comma scores, encodings, duplicates
 * across formats, and the round trip of the exported workbook with a field-by-field diff.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { FsFiles } from '../../src/node/fs-files';

const BASE = path.join(__dirname, '..', 'fixtures', 'lint', '_base');
const FOLDER = 'periods/2023-s1';
let root: string;

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return runCli(args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    cwd: root,
    env: { SKM_LANG: 'id' },
    isTTY: false,
  }).then((code) => ({ code, out, err }));
}

const QUESTIONS = [
  'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  // U3 reworded: no word in common with the unit's question.
  'Seberapa cepat petugas menyelesaikan urusan Anda?',
  'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan dengan standar pelayanan?',
  'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
  'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
];
const HEADER = ['Timestamp', 'Jenis Kelamin', 'Pendidikan', 'Pekerjaan', 'Jenis layanan', ...QUESTIONS, 'Saran dan masukan'];
const ROWS = [
  [
    '06/02/2023 09:41:12',
    'Laki-laki',
    'D3',
    'PNS',
    'Peminjaman ruang rapat',
    '4,0',
    '3,0',
    '3',
    '4',
    '3',
    '3',
    '3',
    '4',
    '3',
    'Kopi di ruang tunggu – mohon dipertahankan, café!',
  ],
  [
    '07/02/2023 14:05:00',
    'Perempuan',
    'SMA/SMK',
    'Wiraswasta',
    'Layanan persuratan',
    '4.0',
    'Mudah',
    '3',
    '4',
    '3',
    '3',
    '3',
    '4',
    '4',
    '',
  ],
  ['08/02/2023 10:00:00', 'Pria', 'S1', 'Mahasiswa', 'rapat', '3', '3', '3', '3', '3', '3', '3', '3', '3', ''],
];
const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvText = (rows: string[][] = ROWS): string => [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';

/** Windows-1252 bytes of a text (the characters used here: ASCII, é and the en dash). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => (character === '–' ? 0x96 : character.charCodeAt(0))));
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + index * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

const responses = (): string => path.join(root, FOLDER, 'responses.csv');
const rowsOf = () => loadWorkspace(new FsFiles(root)).workspace!.periods.find((period) => period.id === '2023-s1')!.responses?.rows ?? [];

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-honest-'));
  fs.cpSync(BASE, root, { recursive: true });
  fs.rmSync(responses());
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('skm import: the issue file (Laki-laki, D3, 4,0, Windows-1252, a reworded question)', () => {
  it('stops with nothing written while a questionnaire column is uncertain, then imports with every mapping shown', async () => {
    fs.writeFileSync(path.join(root, 'jawaban.csv'), windows1252(csvText()));
    const stopped = await cli(['import', 'jawaban.csv', '--into', FOLDER]);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toContain('Windows-1252');
    expect(stopped.err).toMatch(/Impor dihentikan, tidak ada berkas yang ditulis: tidak ada kolom untuk unsur U3/);
    expect(stopped.out).toMatch(/Seberapa cepat petugas menyelesaikan urusan Anda\? → tidak cocok/);
    expect(fs.existsSync(responses())).toBe(false);
    expect(fs.existsSync(path.join(root, FOLDER, 'imports'))).toBe(false);

    const mapped = await cli(['import', 'jawaban.csv', '--into', FOLDER, '--map', `${QUESTIONS[2]}=U3`]);
    expect(mapped.code).toBe(0);
    expect(mapped.err).toContain('peringatan: berkas dibaca sebagai Windows-1252 (bukan UTF-8 yang valid)');
    for (const line of [
      'gender: "Laki-laki" → L (1 baris)',
      'education: "D3" → D1-D4 (1 baris)',
      'education: "SMA/SMK" → SMA (1 baris)',
      'occupation: "Wiraswasta" → Wirausaha (1 baris)',
      'U1: "4,0" → 4 (1 baris)',
      'U1: "4.0" → 4 (1 baris)',
      'U2: "Mudah" → 3 (1 baris)',
      'service: "Peminjaman ruang rapat" → rapat (1 baris)',
      'gender: "Pria" → L (1 baris)',
    ])
      expect(mapped.out).toContain(line);
    expect(mapped.out).toContain('dibaca 3 = diimpor 2 + sudah ada 0 + berubah 0 + ditolak 1');
    const rejects = fs.readFileSync(path.join(root, FOLDER, 'imports', 'jawaban.csv.rejects.csv'), 'utf8');
    expect(rejects).toMatch(/nilai ""?Mahasiswa""? di kolom ""?Pekerjaan""? tidak ada dalam daftar occupation/);
    const rows = rowsOf();
    expect(rows.map((row) => [row.profile['gender'], row.profile['education'], row.scores[0], row.scores[2]])).toEqual([
      ['L', 'D1-D4', 4, 3],
      ['P', 'SMA', 4, 3],
    ]);
    expect(rows[0]?.saran).toBe('Kopi di ruang tunggu – mohon dipertahankan, café!');
    // What was written lints clean of value errors.
    const lint = await cli(['lint', FOLDER]);
    expect(lint.out).not.toMatch(/responses\.(profile|service|time)-unknown|responses\.date-format/);

    // --map-value decides the value the lists do not know.
    const valued = await cli([
      'import',
      'jawaban.csv',
      '--into',
      FOLDER,
      '--map',
      `${QUESTIONS[2]}=U3`,
      '--map-value',
      'occupation:Mahasiswa=Lainnya',
    ]);
    expect(valued.out).toContain('occupation: "Mahasiswa" → Lainnya (1 baris)');
    expect(valued.out).toContain('dibaca 3 = diimpor 1 + sudah ada 2 + berubah 0 + ditolak 0');
  });

  it('stops on a column ambiguous between two unsur, naming both', async () => {
    const header = [...HEADER];
    header[5] = 'Bagaimana pendapat Saudara tentang kesesuaian pelayanan?';
    fs.writeFileSync(path.join(root, 'jawaban.csv'), [header, ...ROWS].map((row) => row.map(quote).join(',')).join('\n'));
    const stopped = await cli(['import', 'jawaban.csv', '--into', FOLDER, '--map', `${QUESTIONS[2]}=U3`, '--dry-run']);
    expect(stopped.code).toBe(1);
    expect(stopped.out).toMatch(/kesesuaian pelayanan\? → AMBIGU antara U1 \/ /);
    expect(stopped.err).toMatch(/--map/);
    expect(fs.existsSync(responses())).toBe(false);
  });

  it('rejects a bad --map-value code as a usage error', async () => {
    fs.writeFileSync(path.join(root, 'jawaban.csv'), csvText());
    const result = await cli(['import', 'jawaban.csv', '--into', FOLDER, '--map-value', 'occupation:Mahasiswa=Pelajar']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('PNS, TNI, Polri, Swasta, Wirausaha, Lainnya');
  });
});

describe('skm import: encodings', () => {
  const text = csvText([ROWS[0]!]);
  for (const [name, bytes, warning] of [
    ['UTF-8', new TextEncoder().encode(text), null],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), null],
    ['UTF-16 LE', utf16(text, false), 'UTF-16 LE'],
    ['UTF-16 BE', utf16(text, true), 'UTF-16 BE'],
    ['Windows-1252', windows1252(text), 'Windows-1252'],
  ] as const) {
    it(`reads ${name}${warning ? ' with a warning naming it' : ' silently'}`, async () => {
      fs.writeFileSync(path.join(root, 'jawaban.csv'), bytes);
      const result = await cli(['import', 'jawaban.csv', '--into', FOLDER, '--map', `${QUESTIONS[2]}=U3`]);
      expect(result.code).toBe(0);
      if (warning) expect(result.err).toContain(`berkas dibaca sebagai ${warning}`);
      else expect(result.err).toBe('');
      expect(result.out).toContain('diimpor 1');
      expect(rowsOf()[0]?.saran).toBe('Kopi di ruang tunggu – mohon dipertahankan, café!');
    });
  }
});

describe('skm import: duplicates across files and formats', () => {
  it('adds nothing when the same answers come again as xlsx', async () => {
    fs.writeFileSync(path.join(root, 'jawaban.csv'), csvText());
    const first = await cli(['import', 'jawaban.csv', '--into', FOLDER, '--map', `${QUESTIONS[2]}=U3`]);
    expect(first.out).toContain('diimpor 2');
    const before = fs.readFileSync(responses(), 'utf8');
    // The same answers as a spreadsheet download: real dates, numbers as numbers.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form Responses 1');
    sheet.addRow(HEADER);
    for (const row of ROWS) {
      const [day, month, rest] = row[0]!.split('/');
      const [year, time] = rest!.split(' ');
      const [hour, minute, second] = time!.split(':').map(Number);
      const stamp = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), hour, minute, second));
      sheet.addRow([stamp, ...row.slice(1, 5), ...row.slice(5, 14).map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)), row[14]]);
    }
    await workbook.xlsx.writeFile(path.join(root, 'jawaban.xlsx'));
    const again = await cli(['import', 'jawaban.xlsx', '--into', FOLDER, '--map', `${QUESTIONS[2]}=U3`]);
    expect(again.out).toContain('dibaca 3 = diimpor 0 + sudah ada 2 + berubah 0 + ditolak 1');
    expect(fs.readFileSync(responses(), 'utf8')).toBe(before);
  });
});

describe('skm import: the exported workbook comes back', () => {
  it('recognises respondent ids, lists changed answers field by field, and applies them only with --update', async () => {
    fs.writeFileSync(path.join(root, 'jawaban.csv'), csvText());
    await cli(['import', 'jawaban.csv', '--into', FOLDER, '--map', `${QUESTIONS[2]}=U3`]);
    const exported = await cli(['export', FOLDER, '--xlsx', '--out', 'olah.xlsx']);
    expect(exported.code).toBe(0);
    const unchanged = await cli(['import', 'olah.xlsx', '--into', FOLDER]);
    expect(unchanged.code).toBe(0);
    expect(unchanged.out).toContain('dibaca 2 = diimpor 0 + sudah ada 2 + berubah 0 + ditolak 0');

    // Edit two answers and a saran in the respondents' sheet, as a user would in a spreadsheet.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(root, 'olah.xlsx'));
    const data = workbook.getWorksheet('Data Responden')!;
    const codes = (data.getRow(2).values as unknown[]).map(String);
    const firstId = data.getRow(3).getCell(codes.indexOf('id')).text;
    data.getRow(3).getCell(codes.indexOf('U1')).value = 2;
    data.getRow(3).getCell(codes.indexOf('saran')).value = 'Ruang tunggu sempit';
    await workbook.xlsx.writeFile(path.join(root, 'olah.xlsx'));
    const before = fs.readFileSync(responses(), 'utf8');

    const listed = await cli(['import', 'olah.xlsx', '--into', FOLDER]);
    expect(listed.out).toContain(`${firstId} U1: "4" → "2"`);
    expect(listed.out).toContain(`${firstId} saran: "Kopi di ruang tunggu – mohon dipertahankan, café!" → "Ruang tunggu sempit"`);
    expect(listed.out).toContain('TIDAK diterapkan');
    expect(listed.out).toContain('dibaca 2 = diimpor 0 + sudah ada 1 + berubah 1 + ditolak 0');
    expect(fs.readFileSync(responses(), 'utf8')).toBe(before);

    const applied = await cli(['import', 'olah.xlsx', '--into', FOLDER, '--update']);
    expect(applied.out).toContain('1 responden diperbarui (--update).');
    const rows = rowsOf();
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.id === firstId)).toMatchObject({ scores: [2, 3, 3, 4, 3, 3, 3, 4, 3], saran: 'Ruang tunggu sempit' });
  });
});
