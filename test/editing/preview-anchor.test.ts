import { describe, expect, it } from 'vitest';
import { previewAnchor } from '../../src/core/editing/preview-anchor';

const RTL = [
  'year: 2023',
  'items:',
  '  - id: rtl-01',
  '    unsur: U3',
  '    realisation:',
  '      status: sudah',
  '      evidence:',
  '        - { file: a.pdf }',
  '  - unsur: U5',
  '    id: "rtl-02"',
  '    program: Papan informasi',
].join('\n');

const UNIT = [
  'unit:',
  '  name: Unit',
  'services:',
  '  - { code: rapat, label: Ruang rapat }',
  '  - code: kendaraan',
  '    label: Kendaraan',
  'unsur:',
  '  - code: U1',
  '    label: Persyaratan',
  '  - { label: Prosedur, code: U2 }',
].join('\n');

describe('previewAnchor (scroll sync from the cursor to the preview)', () => {
  it('finds the RTL item around the cursor, at any depth, whatever the key order', () => {
    expect(previewAnchor('periods/p/rtl.yaml', RTL, 2, 6)).toBe('rtl:rtl-01');
    expect(previewAnchor('periods/p/rtl.yaml', RTL, 3, 8)).toBe('rtl:rtl-01');
    expect(previewAnchor('periods/p/rtl.yaml', RTL, 7, 12)).toBe('rtl:rtl-01');
    expect(previewAnchor('periods/p/rtl.yaml', RTL, 8, 4)).toBe('rtl:rtl-02');
    expect(previewAnchor('periods/p/rtl.yaml', RTL, 10, 4)).toBe('rtl:rtl-02');
    expect(previewAnchor('periods/p/rtl.yaml', RTL, 0, 2)).toBeUndefined();
  });

  it('finds services and unsur of skm.yaml in flow and block form', () => {
    expect(previewAnchor('skm.yaml', UNIT, 3, 10)).toBe('service:rapat');
    expect(previewAnchor('skm.yaml', UNIT, 5, 6)).toBe('service:kendaraan');
    expect(previewAnchor('skm.yaml', UNIT, 8, 6)).toBe('unsur:U1');
    expect(previewAnchor('skm.yaml', UNIT, 9, 6)).toBe('unsur:U2');
    expect(previewAnchor('skm.yaml', UNIT, 1, 4)).toBeUndefined();
  });

  it("maps period.yaml's sampling and population to the IKM header", () => {
    const period = 'label: P\npopulation:\n  size: 550\nsampling:\n  method: krejcie-morgan\n';
    expect(previewAnchor('periods/p/period.yaml', period, 2, 4)).toBe('section:ikm');
    expect(previewAnchor('periods/p/period.yaml', period, 4, 4)).toBe('section:ikm');
    expect(previewAnchor('periods/p/period.yaml', period, 0, 2)).toBeUndefined();
  });

  it('maps a responses column to its unsur and a service cell to its service', () => {
    const csv = 'id,date,service,U1,U2,saran\nr1,2023-01-01,rapat,3,"4",ok\n';
    expect(previewAnchor('periods/p/responses.csv', csv, 0, 17)).toBe('unsur:U1');
    expect(previewAnchor('periods/p/responses.csv', csv, 1, 20)).toBe('unsur:U1');
    expect(previewAnchor('periods/p/responses.csv', csv, 1, 23)).toBe('unsur:U2');
    expect(previewAnchor('periods/p/responses.csv', csv, 1, 15)).toBe('service:rapat');
    expect(previewAnchor('periods/p/responses.csv', csv, 1, 1)).toBeUndefined();
    expect(previewAnchor('periods/p/narrative/a.md', 'U1', 0, 1)).toBeUndefined();
  });
});
