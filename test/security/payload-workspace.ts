/**
 * A workspace whose every user-written field carries active content aimed at a loopback server:
 * script, event handlers, iframes, remote images (HTML, Markdown, CSS `url()`/`@import`), a meta
 * refresh, pandoc raw blocks and attributes, mermaid directives. Built from the lint base fixture.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

const BASE = path.join(__dirname, '..', 'fixtures', 'lint', '_base');

/** One-line payloads (YAML and CSV fields); `{url}` is the loopback server. */
export function inlinePayloads(url: string): string[] {
  return [
    `<img src=x onerror=alert(1)>`,
    `<img src="${url}/img.png" onerror="alert(2)">`,
    `<iframe src="${url}/frame"></iframe>`,
    `<script>alert(3)</script><script src="${url}/s.js"></script>`,
    `![foto](${url}/md.png)`,
    `<style>@import url(${url}/import.css); body { background: url(${url}/bg.png) }</style>`,
    `<meta http-equiv="refresh" content="0;url=${url}/refresh">`,
    `<svg onload=alert(4)></svg> [tautan](javascript:alert(5)) <a href="${url}/a">a</a>`,
    '`x`{=html} {onclick=alert(6)} %%{init: {"securityLevel": "loose"}}%% #quot;',
    `<link rel=stylesheet href="${url}/l.css"><object data="${url}/o"></object>`,
  ];
}

/** Multi-line narrative payload: the same, plus raw blocks and reference-style images. */
export function narrativePayload(url: string): string {
  return [
    '# Judul {onclick="alert(7)" style="background:url(' + url + '/h.png)"}',
    '',
    ...inlinePayloads(url).map((payload) => `Paragraf: ${payload}`),
    '',
    '```{=html}',
    `<img src="${url}/raw-block.png" onerror="alert(8)"><script>alert(9)</script>`,
    '```',
    '',
    `![ref][r] ![multi`,
    `line](${url}/multi.png) ![dalam ![x](y)](${url}/nested.png)`,
    '',
    `[r]: ${url}/ref.png`,
    '',
    '::: {onclick="alert(10)"}',
    'div',
    ':::',
    '',
    '<div onmouseover="alert(11)">div</div>',
    '',
    'IKM {{ ikm }} di {{ unit }}.',
  ].join('\n');
}

/** Writes the payload workspace into `folder` and returns the number of payload strings placed. */
export function writePayloadWorkspace(folder: string, url: string): number {
  fs.cpSync(BASE, folder, { recursive: true });
  const payloads = inlinePayloads(url);
  let placed = 0;
  const pick = (index: number): string => {
    placed++;
    return `${payloads[index % payloads.length] ?? ''} ${index}`;
  };
  const unit = parseDocument(fs.readFileSync(path.join(folder, 'skm.yaml'), 'utf8'));
  unit.setIn(['unit', 'name'], pick(0));
  unit.setIn(['unit', 'parent'], pick(1));
  unit.setIn(['signatory', 'position'], pick(2));
  unit.setIn(['services', 0, 'label'], pick(3));
  unit.setIn(['services', 1, 'label'], pick(4));
  unit.set(
    'unsur',
    ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code, index) => ({
      code,
      label: pick(index + 5),
      question: pick(index),
      options: [pick(index + 1), pick(index + 2), pick(index + 3), pick(index + 4)],
    })),
  );
  fs.writeFileSync(path.join(folder, 'skm.yaml'), unit.toString());

  const periodFolder = path.join(folder, 'periods', '2023-s1');
  const period = parseDocument(fs.readFileSync(path.join(periodFolder, 'period.yaml'), 'utf8'));
  period.set('label', pick(6));
  period.set('location', pick(7));
  period.set('collection', pick(8));
  period.set('narrative', { latarBelakang: 'narrative/latar.md', analisis: 'narrative/analisis.md', lhtlKesimpulan: 'narrative/latar.md' });
  fs.writeFileSync(path.join(periodFolder, 'period.yaml'), period.toString());
  fs.mkdirSync(path.join(periodFolder, 'narrative'), { recursive: true });
  fs.writeFileSync(path.join(periodFolder, 'narrative', 'latar.md'), narrativePayload(url));
  fs.writeFileSync(path.join(periodFolder, 'narrative', 'analisis.md'), narrativePayload(url));
  placed += 2 * (inlinePayloads(url).length + 4);

  const rtl = parseDocument(fs.readFileSync(path.join(periodFolder, 'rtl.yaml'), 'utf8'));
  for (let item = 0; item < 3; item++) {
    rtl.setIn(['items', item, 'program'], pick(item + 2));
    rtl.setIn(['items', item, 'responsible'], pick(item + 3));
  }
  rtl.setIn(['items', 0, 'realisation', 'description'], pick(4));
  rtl.setIn(['items', 0, 'realisation', 'challenges'], pick(5));
  rtl.setIn(['items', 0, 'realisation', 'evidence', 0, 'caption'], pick(6));
  rtl.setIn(['items', 1, 'strategy', 'strategy'], pick(7));
  rtl.setIn(['items', 1, 'strategy', 'stakeholders'], pick(8));
  fs.writeFileSync(path.join(periodFolder, 'rtl.yaml'), rtl.toString());
  // A real (tiny) PNG as the evidence photo, so the embedding path is exercised.
  fs.writeFileSync(
    path.join(periodFolder, 'evidence', 'foto.jpg'),
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
  );

  const csvFile = path.join(periodFolder, 'responses.csv');
  const lines = fs.readFileSync(csvFile, 'utf8').trimEnd().split('\n');
  const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  fs.writeFileSync(
    csvFile,
    `${lines.map((line, index) => (index === 0 ? line : line.replace(/,$/, `,${quoted(pick(index))}`))).join('\n')}\n`,
  );
  return placed;
}
