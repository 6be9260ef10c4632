import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import { neutraliseFormula } from '../../src/core/import/csv-write';
import { fingerprint } from '../../src/core/import/fingerprint';
import { parseCsv } from '../../src/core/parse/csv-parser';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { runCli } from '../../src/cli/main';
import { FsFiles } from '../../src/node/fs-files';

const BASE = path.join(__dirname, '..', 'fixtures', 'lint', '_base');
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
  'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
  'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  // Slightly different wording from the unit's question.
  'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan dengan standar pelayanan?',
  'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
  'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
];

const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function googleFormsCsv(): string {
  const header = [
    'Timestamp',
    'Jenis Kelamin',
    'Pendidikan',
    'Pekerjaan',
    'Jenis layanan yang diterima',
    ...QUESTIONS,
    'Saran dan masukan',
  ];
  const good = ['Sangat sesuai', 'Mudah', 'Cepat', 'Gratis', 'Sesuai', 'Kompeten', 'Sopan dan ramah', 'Dikelola dengan baik', 'Baik'];
  // The usual answers, with one unsur replaced: `answers({ 1: '' })` leaves U2 unanswered.
  const base = ['Sesuai', 'Mudah', 'Cepat', 'Gratis', 'Sesuai', 'Kompeten', 'Sopan dan ramah', 'Dikelola dengan baik', 'Baik'];
  const answers = (changes: Record<number, string> = {}): string[] => base.map((answer, index) => changes[index] ?? answer);
  const rows = [
    ['2023/02/06 9:41:12 AM GMT+8', 'Laki-laki', 'S1', 'PNS', 'Peminjaman ruang rapat', ...good, 'Terima kasih'],
    // Upper case and stray spaces in the labels.
    [
      '2023/02/07 2:05:00 PM GMT+8',
      'Perempuan',
      'SMA',
      'Swasta',
      'Layanan persuratan',
      ...answers({ 0: '  SANGAT SESUAI ', 1: 'sangat  mudah', 2: 'CEPAT', 3: 'gratis', 8: 'Sangat Baik' }),
      '',
    ],
    // An unanswered question (U2 empty).
    ['2023/03/01 10:00:00 AM GMT+8', 'P', 'S2', 'PNS', 'rapat', ...answers({ 1: '' }), ''],
    // An unknown label → rejected.
    ['2023/03/02 10:00:00 AM GMT+8', 'L', 'S1', 'PNS', 'rapat', ...answers({ 0: 'Lumayan' }), ''],
    // A date outside the period → rejected.
    ['2023/08/01 10:00:00 AM GMT+8', 'L', 'S1', 'PNS', 'rapat', ...answers(), ''],
    // A saran holding a formula: kept verbatim in the data.
    ['2023/03/03 11:00:00 AM GMT+8', 'L', 'S1', 'PNS', 'rapat', ...answers(), '=HYPERLINK("http://x","klik")'],
  ];
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-import-'));
  fs.cpSync(BASE, root, { recursive: true });
  fs.rmSync(path.join(root, 'periods', '2023-s1', 'responses.csv'));
  fs.writeFileSync(path.join(root, 'forms.csv'), googleFormsCsv());
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('skm import (Google Forms CSV)', () => {
  it('maps columns by similarity, converts labels, and conserves every row', async () => {
    const result = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    expect(result.err).toBe('');
    expect(result.out).toContain('dibaca 6 = diimpor 4 + sudah ada 0 + berubah 0 + ditolak 2');
    expect(result.out).toMatch(/Bagaimana pendapat Saudara tentang kesesuaian produk.* → unsur:U5/);
    expect(result.code).toBe(0);
    const rejects = fs.readFileSync(path.join(root, 'periods/2023-s1/imports/forms.csv.rejects.csv'), 'utf8').trim().split('\n');
    expect(rejects).toHaveLength(3);
    expect(rejects[1]).toMatch(/^5,.*Lumayan/);
    expect(rejects[2]).toMatch(/^6,.*di luar periode/);

    const loaded = loadWorkspace(new FsFiles(root));
    const period = loaded.workspace?.periods.find((candidate) => candidate.id === '2023-s1');
    const rows = period?.responses?.rows ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      date: '2023-02-06',
      time: '08.00-12.00',
      service: 'rapat',
      profile: { gender: 'L' },
      scores: [4, 3, 3, 4, 3, 3, 3, 4, 3],
    });
    expect(rows[1]).toMatchObject({
      time: '13.00-17.00',
      service: 'surat',
      profile: { gender: 'P', education: 'SMA' },
      scores: [4, 4, 3, 4, 3, 3, 3, 4, 4],
    });
    expect(rows[2]?.scores[1]).toBeNull();
    expect(rows[3]?.saran).toBe('=HYPERLINK("http://x","klik")');
  });

  it('is idempotent: importing the same file again adds nothing', async () => {
    await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    const before = fs.readFileSync(path.join(root, 'periods/2023-s1/responses.csv'), 'utf8');
    const again = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    expect(again.out).toContain('dibaca 6 = diimpor 0 + sudah ada 4 + berubah 0 + ditolak 2');
    expect(fs.readFileSync(path.join(root, 'periods/2023-s1/responses.csv'), 'utf8')).toBe(before);
  });

  it('recognises rows imported by an earlier version, whose id is the fingerprint of the raw cells', async () => {
    await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    const file = path.join(root, 'periods/2023-s1/responses.csv');
    const source = parseCsv('forms.csv', googleFormsCsv()).records.slice(1);
    // The four imported rows are the source's first, second, third and sixth.
    const legacy = [0, 1, 2, 5].map((index) => fingerprint(source[index]!.fields));
    const [header = '', ...rows] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(4);
    const rewritten = [header, ...rows.map((line, index) => line.replace(/^imp-[0-9a-f]{16}/, legacy[index]!))];
    expect(rewritten.slice(1).every((line, index) => line.startsWith(legacy[index]!))).toBe(true);
    fs.writeFileSync(file, `${rewritten.join('\n')}\n`);
    const again = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    expect(again.out).toContain('dibaca 6 = diimpor 0 + sudah ada 4 + berubah 0 + ditolak 2');
  });

  it('counts a row repeated within one input once, and rejects a repeated own id', async () => {
    const lines = googleFormsCsv().trimEnd().split('\n');
    fs.writeFileSync(path.join(root, 'forms.csv'), `${[...lines, lines[1], lines[2]].join('\n')}\n`);
    const repeated = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    expect(repeated.out).toContain('dibaca 8 = diimpor 4 + sudah ada 2 + berubah 0 + ditolak 2');
    const header = 'id,date,U1,U2,U3,U4,U5,U6,U7,U8,U9';
    fs.writeFileSync(
      path.join(root, 'own.csv'),
      `${header}\nx1,2023-01-10,3,3,3,3,3,3,3,3,3\nx2,2023-01-11,3,3,3,3,3,3,3,3,3\nx1,2023-01-12,2,2,2,2,2,2,2,2,2\n`,
    );
    const own = await cli(['import', 'own.csv', '--into', 'periods/2023-s1']);
    expect(own.out).toContain('dibaca 3 = diimpor 2 + sudah ada 0 + berubah 0 + ditolak 1');
  });

  it('reports an ambiguous or unmatched column instead of guessing, and a mapping file overrides', async () => {
    const text = googleFormsCsv().replace('Jenis Kelamin', 'Kolom misterius');
    fs.writeFileSync(path.join(root, 'forms.csv'), text);
    const guessed = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1', '--dry-run']);
    expect(guessed.out).toMatch(/Kolom misterius → tidak cocok/);
    expect(fs.existsSync(path.join(root, 'periods/2023-s1/responses.csv'))).toBe(false);
    fs.writeFileSync(path.join(root, 'mapping.yaml'), 'columns:\n  Kolom misterius: profile:gender\n');
    const mapped = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1', '--mapping', 'mapping.yaml']);
    expect(mapped.out).toMatch(/Kolom misterius → profile:gender \(mapping\)/);
  });

  it('leaves the period unchanged when the write fails', async () => {
    const folder = path.join(root, 'periods/2023-s1');
    fs.writeFileSync(path.join(folder, 'responses.csv'), 'id,date,U1,U2,U3,U4,U5,U6,U7,U8,U9\nr1,2023-01-10,3,3,3,3,3,3,3,3,3\n');
    const before = fs.readFileSync(path.join(folder, 'responses.csv'), 'utf8');
    // A file where the rejects folder must go makes the write fail half way.
    fs.writeFileSync(path.join(folder, 'imports'), 'not a folder');
    const result = await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/skm import:/);
    expect(fs.readFileSync(path.join(folder, 'responses.csv'), 'utf8')).toBe(before);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('skm export --xlsx', () => {
  it('writes live formulas whose cached values match the engine, neutralises formulas in text, and round-trips', async () => {
    await cli(['import', 'forms.csv', '--into', 'periods/2023-s1']);
    const exported = await cli(['export', 'periods/2023-s1', '--xlsx', '--out', 'olah.xlsx']);
    expect(exported.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(root, 'olah.xlsx'));
    const cells: { formula?: string; result?: unknown }[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value as { formula?: string; result?: unknown })));
    const loaded = loadWorkspace(new FsFiles(root));
    const result = computePeriod(loaded.workspace!, '2023-s1');
    const ikmCell = cells.find((cell) => typeof cell === 'object' && /^IF\(C\d+="","",C\d+\*25\)$/.test(cell.formula ?? ''));
    expect(ikmCell?.result).toBeCloseTo(result.ikmConverted ?? 0, 10);
    expect(cells.some((cell) => typeof cell === 'object' && cell?.formula?.startsWith('SUM(C'))).toBe(true);
    // The saran formula is neutralised in the spreadsheet.
    expect(cells).toContain(`'=HYPERLINK("http://x","klik")`);

    // Re-import the exported workbook into a fresh period (no mapping needed): identical results.
    fs.mkdirSync(path.join(root, 'periods/2023-s1b'));
    fs.writeFileSync(path.join(root, 'periods/2023-s1b/period.yaml'), 'label: Salinan\nstart: 2023-01-01\nend: 2023-06-30\n');
    const reimport = await cli(['import', 'olah.xlsx', '--into', 'periods/2023-s1b']);
    expect(reimport.out).toContain('dibaca 4 = diimpor 4 + sudah ada 0 + berubah 0 + ditolak 0');

    const copy = computePeriod(loadWorkspace(new FsFiles(root)).workspace!, '2023-s1b');
    expect(copy.unsur.map((unsur) => [unsur.answered, unsur.total])).toEqual(result.unsur.map((unsur) => [unsur.answered, unsur.total]));
    expect(copy.ikmConverted).toBe(result.ikmConverted);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes text a spreadsheet would run, and leaves numbers alone', () => {
    expect(['=1+1', '+cmd', '-x', '@SUM(A1)', '\tx', 'biasa', '-3', '+2,5'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      'biasa',
      '-3',
      '+2,5',
    ]);
  });
});
