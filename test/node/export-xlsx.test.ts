/**
 * The olah-data workbook: its structure (sheets, frozen headers, widths, formats, A4 print setup)
 * and its formulas, recalculated by LibreOffice headless from a copy with every cached value
 * removed, against `computePeriod` in every mode. LibreOffice (`soffice`, Debian
 * `libreoffice-calc-nogui`) is installed by scripts/setup.sh; without it this test fails rather
 * than passing unchecked.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { computePeriod } from '../../src/core/compute/compute-period';
import type { PeriodResult } from '../../src/core/compute/result';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import type { ModeId, Workspace } from '../../src/core/model/types';
import { exportXlsx } from '../../src/node/export-xlsx';
import { FsFiles } from '../../src/node/fs-files';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim');
const PERIOD = '2023-s1';
const MODES: ModeId[] = ['exact', 'template-0.111', 'template-0.11', 'template-0.111-round3', 'template-0.11-round3'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-xlsx-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function workspace(): Workspace {
  const loaded = loadWorkspace(new FsFiles(SAMPLE));
  if (!loaded.workspace) throw new Error('sample did not load');
  return loaded.workspace;
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A cell's value or its formula's (recalculated) result. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as { formula?: string; result?: unknown } | null;
  return value !== null && typeof value === 'object' && 'formula' in value ? value.result : value;
}

/** Finds the row whose column B holds `label` (the tabulation's summary block). */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): number {
  let found = -1;
  sheet.eachRow((row, number) => {
    if (found < 0 && row.getCell(2).text.startsWith(label)) found = number;
  });
  expect(found, label).toBeGreaterThan(0);
  return found;
}

describe('skm export --xlsx: the olah-data workbook', () => {
  it('has the sheets users know, frozen headers, widths, number formats and A4 print setup', async () => {
    const file = path.join(work, 'structure.xlsx');
    await exportXlsx(workspace(), PERIOD, file);
    const workbook = await readWorkbook(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Olah Data',
      'Data Responden',
      'Profil Responden',
      'IKM per Layanan',
      'Grafik NRR',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.getColumn(2).width, sheet.name).toBeGreaterThanOrEqual(10);
    }
    const tabulation = workbook.getWorksheet('Olah Data')!;
    expect(tabulation.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(tabulation.getRow(4).getCell(3).value).toBe('Persyaratan');
    expect(tabulation.getRow(5).getCell(3).value).toBe('U1');
    const nrrRow = rowLabelled(tabulation, 'NRR per unsur');
    expect(tabulation.getRow(nrrRow).getCell(3).numFmt).toBe('0.000');
    expect(tabulation.getRow(rowLabelled(tabulation, 'IKM konversi')).getCell(3).numFmt).toBe('0.00');
    const data = workbook.getWorksheet('Data Responden')!;
    expect(data.getRow(2).values).toEqual([
      undefined,
      'id',
      'date',
      'time',
      'service',
      'gender',
      'age',
      'education',
      'occupation',
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
      'saran',
    ]);
    expect(data.getRow(1).getCell(5).value).toBe('Jenis Kelamin');
    expect(data.rowCount).toBe(2 + 85);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('recalculates in LibreOffice to exactly the engine’s figures in every mode', async () => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    expect(soffice.error, 'LibreOffice (soffice) must be installed: scripts/setup.sh installs libreoffice-calc-nogui').toBeUndefined();
    const base = workspace();
    const stripped: string[] = [];
    const expected = new Map<string, PeriodResult>();
    for (const mode of MODES) {
      const file = path.join(work, `${mode}.xlsx`);
      await exportXlsx(base, PERIOD, file, mode);
      // Remove every cached value, so each figure LibreOffice shows is one it computed.
      const workbook = await readWorkbook(file);
      for (const sheet of workbook.worksheets)
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const value = cell.value as { formula?: string } | null;
            if (value && typeof value === 'object' && typeof value.formula === 'string') cell.value = { formula: value.formula };
          }),
        );
      const bare = path.join(work, `bare-${mode}.xlsx`);
      await workbook.xlsx.writeFile(bare);
      stripped.push(bare);
      expected.set(mode, computePeriod(base, PERIOD, { mode }));
    }
    const out = path.join(work, 'recalculated');
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
        '--headless',
        '--calc',
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        ...stripped,
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const mode of MODES) {
      const result = expected.get(mode)!;
      const workbook = await readWorkbook(path.join(out, `bare-${mode}.xlsx`));
      const tabulation = workbook.getWorksheet('Olah Data')!;
      const nrrRow = tabulation.getRow(rowLabelled(tabulation, 'NRR per unsur'));
      const convertedRow = tabulation.getRow(rowLabelled(tabulation, 'Konversi'));
      result.unsur.forEach((unsur, index) => {
        const shown = valueOf(nrrRow.getCell(3 + index)) as number;
        if (result.mode.roundDecimals === null) expect(shown, `${mode} ${unsur.code}`).toBeCloseTo(unsur.nrr!, 12);
        else expect(shown.toFixed(3), `${mode} ${unsur.code}`).toBe(unsur.nrr!.toFixed(3));
        expect(valueOf(convertedRow.getCell(3 + index)) as number).toBeCloseTo(unsur.nrrConverted!, 10);
      });
      const ikm = valueOf(tabulation.getRow(rowLabelled(tabulation, 'IKM (')).getCell(3)) as number;
      const converted = valueOf(tabulation.getRow(rowLabelled(tabulation, 'IKM konversi')).getCell(3)) as number;
      expect(ikm, mode).toBeCloseTo(result.ikm!, 12);
      expect(converted, mode).toBeCloseTo(result.ikmConverted!, 10);
      expect(converted.toFixed(2), mode).toBe(result.ikmConverted!.toFixed(2));
      expect(valueOf(tabulation.getRow(rowLabelled(tabulation, 'Mutu pelayanan')).getCell(3)), mode).toBe(result.grade);
      expect(valueOf(tabulation.getRow(rowLabelled(tabulation, 'Kinerja')).getCell(3)), mode).toBe(result.performance);

      const services = workbook.getWorksheet('IKM per Layanan')!;
      const ikmColumn = 4 + result.unsur.length;
      result.byService.forEach((service, index) => {
        const row = services.getRow(2 + index);
        expect(row.getCell(1).value).toBe(service.code);
        expect(valueOf(row.getCell(3))).toBe(service.respondents);
        expect(valueOf(row.getCell(ikmColumn)) as number, `${mode} ${service.code}`).toBeCloseTo(service.ikm!, 12);
        expect(valueOf(row.getCell(ikmColumn + 2)), `${mode} ${service.code}`).toBe(service.grade);
      });

      const profile = workbook.getWorksheet('Profil Responden')!;
      const counts = new Map<string, number>();
      profile.eachRow((row) => {
        const cell = row.getCell(2);
        // exceljs reads a cached 0 as no result (LibreOffice does write <v>0</v> for it).
        const count = typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value ? (valueOf(cell) ?? 0) : cell.value;
        if (typeof count === 'number') counts.set(row.getCell(1).text, count);
      });
      for (const table of result.profile)
        for (const row of table.rows) expect(counts.get(row.label), `${table.key} ${row.label}`).toBe(row.count);
    }
  }, 300_000);
});
