import { describe, expect, it } from 'vitest';
import { computePeriod, ruleSetOf } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import { renderNewFindings, renderPreviewBody } from '../../src/core/report/preview-html';

describe('preview body', () => {
  it('escapes survey text so a saran cannot run script', () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const files = new MemoryFiles({
      'skm.yaml': 'unit:\n  name: "Unit <b>uji</b>"\n',
      'periods/p/period.yaml': 'label: P\nstart: 2024-01-01\nend: 2024-12-31\n',
      'periods/p/responses.csv': `id,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran\nr1,3,3,3,3,3,3,3,3,4,"${payload.replace(/"/g, '""')}"\n`,
    });
    const workspace = loadWorkspace(files).workspace!;
    const period = workspace.periods[0]!;
    const html = renderPreviewBody(workspace.unit, period, computePeriod(workspace, 'p'), ruleSetOf(workspace));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('Unit &lt;b&gt;uji&lt;/b&gt;');
    expect(html).toContain('<tr data-unsur="U1"');
    expect(html).toMatch(/<pre class="mermaid"[^>]*>xychart-beta/);
  });
});

describe('new findings in the preview', () => {
  it('lists each new finding escaped, with its place, and says so when there is none', () => {
    const html = renderNewFindings([
      {
        code: 'unsur.unknown',
        severity: 'error',
        message: 'Kode <U33> tidak dikenal',
        file: 'periods/p/rtl.yaml',
        range: { start: { line: 4, column: 2 }, end: { line: 4, column: 5 } },
      },
    ]);
    expect(html).toContain('data-file="periods/p/rtl.yaml" data-line="4"');
    expect(html).toContain('Kode &lt;U33&gt; tidak dikenal');
    expect(html).toContain('periods/p/rtl.yaml:5');
    expect(html).toContain('(1)');
    expect(renderNewFindings([])).toContain('id="new-findings" class="findings none"');
  });
});
