/**
 * Point 2 of issue 11, end to end: a workspace full of active content (payload-workspace.ts) is
 * built into Markdown, HTML and PDF and shown in the preview, while a loopback HTTP server counts
 * every request. Each output is opened the way a person would open it, in Chromium with nothing
 * blocked on our side, and every dialog a script opens is counted. Expected: 0 and 0 everywhere.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeriod, ruleSetOf } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { buildReport } from '../../src/core/report/build-report';
import type { ReportKind } from '../../src/core/report/build-report';
import { previewShell, renderPreviewBody } from '../../src/core/report/preview-html';
import type { PreviewAsset } from '../../src/core/report/preview-html';
import { FsFiles } from '../../src/node/fs-files';
import { ReportRenderer } from '../../src/node/render-report';
import { checkTool } from '../../src/node/tool-check';
import { inlinePayloads, writePayloadWorkspace } from './payload-workspace';

const KINDS: ReportKind[] = ['skm', 'lhtl'];
const requests: string[] = [];
let server: http.Server;
let url = '';
let root = '';
let placed = 0;
let browser: Browser;
const built = new Map<ReportKind, { markdown: string; html: string; folder: string }>();
const refused: string[] = [];
/** Requests the server saw while the reports were built (pandoc included). */
let requestsWhileBuilding: string[] = [];

/** A fresh page with nothing intercepted; counts its dialogs (dismissed) and what it requested. */
async function openPage(): Promise<{ page: Page; dialogs: () => number; requested: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let dialogs = 0;
  const requested: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => requested.push(request.url()));
  return { page, dialogs: () => dialogs, requested, close: () => context.close() };
}

const settle = (page: Page): Promise<unknown> => page.waitForTimeout(300);

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<script>alert("served")</script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-payload-'));
  placed = writePayloadWorkspace(root, url);

  const pandoc = checkTool('pandoc', process.env);
  const chromium = checkTool('chromium', process.env);
  if (!pandoc.ok || !chromium.ok) throw new Error('pandoc and chromium are required for this test');
  const loaded = loadWorkspace(new FsFiles(root));
  if (!loaded.workspace) throw new Error('payload workspace did not load');
  const renderer = new ReportRenderer({ pandocPath: pandoc.path, workspaceRoot: root, onRefusedImage: (source) => refused.push(source) });
  for (const kind of KINDS) {
    const folder = path.join(root, 'reports', '2023-s1');
    fs.mkdirSync(folder, { recursive: true });
    const { markdown } = buildReport({ workspace: loaded.workspace, periodId: '2023-s1', kind, texts: loaded.texts });
    const html = await renderer.html(markdown, folder);
    fs.writeFileSync(path.join(folder, `${kind}.md`), markdown);
    fs.writeFileSync(path.join(folder, `${kind}.html`), html);
    built.set(kind, { markdown, html, folder });
  }
  requestsWhileBuilding = requests.splice(0);
  const { chromium: launcher } = await import('playwright-core');
  browser = await launcher.launch({ executablePath: chromium.path, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(root, { recursive: true, force: true });
});

describe('a workspace full of payloads builds into inert outputs', () => {
  it('places the payloads in every kind of user field, and the server answers', async () => {
    expect(placed).toBeGreaterThanOrEqual(60);
    expect(inlinePayloads(url).length).toBe(10);
    const response = await fetch(`${url}/probe`);
    expect(response.status).toBe(200);
    requests.length = 0;
  });

  it('the harness sees what it is meant to catch: the raw payloads, unescaped, fire dialogs and reach the server', async () => {
    const { page, dialogs, close } = await openPage();
    await page.setContent(inlinePayloads(url).join('\n'), { waitUntil: 'load' });
    await settle(page);
    expect(dialogs()).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThan(0);
    await close();
    requests.length = 0;
  });

  it('building Markdown and HTML (pandoc) requests nothing, keeps the evidence photo and leaves out a missing one', () => {
    expect(requestsWhileBuilding).toEqual([]);
    for (const { html } of built.values()) expect(html).toContain('src="data:image/jpeg;base64,');
    // `![x](y)` inside the nested payload is a relative image that does not exist: left out, not fatal.
    expect(new Set(refused)).toEqual(new Set(['../../periods/2023-s1/narrative/y']));
  });

  it('Markdown: rendered by a permissive viewer (raw HTML on) runs nothing and loads nothing', async () => {
    const renderer = new MarkdownIt({ html: true, linkify: true });
    for (const { markdown } of built.values()) {
      const { page, dialogs, requested, close } = await openPage();
      await page.setContent(renderer.render(markdown.replace(/^---[\s\S]*?---\n/, '')), { waitUntil: 'load' });
      await settle(page);
      expect(dialogs()).toBe(0);
      expect(requested.filter((request) => !request.startsWith('data:'))).toEqual([]);
      await close();
    }
    expect(requests).toEqual([]);
  });

  it('HTML: the written file opened in a browser runs only the chart script and loads nothing', async () => {
    for (const [kind, { folder }] of built) {
      const { page, dialogs, requested, close } = await openPage();
      const file = pathToFileURL(path.join(folder, `${kind}.html`)).href;
      await page.goto(file, { waitUntil: 'load' });
      await page.waitForFunction("document.body.dataset.chartsDone === '1'", undefined, { timeout: 30_000 });
      await settle(page);
      expect(await page.evaluate('document.body.dataset.chartsError || ""')).toBe('');
      expect(await page.evaluate("document.querySelectorAll('pre.mermaid svg').length")).toBeGreaterThan(0);
      expect(dialogs()).toBe(0);
      expect(requested.filter((request) => request !== file && !request.startsWith('data:'))).toEqual([]);
      await close();
    }
    expect(requests).toEqual([]);
  });

  it('PDF: printing blocks nothing because nothing is asked for, and no dialog fires', async () => {
    const chromium = checkTool('chromium', process.env);
    if (!chromium.ok) throw new Error('chromium is required for this test');
    const renderer = new ReportRenderer({ chromiumPath: chromium.path });
    try {
      for (const { html, folder } of built.values()) {
        const printed = await renderer.pdf(html, folder);
        expect(printed.chartsError).toBeUndefined();
        expect(printed.blockedRequests).toEqual([]);
        expect(printed.dialogs).toBe(0);
        expect(printed.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    } finally {
      await renderer.close();
    }
    expect(requests).toEqual([]);
  });

  // The Node host inlines the page's files, the web host links them (extension/src/preview.ts); the
  // first body comes in the page, later ones by message.
  it.each([
    ['inlined', 'embedded'],
    ['linked', 'embedded'],
    ['inlined', 'posted'],
  ] as const)('preview: the webview page (its files %s, the payload body %s) runs only its own scripts', async (mode, delivery) => {
    const loaded = loadWorkspace(new FsFiles(root));
    const workspace = loaded.workspace;
    if (!workspace) throw new Error('payload workspace did not load');
    const period = workspace.periods[0];
    if (!period) throw new Error('no period');
    const body = renderPreviewBody(workspace.unit, period, computePeriod(workspace, period.id), ruleSetOf(workspace));
    const repo = path.join(__dirname, '..', '..');
    // The page's own files: the preview's mermaid bundle (npm run build), preview.js and preview.css.
    const files = {
      style: path.join(repo, 'media', 'preview.css'),
      mermaid: path.join(repo, 'dist', 'mermaid', 'mermaid-preview.js'),
      script: path.join(repo, 'media', 'preview.js'),
    };
    const asset = (file: string): PreviewAsset =>
      mode === 'inlined' ? { text: fs.readFileSync(file, 'utf8') } : { uri: pathToFileURL(file).href };
    // The webview's API, stubbed in its own file (the CSP allows scripts only by nonce).
    const stub = path.join(root, 'vscode-api.js');
    fs.writeFileSync(
      stub,
      'window.acquireVsCodeApi = () => ({ postMessage: (message) => { window.lastMessage = message; }, getState: () => undefined, setState: () => {} });',
    );
    const shell = previewShell({
      nonce: 'n0nce',
      cspSource: 'file:',
      style: asset(files.style),
      mermaid: asset(files.mermaid),
      script: asset(files.script),
      body: delivery === 'embedded' ? body : undefined,
    }).replace('<script nonce="n0nce"', `<script nonce="n0nce" src="${pathToFileURL(stub).href}"></script><script nonce="n0nce"`);
    const page = path.join(root, 'preview.html');
    fs.writeFileSync(page, shell);
    const { page: tab, dialogs, requested, close } = await openPage();
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    if (delivery === 'posted')
      await tab.evaluate((html) => {
        (globalThis as unknown as { postMessage(message: unknown, origin: string): void }).postMessage({ type: 'update', html }, '*');
      }, body);
    await tab.waitForFunction('document.body.dataset.chartsDone === "1"', undefined, { timeout: 30_000 });
    await settle(tab);
    expect(await tab.evaluate("document.querySelectorAll('pre.mermaid svg').length")).toBeGreaterThan(0);
    expect(await tab.evaluate("document.querySelectorAll('img, iframe, script:not([nonce])').length")).toBe(0);
    expect(dialogs()).toBe(0);
    // Nothing but the page, the test's stub and (linked) the page's own files.
    const own = new Set([pathToFileURL(page).href, pathToFileURL(stub).href]);
    if (mode === 'linked') for (const file of Object.values(files)) own.add(pathToFileURL(file).href);
    expect(requested.filter((request) => !own.has(request))).toEqual([]);
    await close();
    expect(requests).toEqual([]);
  });
});
