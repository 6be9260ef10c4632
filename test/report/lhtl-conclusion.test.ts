import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { buildReport } from '../../src/core/report/build-report';
import { overlayFiles } from '../lint/fixtures';

function lhtl(periodId: string): string {
  const loaded = loadWorkspace(overlayFiles());
  if (!loaded.workspace) throw new Error('the lint base workspace does not load');
  return buildReport({ workspace: loaded.workspace, periodId, kind: 'lhtl', texts: loaded.texts }).markdown;
}

function conclusion(markdown: string): string {
  return markdown.slice(markdown.indexOf('# BAB IV Kesimpulan'));
}

describe('LHTL conclusion (BAB IV) is truthful', () => {
  it('a period without RTL says it had no plan, not that everything was carried out (0 of 0)', () => {
    const text = conclusion(lhtl('2022'));
    expect(text).not.toContain('Seluruh rencana tindak lanjut telah dilaksanakan');
    expect(text).not.toMatch(/telah menindaklanjuti/);
    expect(text).not.toMatch(/0 dari 0/);
    expect(text).toMatch(/^1\. Persentase tindak lanjut: tidak tersedia/m);
    expect(text).toMatch(/^2\. Tidak ada rencana tindak lanjut/m);
  });

  it('a period with a plan still gives the percentage and the unfinished items', () => {
    const text = conclusion(lhtl('2023-s1'));
    expect(text).toMatch(/^1\. Persentase tindak lanjut: 33,33% \(1 dari 3 rencana/m);
    expect(text).toMatch(/^2\. Rencana yang belum ditindaklanjuti: /m);
  });
});
