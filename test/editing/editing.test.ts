import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeCsv, completeYaml, fileKindOf, keyDocumentation, schemaAt } from '../../src/core/editing/completion';
import { findCodeLocations, planRename } from '../../src/core/editing/references';
import type { TextFile } from '../../src/core/editing/references';
import { outlineOf } from '../../src/core/editing/symbols';
import { yamlCursor } from '../../src/core/editing/yaml-cursor';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import { FsFiles } from '../../src/node/fs-files';

const UNIT = `unit:
  name: Unit Uji
ruleSet: permenpanrb-14-2017
services:
  - { code: rapat, label: Ruang rapat }
  - code: tamu
    label: Layanan tamu
unsur:
  - code: U1
    label: Persyaratan
  - code: U2
    label: Prosedur
  - code: U3
    label: Waktu
  - code: U4
    label: Biaya
  - code: U5
    label: Produk
  - code: U6
    label: Kompetensi
  - code: U7
    label: Perilaku
  - code: U8
    label: Pengaduan
  - code: U9
    label: Sarana
`;
const RTL = `year: 2024
items:
  - id: rtl-01
    unsur: U3
    program: Memperbaiki waktu
    quarters: [1]
    horizon: pen
    responsible: TU
`;
const SUMMARY = `respondents: 10
unsur:
  U3: { answered: 10, total: 30 }
  U1: { answered: 10, total: 31 }
byService:
  rapat:
    respondents: 10
    unsur:
      U3: { answered: 10, total: 30 }
profile:
  gender:
    L: { count: 4 }
`;
const CSV = `id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran
r1,2024-01-02,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,"U3 rapat, bagus"
r2,2024-01-02,08.00-12.00,tamu,P,30,S1,PNS,3,3,3,3,3,3,3,3,3,
`;
const NARRATIVE = 'Unsur {{ label.U3 }} bernilai {{ nrr.U3 }}; U3 disebut dalam teks.\n';

const files: TextFile[] = [
  { file: 'skm.yaml', text: UNIT },
  { file: 'periods/2024/rtl.yaml', text: RTL },
  { file: 'periods/2023/summary.yaml', text: SUMMARY },
  { file: 'periods/2024/responses.csv', text: CSV },
  { file: 'periods/2024/narrative/analisis.md', text: NARRATIVE },
];
const unit = () => loadWorkspace(new MemoryFiles(Object.fromEntries(files.map((file) => [file.file, file.text])))).workspace!.unit;
const labels = (candidates: { label: string }[]): string[] => candidates.map((candidate) => candidate.label);
const at = (text: string, line: number, after: string): [number, number] => [
  line,
  (text.split('\n')[line] ?? '').indexOf(after) + after.length,
];

describe('yaml cursor', () => {
  it('finds parent keys through sequences and flow mappings', () => {
    expect(yamlCursor(RTL, ...at(RTL, 3, 'unsur: U'))).toEqual({ path: ['items'], key: 'unsur', prefix: 'U' });
    expect(yamlCursor(SUMMARY, ...at(SUMMARY, 8, 'U3'))).toEqual({ path: ['byService', 'rapat', 'unsur'], key: undefined, prefix: 'U3' });
    expect(yamlCursor(UNIT, ...at(UNIT, 4, '{ code: rap'))).toEqual({ path: ['services'], key: 'code', prefix: 'rap' });
  });
});

describe('completion', () => {
  it('offers unsur codes with labels for an RTL item, service codes for summary keys, enum values from the schema', () => {
    const u = unit();
    const unsur = completeYaml('rtl', RTL, ...at(RTL, 3, 'unsur: '), u);
    expect(labels(unsur)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(unsur[2]).toEqual({ label: 'U3', detail: 'Waktu', kind: 'unsur' });
    expect(labels(completeYaml('rtl', RTL, ...at(RTL, 6, 'horizon: pen'), u))).toEqual(['pendek', 'menengah', 'panjang']);
    expect(labels(completeYaml('summary', SUMMARY, 5, 2, u))).toEqual(['rapat', 'tamu']);
    expect(labels(completeYaml('summary', SUMMARY, 11, 4, u))).toEqual(['L', 'P']);
    expect(labels(completeYaml('summary', SUMMARY, 3, 2, u))).toContain('U9');
    expect(labels(completeYaml('unit', UNIT, 0, 0, u))).toEqual(
      expect.arrayContaining(['unit', 'ruleSet', 'mode', 'services', 'unsur', 'profile']),
    );
    expect(labels(completeYaml('unit', 'mode: ', 0, 6, u))).toEqual(expect.arrayContaining(['exact', 'template-0.111']));
  });

  it('offers scale values, service codes and profile values in a CSV cell by its header', () => {
    const u = unit();
    const line = 'r3,2024-01-02,08.00-12.00,';
    const text = `${CSV}${line}`;
    const last = text.split('\n').length - 1;
    expect(labels(completeCsv(text, last, line.length, u))).toEqual(['rapat', 'tamu']);
    expect(labels(completeCsv(`${CSV}r3,d,t,rapat,`, last, 'r3,d,t,rapat,'.length, u))).toEqual(['L', 'P']);
    const scale = completeCsv(`${CSV}r3,d,t,rapat,L,30,S1,PNS,`, last, 'r3,d,t,rapat,L,30,S1,PNS,'.length, u);
    expect(labels(scale)).toEqual(['1', '2', '3', '4']);
    expect(completeCsv(CSV, 0, 3, u)).toEqual([]);
  });

  it('knows the file kinds and walks the schemas', () => {
    expect(fileKindOf('skm.yaml')).toBe('unit');
    expect(fileKindOf('periods/2024/rtl.yaml')).toBe('rtl');
    expect(fileKindOf('periods/2024/responses.csv')).toBe('csv');
    expect(fileKindOf('periods/2024/narrative/a.md')).toBeUndefined();
    expect(schemaAt('rtl', ['items', 'horizon'])?.enum).toEqual(['pendek', 'menengah', 'panjang']);
  });
});

describe('references and rename', () => {
  it('finds the definition and every use of an unsur code, never prose', () => {
    const found = findCodeLocations(files, 'U3', 'unsur');
    const where = found.map(
      (location) => `${location.file}:${location.range.start.line}:${location.range.start.column}${location.definition ? ' def' : ''}`,
    );
    expect(where).toEqual([
      'skm.yaml:12:10 def',
      'periods/2023/summary.yaml:2:2',
      'periods/2023/summary.yaml:8:6',
      'periods/2024/narrative/analisis.md:0:15',
      'periods/2024/narrative/analisis.md:0:37',
      'periods/2024/responses.csv:0:59',
      'periods/2024/rtl.yaml:3:11',
    ]);
  });

  it('finds a service code in skm.yaml, summary keys and the service column only', () => {
    const where = findCodeLocations(files, 'rapat', 'service').map(
      (location) => `${location.file}:${location.range.start.line}:${location.range.start.column}`,
    );
    expect(where).toEqual(['skm.yaml:4:12', 'periods/2023/summary.yaml:5:2', 'periods/2024/responses.csv:1:26']);
  });

  it('plans a rename as one set of edits, or refuses with a reason', () => {
    const plan = planRename(files, 'U3', 'unsur', 'U3a', ['U1', 'U2', 'U3']);
    expect(plan.error).toBeUndefined();
    expect(plan.edits).toHaveLength(7);
    expect(new Set(plan.edits.map((edit) => edit.newText))).toEqual(new Set(['U3a']));
    expect(planRename(files, 'U3', 'unsur', 'U2', ['U1', 'U2', 'U3']).error).toMatch(/U2/);
    expect(planRename(files, 'U3', 'unsur', '3x', []).error).toMatch(/3x/);
    const sample = new FsFiles(path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim'));
    const unitText = String(sample.read('skm.yaml'));
    // Unsur from the rule set's defaults have no definition to rename.
    expect(planRename([{ file: 'skm.yaml', text: unitText }], 'U3', 'unsur', 'U10', []).error).toBeDefined();
  });
});

describe('outline', () => {
  it('names list items by id/code and nests sections', () => {
    const rtl = outlineOf('periods/2024/rtl.yaml', RTL);
    expect(rtl.map((symbol) => symbol.name)).toEqual(['year', 'items']);
    expect(rtl[1]?.children.map((symbol) => [symbol.name, symbol.detail])).toEqual([['rtl-01', 'Memperbaiki waktu']]);
    const unitOutline = outlineOf('skm.yaml', UNIT);
    const services = unitOutline.find((symbol) => symbol.name === 'services');
    expect(services?.children.map((symbol) => symbol.name)).toEqual(['rapat', 'tamu']);
    expect(services?.range.start.line).toBe(3);
    expect(outlineOf('x.yaml', ': : [')).toEqual(expect.any(Array));
  });
});

describe('key documentation', () => {
  it('gives the schema title and description of the key under the cursor', () => {
    expect(keyDocumentation('rtl', RTL, 6, 5)).toMatchObject({ key: 'horizon', title: 'Jangka waktu' });
    expect(keyDocumentation('rtl', RTL, 6, 20)).toBeUndefined();
  });
});
