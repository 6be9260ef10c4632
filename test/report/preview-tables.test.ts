import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computePeriod, ruleSetOf } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import { tsvCell } from '../../src/core/report/escape';
import { renderPreviewBody } from '../../src/core/report/preview-html';
import { previewTableHtml, previewTableMarkdown, previewTables, previewTableTsv } from '../../src/core/report/preview-tables';
import { setLocale } from '../../src/core/text/messages';
import { FsFiles } from '../../src/node/fs-files';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim');

/** A unit whose labels carry Markdown, HTML and spreadsheet-formula payloads. */
function hostile() {
  const files = new MemoryFiles({
    'skm.yaml': [
      'unit:',
      '  name: Unit',
      'services:',
      '  - { code: ktp, label: "=HYPERLINK(\\"http://x\\")" }',
      '  - { code: kk, label: "A | B <script>x</script>" }',
    ].join('\n'),
    'periods/p/period.yaml': 'label: P\nstart: 2024-01-01\nend: 2024-12-31\n',
    'periods/p/responses.csv': 'id,service,U1,U2,U3,U4,U5,U6,U7,U8,U9\nr1,ktp,3,3,3,3,3,3,3,3,4\nr2,kk,4,4,4,4,4,4,4,4,4\n',
    'periods/p/rtl.yaml':
      'items:\n  - id: r-1\n    unsur: U1\n    program: "Tab\\there | *bold*"\n    quarters: [1]\n    year: 2024\n    responsible: TU\n',
  });
  const workspace = loadWorkspace(files).workspace!;
  const period = workspace.periods[0]!;
  return { workspace, period, result: computePeriod(workspace, 'p') };
}

describe('preview tables ("Salin tabel")', () => {
  afterEach(() => setLocale('id'));

  it('gives the unsur, service and RTL tables of the sample, each row anchored for scroll sync', () => {
    const workspace = loadWorkspace(new FsFiles(SAMPLE)).workspace!;
    const period = workspace.periods.find((candidate) => candidate.id === '2023-s1')!;
    const tables = previewTables(period, computePeriod(workspace, period.id));
    expect(tables.map((table) => table.id)).toEqual(['unsur-table', 'service-table', 'rtl-table']);
    const [unsur, services, rtl] = tables;
    expect(unsur!.rows.map((row) => row.anchor)).toEqual(
      ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code) => `unsur:${code}`),
    );
    expect(unsur!.rows[8]!.cells).toEqual(['U9', 'Sarana dan Prasarana', '85', '3,62', '90,59', 'A']);
    expect(services!.rows.map((row) => row.anchor)).toContain('service:rapat');
    expect(rtl!.rows[0]).toMatchObject({ anchor: 'rtl:rtl-2023s1-01', cells: ['rtl-2023s1-01', 'U3', expect.any(String), 'Belum'] });
    const markdown = previewTableMarkdown(unsur!);
    expect(markdown.split('\n')).toHaveLength(11);
    expect(markdown.split('\n')[1]).toBe('| --- | --- | ---: | ---: | ---: | --- |');
    expect(markdown).toContain('| U9 | Sarana dan Prasarana | 85 | 3,62 | 90,59 | A |');
    const tsv = previewTableTsv(unsur!).split('\n');
    expect(tsv[0]).toBe('Kode\tUnsur\tDijawab\tNRR\tNRR×25\tMutu');
    expect(tsv[9]).toBe('U9\tSarana dan Prasarana\t85\t3,62\t90,59\tA');
    setLocale('en');
    const english = previewTables(period, computePeriod(workspace, period.id));
    expect(previewTableTsv(english[0]!).split('\n')[9]).toBe('U9\tSarana dan Prasarana\t85\t3.62\t90.59\tA');
    expect(english[2]!.rows[0]!.cells[3]).toBe('Not yet');
  });

  it('escapes every cell for its target: Markdown, TSV and HTML', () => {
    const { period, result } = hostile();
    const tables = previewTables(period, result);
    const services = tables.find((table) => table.id === 'service-table')!;
    const rtl = tables.find((table) => table.id === 'rtl-table')!;
    const markdown = previewTableMarkdown(services);
    expect(markdown).toContain('A \\| B &lt;script&gt;x&lt;/script&gt;');
    expect(markdown).not.toContain('<script>');
    expect(previewTableMarkdown(rtl)).toContain('Tab\there \\| \\*bold\\*');
    const tsv = previewTableTsv(services);
    expect(tsv).toContain(`'=HYPERLINK("http://x")`);
    expect(previewTableTsv(rtl).split('\n')[1]!.split('\t')).toHaveLength(4);
    const html = previewTableHtml(services);
    expect(html).toContain('A | B &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('data-copy="service-table" data-format="markdown"');
    expect(html).toContain('data-copy="service-table" data-format="tsv"');
  });

  it('tsvCell keeps numbers and guards formulas', () => {
    expect(tsvCell('-12,5')).toBe('-12,5');
    expect(tsvCell('-x')).toBe("'-x");
    expect(tsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(tsvCell('+1')).toBe("'+1");
    expect(tsvCell('a\tb\r\nc\u0007')).toBe('a b c');
  });

  it('the preview draws every band threshold as a labelled line and spells out the bands A to D', () => {
    const workspace = loadWorkspace(new FsFiles(SAMPLE)).workspace!;
    const period = workspace.periods.find((candidate) => candidate.id === '2023-s1')!;
    const html = renderPreviewBody(workspace.unit, period, computePeriod(workspace, period.id), ruleSetOf(workspace));
    expect(html).toContain('data-lines="A|B|C" data-line-labels="A ≥ 3,5324|B ≥ 3,0644|C ≥ 2,6000"');
    const source = /<pre class="mermaid"[^>]*>([^<]*)<\/pre>/.exec(html)![1]!;
    expect(source.match(/^ {2}line \[/gm)).toHaveLength(3);
    expect(source).toContain('line [3.5324, 3.5324');
    for (const band of ['A: NRR ≥ 3,5324', 'B: 3,0644 ≤ NRR &lt; 3,5324', 'C: 2,6000 ≤ NRR &lt; 3,0644', 'D: NRR &lt; 2,6000'])
      expect(html).toContain(band);
    for (const anchor of ['section:ikm', 'section:rtl', 'section:services', 'unsur:U3', 'service:rapat', 'rtl:rtl-2023s1-01'])
      expect(html).toContain(`data-anchor="${anchor}"`);
  });
});
