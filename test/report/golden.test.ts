import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { buildReport } from '../../src/core/report/build-report';
import type { ReportKind } from '../../src/core/report/build-report';
import { reviewForPeriod } from '../../src/core/report/review';
import { FsFiles } from '../../src/node/fs-files';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const GOLDEN = path.join(__dirname, 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

const cases: { sample: string; periodId: string; kind: ReportKind }[] = [
  { sample: 'biro-umum-kaltim', periodId: '2023-s1', kind: 'skm' },
  { sample: 'biro-umum-kaltim', periodId: '2022', kind: 'lhtl' },
  { sample: 'biro-pbj-kaltim', periodId: '2024-s2', kind: 'lhtl' },
  { sample: 'setda-surakarta', periodId: '2023-tw4', kind: 'lhtl' },
];

/** The report as `skm build` writes it: with the lint's open findings marked. */
function build(sample: string, periodId: string, kind: ReportKind): string {
  const { loaded, diagnostics } = lintWorkspace(new FsFiles(path.join(SAMPLES, sample)));
  const workspace = loaded.workspace;
  const period = workspace?.periods.find((candidate) => candidate.id === periodId);
  if (!workspace || !period) throw new Error(`cannot load ${sample}`);
  const review = reviewForPeriod(diagnostics, period, false);
  return buildReport({ workspace, periodId, kind, texts: loaded.texts, review }).markdown;
}

describe('golden reports of the samples (UPDATE_GOLDEN=1 regenerates; review the diff)', () => {
  for (const { sample, periodId, kind } of cases) {
    it(`${sample} ${periodId} ${kind}`, () => {
      const markdown = build(sample, periodId, kind);
      const file = path.join(GOLDEN, sample, `${periodId}-${kind}.md`);
      if (update) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, markdown);
      }
      expect(markdown).toBe(fs.readFileSync(file, 'utf8'));
    });
  }

  it('is deterministic: building twice gives identical bytes', () => {
    expect(build('biro-umum-kaltim', '2023-s1', 'skm')).toBe(build('biro-umum-kaltim', '2023-s1', 'skm'));
  });
});

describe('report content is computed, never typed', () => {
  const skm = build('biro-umum-kaltim', '2023-s1', 'skm');

  it('follows the seed outline chapter by chapter', () => {
    const headings = [...skm.matchAll(/^# (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'BAB I Pendahuluan',
      'BAB II Pengumpulan Data',
      'BAB III Hasil Pengolahan Data',
      'BAB IV Analisis Hasil',
      'BAB V Kesimpulan',
      'Lampiran',
      'Lampiran. Catatan Pemeriksaan',
    ]);
  });

  it('prints the exact IKM, the corrected percentages and both sample sizes', () => {
    expect(skm).toContain('IKM unit pelayanan: **85,20** (mutu B, Baik)');
    expect(skm).toMatch(/\| Laki-laki \| 61 \| 71,76% \|/);
    expect(skm).toMatch(/\| Perempuan \| 24 \| 28,24% \|/);
    expect(skm).toMatch(/Krejcie & Morgan .*\| 226 \|/);
    expect(skm).toMatch(/Slovin .*\| 232 \|/);
  });

  it('fills narrative variables and keeps the signature block', () => {
    expect(skm).not.toMatch(/\{\{/);
    expect(skm).toContain('Samarinda, 14 Juli 2023');
    expect(skm).toContain('NIP. 19670719 199303 2 006');
  });

  it('draws charts as mermaid and numbers figures', () => {
    expect(skm).toMatch(/```mermaid\nxychart-beta/);
    expect(skm).toMatch(/\*Gambar 1\. /);
  });

  it('embeds the previous period LHTL as a lampiran', () => {
    expect(skm).toContain('### Laporan Hasil Tindak Lanjut SKM Periode 2022');
  });

  it('shows realisation, evidence photos and the % tindak lanjut in an LHTL', () => {
    const lhtl = build('setda-surakarta', '2023-tw4', 'lhtl');
    expect(lhtl).toContain('Persentase tindak lanjut: 100,00%');
    expect(lhtl).toContain(
      '![Publikasi standar pelayanan Setda pada bagian waktu penyelesaian](../../periods/2023-tw4/evidence/publikasi-waktu.png)  \n*Gambar 2. Publikasi standar pelayanan Setda pada bagian waktu penyelesaian*',
    );
    expect(lhtl).toContain('Surakarta, 18 Desember 2023');
  });
});
