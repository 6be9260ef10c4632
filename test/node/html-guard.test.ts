import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guardHtml } from '../../src/node/html-guard';
import { allowedRequest } from '../../src/node/chromium-pdf';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-guard-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-guard-out-'));
const folder = path.join(root, 'reports', 'p');
fs.mkdirSync(folder, { recursive: true });
fs.mkdirSync(path.join(root, 'periods', 'p'), { recursive: true });
fs.writeFileSync(path.join(root, 'periods', 'p', 'foto.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
fs.writeFileSync(path.join(outside, 'rahasia.png'), 'rahasia');
fs.symlinkSync(path.join(outside, 'rahasia.png'), path.join(root, 'periods', 'p', 'tautan.png'));
fs.writeFileSync(path.join(root, 'periods', 'p', 'catatan.txt'), 'teks');
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const guard = (html: string): ReturnType<typeof guardHtml> => guardHtml(html, { reportFolder: folder, workspaceRoot: root });

describe('guardHtml', () => {
  it('embeds an image inside the workspace and leaves out missing, outside, symlinked-out and non-image ones', () => {
    const sources = [
      '../../periods/p/foto.png',
      'x',
      '../../periods/p/tautan.png',
      '../../../rahasia.png',
      '/etc/passwd',
      '../../periods/p/catatan.txt',
    ];
    const { html, refused } = guard(sources.map((source) => `<p><img src="${source}" alt="a&lt;b" /></p>`).join('\n'));
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('<img src="data:image/png;base64,iVBORw==" alt="a&lt;b" />');
    expect(html.match(/<p>a&lt;b<\/p>/g)).toHaveLength(5);
    expect(refused).toEqual(sources.slice(1));
  });

  it('keeps known elements and attributes only, and links to https:, #fragments and relative paths', () => {
    const { html } = guard(
      [
        '<h1 onclick="alert(1)" id="a" style="background:url(http://127.0.0.1/x)">T</h1>',
        '<div class="cover" onmouseover="alert(2)"><p>x</p></div>',
        '<script>alert(3)</script><iframe src="http://127.0.0.1/"></iframe><object data="x"></object>',
        '<meta http-equiv="refresh" content="0"><meta charset="utf-8" /><link rel="stylesheet" href="http://127.0.0.1/">',
        '<a href="javascript:alert(4)">j</a><a href="http://127.0.0.1/">h</a><a href="https://example.org/">s</a><a href="#bab">f</a><a href="../../x.pdf">r</a>',
        '<td style="text-align: right;">1</td>',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '<h1 id="a">T</h1>',
        '<div class="cover"><p>x</p></div>',
        '',
        '<meta charset="utf-8" />',
        '<a>j</a><a>h</a><a href="https://example.org/">s</a><a href="#bab">f</a><a href="../../x.pdf">r</a>',
        '<td style="text-align: right;">1</td>',
      ].join('\n'),
    );
  });
});

describe('allowedRequest (the print page)', () => {
  it('allows data: and files inside the build folder only', () => {
    expect(allowedRequest('data:image/png;base64,AAAA', undefined)).toBe(true);
    expect(allowedRequest('http://127.0.0.1/x', folder)).toBe(false);
    expect(allowedRequest('blob:null/1', folder)).toBe(false);
    expect(allowedRequest(`file://${folder}/a.png`, folder)).toBe(true);
    expect(allowedRequest(`file://${folder}/../../periods/p/foto.png`, folder)).toBe(false);
    expect(allowedRequest(`file://${folder}/a.png`, undefined)).toBe(false);
  });
});
