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
import { KEPMENPAN_25_2004 } from '../../src/core/model/rule-sets';
import { exportXlsx } from '../../src/node/export-xlsx';
import { FsFiles } from '../../src/node/fs-files';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim');
const PERIOD = '2023-s1';
const MODES: ModeId[] = ['exact', 'template-0.111', 'template-0.11', 'template-0.111-round3', 'template-0.11-round3'];
/** The modes of the 14-unsur rule set (KEP/25/M.PAN/2/2004), exact included. */
const MODES_2004: ModeId[] = ['exact', 'template-0.071', 'template-0.071-round3'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-xlsx-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function workspace(): Workspace {
  const loaded = loadWorkspace(new FsFiles(SAMPLE));
  if (!loaded.workspace) throw new Error('sample did not load');
  return loaded.workspace;
}

/**
 * The sample as a unit under KEP/25/M.PAN/2/2004: its fourteen unsur, and every respondent's
 * answers spread over them (a missing answer stays missing), so the 0,071 template modes apply.
 */
function workspace2004(): Workspace {
  const base = workspace();
  const unsur = KEPMENPAN_25_2004.unsur.map((entry) => ({ ...entry, options: [...entry.options] }));
  return {
    ...base,
    unit: { ...base.unit, ruleSetId: KEPMENPAN_25_2004.id, unsur },
    periods: base.periods.map((period) => {
      if (period.id !== PERIOD || !period.responses) return period;
      const rows = period.responses.rows.map((row, index) => ({
        ...row,
        scores: unsur.map((_, position) => {
          const source = row.scores[position % row.scores.length];
          return source === null || source === undefined ? null : 1 + ((source + index * 7 + position * 3) % 4);
        }),
      }));
      const excluded = Object.fromEntries(
        unsur.map((entry, position) => [entry.code, rows.filter((row) => row.scores[position] === null).length]),
      );
      return { ...period, responses: { ...period.responses, rows, excluded } };
    }),
  };
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

  it(
    'recalculates in LibreOffice to exactly the engine’s figures in every mode (14/2017)',
    () => recalculated(workspace(), MODES, '2017'),
    300_000,
  );

  it('recalculates in LibreOffice to exactly the engine’s figures in every mode of the 25/2004 rule set (14 unsur, 0,071)', async () => {
    const base = workspace2004();
    expect(base.unit.unsur).toHaveLength(14);
    for (const mode of MODES_2004) expect(computePeriod(base, PERIOD, { mode }).ikm, mode).not.toBeNull();
    await recalculated(base, MODES_2004, '2004');
  }, 300_000);
});

/** Exports `base` in each mode, strips every cached value, lets LibreOffice recalculate, and compares with `computePeriod`. */
async function recalculated(base: Workspace, modes: readonly ModeId[], tag: string): Promise<void> {
  {
    const work2 = path.join(work, tag);
    fs.mkdirSync(work2, { recursive: true });
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    expect(soffice.error, 'LibreOffice (soffice) must be installed: scripts/setup.sh installs libreoffice-calc-nogui').toBeUndefined();
    const stripped: string[] = [];
    const expected = new Map<string, PeriodResult>();
    for (const mode of modes) {
      const file = path.join(work2, `${mode}.xlsx`);
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
      const bare = path.join(work2, `bare-${mode}.xlsx`);
      await workbook.xlsx.writeFile(bare);
      stripped.push(bare);
      expected.set(mode, computePeriod(base, PERIOD, { mode }));
    }
    const out = path.join(work2, 'recalculated');
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(work2, 'lo-profile')}`,
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
    for (const mode of modes) {
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
  }
}
