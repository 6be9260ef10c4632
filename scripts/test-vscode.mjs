// Runs the extension in a REAL VS Code (code-server 4.100.3 + Debian Chromium, see
// ../shared/recipes/real-vscode-tests.md): 1) extension-host integration tests from
// test/vscode/suite, 2) browser UI tests on a copy of a sample workspace, 3) the web extension in
// the browser's web worker host on a memfs: workspace (test-vscode-web.mjs). Prints speed figures and
// saves screenshots to .test-output/vscode/. Exit code 1 on any failure.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { webHostTests } from './test-vscode-web.mjs';
import { speedRows } from './speed-rows.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const codeServer = path.join(repo, '.vscode-test/code-server/node_modules/.bin/code-server');
const shots = path.join(repo, '.test-output/vscode');
fs.mkdirSync(shots, { recursive: true });
if (!fs.existsSync(codeServer)) {
  console.error('code-server is not installed: run bash scripts/install-code-server.sh');
  process.exit(2);
}
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-vscode-'));
const env = { ...process.env, XDG_CONFIG_HOME: path.join(temp, 'config'), XDG_DATA_HOME: path.join(temp, 'data'), XDG_CACHE_HOME: path.join(temp, 'cache') };
const children = [];
let failures = 0;
/** Speed figures that missed their target (printed, never reported as "ok"). */
const overTarget = [];
const fail = (message) => {
  failures++;
  console.log(`not ok - ${message}`);
};
const pass = (message) => console.log(`ok - ${message}`);
/** Runs one UI check; a failure is counted and the run goes on. */
async function check(name, body) {
  try {
    await body();
    pass(name);
  } catch (error) {
    fail(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
/** Types into Quick Open / the command palette and waits for the matching row before Enter. */
async function pick(page, keys, text, match) {
  // Quick open can miss its first query while the workbench is still indexing or a trust prompt
  // holds the focus; try again (a few times) before calling it a failure.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press(keys);
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill(keys === 'Control+Shift+P' && !text.startsWith('>') ? `>${text}` : text);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: match }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      if (attempt >= 3) {
        await page.screenshot({ path: path.join(shots, `pick-failed-${match.replace(/[^\w.-]+/g, '_')}.png`) }).catch(() => undefined);
        throw error;
      }
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1500);
    }
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function workspaceCopy(name) {
  const target = path.join(temp, name);
  fs.cpSync(path.join(repo, 'samples/biro-umum-kaltim'), target, { recursive: true });
  fs.rmSync(path.join(target, 'reports'), { recursive: true, force: true });
  if (name === 'speed') {
    // 10,000 deterministic responses for the speed figures.
    const csv = path.join(target, 'periods/2023-s1/responses.csv');
    const [header] = fs.readFileSync(csv, 'utf8').split('\n');
    fs.writeFileSync(csv, `${header}\n${speedRows().join('\n')}\n`);
    return target;
  }
  // An XSS payload in a saran: the preview must show it as text.
  const csv = path.join(target, 'periods/2023-s1/responses.csv');
  fs.appendFileSync(csv, 'rxss,2023-03-01,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,"<img src=x onerror=alert(1)><script>alert(2)</script>"\n');
  if (name === 'integration' || name === 'ui') {
    // Two commits for the RTL history view: the data by Ani, then Budi changes a responsible unit.
    const git = (args, author) => execFileSync('git', args, { cwd: target, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author.toLowerCase()}@example.org`, GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: `${author.toLowerCase()}@example.org` } });
    git(['init', '-q'], 'Ani');
    git(['add', '-A'], 'Ani');
    git(['commit', '-q', '-m', 'Data awal'], 'Ani');
    const rtl = path.join(target, 'periods/2023-s1/rtl.yaml');
    fs.writeFileSync(rtl, fs.readFileSync(rtl, 'utf8').replace('    responsible: Bagian Tata Usaha\n    realisation:', '    responsible: Bagian Umum\n    realisation:'));
    git(['commit', '-q', '-am', 'Ganti penanggung jawab RTL 01'], 'Budi');
  }
  return target;
}

async function startCodeServer(folder, { trust = true, language = 'id', extensions = path.join(temp, 'extensions') } = {}) {
  const port = await freePort();
  const userData = path.join(temp, `user-${port}`);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'security.workspace.trust.enabled': !trust ? true : false, 'workbench.colorTheme': 'Default Light Modern', 'skm.language': language }),
  );
  const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override'];
  if (trust) args.push('--disable-workspace-trust');
  // No folder for the web host's tests: the page opens a memfs: folder itself.
  const child = spawn(codeServer, folder === undefined ? args : [...args, folder], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (data) => (log += data));
  child.stderr.on('data', (data) => (log += data));
  children.push(child);
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return { port, child, userData, log: () => log };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not start:\n${log}`);
}

const launch = () =>
  chromium.launch({
    executablePath: process.env.SKM_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });

async function integrationTests(browser, name = 'integration', { suite = 'index', folder = workspaceCopy(name) } = {}) {
  await esbuild.build({ entryPoints: [path.join(repo, `test/vscode/suite/${suite}.ts`)], outfile: path.join(repo, `out/test/vscode/suite/${suite}.js`), bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'warning' });
  const server = await startCodeServer(folder);
  const host = `127.0.0.1:${server.port}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${repo}`],
    ['extensionTestsPath', `vscode-remote://${host}${path.join(repo, `out/test/vscode/suite/${suite}.js`)}`],
  ]);
  const page = await browser.newPage(suite === 'index' ? undefined : { viewport: { width: 1500, height: 950 } });
  let exitCode;
  const exited = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      resolve();
    });
  });
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const text = Array.isArray(args) ? args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ') : String(args);
    if (/^(ok|not ok|measured|SPEED|\d+\/\d+ extension-host)/.test(text)) console.log(`  [host] ${text}`);
    if (/^SPEED .*OVER TARGET/.test(text)) overTarget.push(text);
  });
  // SKM_VSCODE_PROFILE=<folder>: a CPU profile of the page's main thread (the workbench and the
  // webview frames share it) for each extension-host stage, written to <folder>/<stage>.cpuprofile.
  const profiler = process.env.SKM_VSCODE_PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 250 });
    await profiler.send('Profiler.start');
  }
  await page.goto(`http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 420_000)))]);
  // A pending timer would keep the driver alive for minutes after the last test.
  clearTimeout(timer);
  if (profiler) {
    fs.mkdirSync(process.env.SKM_VSCODE_PROFILE, { recursive: true });
    fs.writeFileSync(path.join(process.env.SKM_VSCODE_PROFILE, `${name}.cpuprofile`), JSON.stringify((await profiler.send('Profiler.stop')).profile));
  }
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
  if (exitCode === 0 && name === 'speed')
    console.log(`measured - speed figures: ${overTarget.length === 0 ? 'all within target' : `${overTarget.length} OVER TARGET`}`);
  else if (exitCode === 0) pass(`extension-host tests (${name})`);
  else fail(`extension-host tests (${name}) (exit ${exitCode ?? 'timeout'})`);
  await page.close();
  server.child.kill();
}

/**
 * The roll-up view on the synthetic province (44 units under units/), one unit's Laporan SKM built
 * and committed so it is published: extension-host tests (test/vscode/suite/rollup.ts), then the
 * screenshot of the view beside that unit's preview (.test-output/vscode/rollup.png).
 */
async function rollupTests(browser) {
  const folder = path.join(temp, 'province');
  execFileSync(process.execPath, [path.join(repo, 'samples/province/generate.mjs'), '--out', folder], { stdio: 'ignore' });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Biro Organisasi', '-c', 'user.email=biro@example.org', ...args], { cwd: folder, stdio: 'ignore' });
  git('init', '-q');
  execFileSync(process.execPath, [path.join(repo, 'bin/skm.js'), 'build', 'units/dinas-pendidikan/periods/2025-s2', '--report', 'skm'], { cwd: folder, stdio: 'ignore' });
  git('add', '-A');
  git('commit', '-q', '-m', 'Laporan SKM Dinas Pendidikan');
  await integrationTests(browser, 'rollup', { suite: 'rollup', folder });
  // The same view in the workbench, with the packaged extension: rows shown, a row opens the preview.
  const vsix = path.join(repo, 'dist/skm-as-code.vsix');
  execFileSync(codeServer, ['--extensions-dir', path.join(temp, 'extensions'), '--user-data-dir', path.join(temp, 'user-install'), '--install-extension', vsix], { env, stdio: 'ignore' });
  const server = await startCodeServer(folder);
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await pick(page, 'Control+Shift+P', '>SKM Roll-up (units): Focus on', 'Focus on SKM Roll-up');
  // Room for the view: the folder tree collapsed, the side bar widened.
  await page.locator('.pane-header', { hasText: 'province' }).first().click().catch(() => undefined);
  const sidebar = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (sidebar) {
    const edge = sidebar.x + sidebar.width;
    await page.mouse.move(edge - 1, 400);
    await page.mouse.down();
    await page.mouse.move(edge + 120, 400, { steps: 4 });
    await page.mouse.move(820, 400, { steps: 8 });
    await page.mouse.up();
  }
  const tree = page.locator('.pane', { hasText: 'SKM Roll-up' });
  const row = tree.locator('.monaco-list-row', { hasText: /IKM \d{2},\d{2} · [A-D] · belum lengkap/ }).first();
  await check('rollup: the view lists units with IKM, grade and status', async () => {
    await tree.locator('.monaco-list-row', { hasText: 'Periode 2025-s2 · 44 unit' }).first().waitFor({ timeout: 60_000 });
    await row.waitFor({ timeout: 10_000 });
  });
  await row.click();
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await check('rollup: a row opens that unit’s preview', () => frame.locator('#unsur-table tr[data-unsur="U1"]').waitFor({ timeout: 30_000 }));
  await page.mouse.move(1200, 900);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(shots, 'rollup.png') });
  await page.close();
  server.child.kill();
}

let installed = false;
/** Installs the packaged extension into the test extensions folder (once per run). */
function installVsix() {
  if (installed) return;
  const vsix = path.join(repo, 'dist/skm-as-code.vsix');
  execFileSync(codeServer, ['--extensions-dir', path.join(temp, 'extensions'), '--user-data-dir', path.join(temp, 'user-install'), '--install-extension', vsix], { env, stdio: 'ignore' });
  installed = true;
}

async function uiTests(browser) {
  installVsix();
  const folder = workspaceCopy('ui');
  const server = await startCodeServer(folder);
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const quickOpen = (file) => pick(page, 'Control+P', file, path.basename(file));
  const command = (text) => pick(page, 'Control+Shift+P', text, text.replace(/^>/, ''));
  await page.waitForTimeout(1500);
  await quickOpen('periods/2023-s1/period.yaml');
  await check('warning squiggles in the editor', () => page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 }));
  await check('status bar shows the IKM', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'IKM 85,' });
    await item.first().waitFor({ timeout: 30_000 });
  });
  await check('editor title has Preview, Build reports and Export PDF buttons', async () => {
    for (const label of ['Open IKM Preview', 'Build Reports', 'Export Report as PDF']) await page.locator(`.editor-actions [aria-label*="${label}"]`).first().waitFor({ timeout: 10_000 });
  });
  await page.screenshot({ path: path.join(shots, 'editor-squiggles.png') });
  await page.keyboard.press('Control+Shift+M');
  await check('Problems panel lists the lint findings', async () => {
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 20_000 });
    const rows = await page.locator('.markers-panel .monaco-list-row').count();
    if (rows < 3) throw new Error(`only ${rows} rows`);
  });
  await page.screenshot({ path: path.join(shots, 'problems.png') });
  await command('>SKM: Open IKM Preview');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await check('preview shows the per-unsur table', () => frame.locator('#unsur-table tr[data-unsur="U9"]').waitFor({ timeout: 30_000 }));
  await check('preview draws the charts with the bundled mermaid (SVG)', () => frame.locator('pre.mermaid svg').first().waitFor({ timeout: 30_000 }));
  await check('a saran with an XSS payload is shown as text, never run', async () => {
    const text = await frame.locator('#saran').innerText({ timeout: 10_000 });
    if (!text.includes('<img src=x onerror=alert(1)>')) throw new Error('payload text not shown');
    if ((await frame.locator('#saran img').count()) > 0) throw new Error('an <img> element was created');
    if (dialogs.length > 0) throw new Error(`a dialog fired: ${dialogs.join(', ')}`);
  });
  await check('id: the preview speaks Indonesian (no English fixed text)', async () => {
    const text = await frame.locator('#content').innerText();
    if (!text.includes('Tiga unsur terendah') || !text.includes('eksak (bobot 1/9, tanpa pembulatan antara)')) throw new Error('Indonesian text missing');
    if (/Three lowest|exact \(weight|intermediate rounding/.test(text)) throw new Error('English fixed text in an Indonesian preview');
  });
  await page.screenshot({ path: path.join(shots, 'preview.png') });
  await page.screenshot({ path: path.join(shots, 'node-id.png') });
  await command('>SKM: Build Reports');
  await check('the build command writes the Markdown report', async () => {
    const report = path.join(folder, 'reports/2023-s1/laporan-skm.md');
    for (let attempt = 0; attempt < 200 && !fs.existsSync(report); attempt++) await page.waitForTimeout(100);
    if (!fs.existsSync(report)) throw new Error('reports/2023-s1/laporan-skm.md not written');
  });
  await page.screenshot({ path: path.join(shots, 'after-build.png') });
  await check('build gate: a lint error names the first one with "Bangun sebagai draf", which writes a DRAF report', async () => {
    const unit = path.join(folder, 'skm.yaml');
    const original = fs.readFileSync(unit, 'utf8');
    const report = path.join(folder, 'reports/2023-s1/laporan-skm.md');
    fs.rmSync(path.join(folder, 'reports'), { recursive: true, force: true });
    fs.writeFileSync(unit, original.replace(/nip: "?(\d{18})"?/, 'nip: "1967071919930320"'));
    try {
      await command('>SKM: Build Reports');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Pemeriksaan menemukan' }).first();
      await toast.waitFor({ timeout: 30_000 });
      if (!/skm\.yaml:\d+:\d+/.test(await toast.innerText())) throw new Error('the first error is not named with file:line:column');
      if (fs.existsSync(report)) throw new Error('a report was written despite the error');
      await page.screenshot({ path: path.join(shots, 'build-gate.png') });
      await toast.locator('.monaco-button', { hasText: 'Bangun sebagai draf' }).click();
      for (let attempt = 0; attempt < 300 && !fs.existsSync(report); attempt++) await page.waitForTimeout(100);
      if (!fs.existsSync(report)) throw new Error('"Bangun sebagai draf" wrote no report');
      if (!fs.readFileSync(report, 'utf8').includes('<div class="skm-draf"')) throw new Error('the draft carries no DRAF mark');
    } finally {
      fs.writeFileSync(unit, original);
    }
  });
  await command('>View: Close All Editors');
  await command('>View: Hide Panel');
  await quickOpen('periods/2023-s1/rtl.yaml');
  await command('>SKM: Show RTL History (git)');
  await check('the RTL History view lists item changes with author and date', async () => {
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /RTL History/i }) });
    const item = view.locator('.monaco-list-row', { hasText: 'rtl-2023s1-01' }).first();
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    const change = view.locator('.monaco-list-row', { hasText: 'responsible: Bagian Tata Usaha → Bagian Umum' }).first();
    await change.waitFor({ timeout: 10_000 });
    if (!/Budi · \d{4}-\d{2}-\d{2}/.test(await change.innerText())) throw new Error('author and date not shown');
    await change.click();
  });
  await check('a change opens the commit diff', () => page.locator('.monaco-diff-editor .modified .view-line', { hasText: 'Bagian Umum' }).first().waitFor({ timeout: 20_000 }));
  await page.screenshot({ path: path.join(shots, 'rtl-history.png') });
  await page.close();
  server.child.kill();
}

/** The same screens with skm.language = en: English throughout (code-server's UI is English). */
async function englishUiTests(browser) {
  installVsix();
  const folder = workspaceCopy('english');
  const server = await startCodeServer(folder, { language: 'en' });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await pick(page, 'Control+P', 'periods/2023-s1/period.yaml', 'period.yaml');
  await check('en: status bar shows the IKM with a decimal point', () => page.locator('.statusbar-item', { hasText: 'IKM 85.' }).first().waitFor({ timeout: 30_000 }));
  await page.keyboard.press('Control+Shift+M');
  await check('en: the Problems panel speaks English', async () => {
    await page.locator('.markers-panel .monaco-list-row', { hasText: /has status: sudah \(done\)|The narrative (gives|states)/ }).first().waitFor({ timeout: 20_000 });
    const text = await page.locator('.markers-panel').innerText();
    if (/\b(tidak|tetapi|padahal|berstatus)\b/.test(text)) throw new Error(`Indonesian message in an English Problems panel: ${text.slice(0, 200)}`);
  });
  await pick(page, 'Control+Shift+P', '>SKM: Open IKM Preview', 'Open IKM Preview');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await check('en: the preview speaks English (no Indonesian fixed text)', async () => {
    await frame.locator('pre.mermaid svg').first().waitFor({ timeout: 30_000 });
    const text = await frame.locator('#content').innerText();
    if (!text.includes('Three lowest unsur') || !text.includes('exact (weight 1/9, no intermediate rounding)')) throw new Error('English text missing');
    if (/Tiga unsur terendah|eksak|Saran responden/.test(text)) throw new Error('Indonesian fixed text in an English preview');
  });
  await page.screenshot({ path: path.join(shots, 'node-en.png') });
  await page.close();
  server.child.kill();
}

/**
 * The preview in light, dark and both high-contrast themes, in Indonesian and English, switched
 * live through the user settings: charts redrawn in the theme's colours with bars at ≥ 3:1 against
 * the background, the threshold lines labelled A/B/C, the bands A–D spelled out; "Salin tabel"
 * puts a table on the clipboard. Screenshots: preview-<theme>-<language>.png.
 */
async function themeTests(browser) {
  installVsix();
  const folder = workspaceCopy('themes');
  const server = await startCodeServer(folder);
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await pick(page, 'Control+P', 'periods/2023-s1/period.yaml', 'period.yaml');
  await pick(page, 'Control+Shift+P', '>SKM: Open IKM Preview', 'Open IKM Preview');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('pre.mermaid svg').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  /** The quick-pick row whose label is exactly `label`. */
  const row = (label) =>
    page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }) })
      .first();
  /** Runs the palette command labelled `command`, then picks `item` in the quick pick it opens (by clicking the exact rows). */
  const choose = async (command, item) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').fill(`>${command}`);
        await row(command).click({ timeout: 15_000 });
        await page.waitForTimeout(500);
        await page.locator('.quick-input-widget input').fill(item);
        await row(item).click({ timeout: 10_000 });
        return;
      } catch (error) {
        await page.screenshot({ path: path.join(shots, 'choose-failed.png') });
        await page.keyboard.press('Escape');
        if (attempt >= 3) throw error;
      }
    }
  };
  const themes = [
    // The theme picker's labels (their descriptions say "Default …").
    ['Light Modern', 'light'],
    ['Dark Modern', 'dark'],
    ['Dark High Contrast', 'hc-dark'],
    ['Light High Contrast', 'hc-light'],
  ];
  for (const [theme, kind] of themes) {
    for (const language of kind.startsWith('hc') ? ['id'] : ['id', 'en']) {
      await check(`preview in ${kind} (${language}): charts in the theme's colours, bars ≥ 3:1, thresholds A/B/C labelled, bands A–D`, async () => {
        await choose('Preferences: Color Theme', theme);
        await choose('SKM: Choose the Language of SKM (Bahasa Indonesia / English)', language === 'id' ? 'Bahasa Indonesia' : 'English');
        await frame
          .locator(`body[data-chart-theme="${kind}"]`)
          .waitFor({ timeout: 30_000 })
          .catch(async (error) => {
            await page.screenshot({ path: path.join(shots, `theme-failed-${kind}.png`) });
            throw error;
          });
        await frame.locator('#content', { hasText: language === 'id' ? 'Tiga unsur terendah' : 'Three lowest unsur' }).waitFor({ timeout: 30_000 });
        await frame.locator('#nrr-chart text.threshold-label').nth(2).waitFor({ timeout: 30_000 });
        const drawn = await frame.locator("body").evaluate((body) => {
          const { getComputedStyle } = body.ownerDocument.defaultView;
          const channels = (colour) => (colour.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(Number);
          const luminance = (colour) => {
            const [r, g, b] = channels(colour).map((value) => {
              const s = value / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (one, two) => {
            const [light, dark] = [luminance(one), luminance(two)].sort((x, y) => y - x);
            return (light + 0.05) / (dark + 0.05);
          };
          const background = getComputedStyle(body).backgroundColor;
          const bar = body.querySelector('#nrr-chart g.bar-plot-0 rect');
          const lines = [1, 2, 3].map((index) => body.querySelector(`#nrr-chart g.line-plot-${index} path`));
          return {
            bar: bar ? ratio(getComputedStyle(bar).fill, background) : 0,
            lines: lines.map((line) => (line ? ratio(getComputedStyle(line).stroke, background) : 0)),
            labels: Array.from(body.querySelectorAll('#nrr-chart text.threshold-label')).map((text) => text.textContent),
            bands: Array.from(body.querySelectorAll('#nrr-chart .bands li')).map((item) => item.textContent.trim()),
          };
        });
        if (drawn.bar < 3) throw new Error(`bars at ${drawn.bar.toFixed(2)}:1 against the background`);
        if (drawn.lines.some((value) => value < 3)) throw new Error(`threshold lines at ${drawn.lines.map((value) => value.toFixed(2)).join(', ')}:1`);
        const decimal = language === 'id' ? ',' : '.';
        const expected = [`A ≥ 3${decimal}5324`, `B ≥ 3${decimal}0644`, `C ≥ 2${decimal}6000`];
        if (JSON.stringify(drawn.labels) !== JSON.stringify(expected)) throw new Error(`labels ${JSON.stringify(drawn.labels)}`);
        if (drawn.bands.map((band) => band.charAt(0)).join('') !== 'ABCD') throw new Error(`bands ${JSON.stringify(drawn.bands)}`);
        console.log(`  contrast ${kind}: bars ${drawn.bar.toFixed(1)}:1, lines ${drawn.lines.map((value) => value.toFixed(1)).join('/')}:1`);
        await frame.locator('#nrr-chart').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(shots, `preview-${kind}-${language}.png`) });
      });
    }
  }
  await choose('Preferences: Color Theme', 'Light Modern');
  await choose('SKM: Choose the Language of SKM (Bahasa Indonesia / English)', 'Bahasa Indonesia');
  await frame.locator('#content', { hasText: 'Tiga unsur terendah' }).waitFor({ timeout: 30_000 }).catch(() => undefined);
  await check('"Salin tabel": the TSV button puts the unsur table on the clipboard and says so', async () => {
    await frame.locator('button[data-copy="unsur-table"][data-format="tsv"]').click();
    await page.locator('.notifications-toasts', { hasText: 'Tabel disalin sebagai TSV.' }).first().waitFor({ timeout: 15_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.trimEnd().split('\n');
    if (lines[0] !== 'Kode\tUnsur\tDijawab\tNRR\tNRR×25\tMutu' || lines.length !== 10) throw new Error(`clipboard: ${copied.slice(0, 120)}`);
    await page.screenshot({ path: path.join(shots, 'preview-copy-table.png') });
  });
  await context.close();
  server.child.kill();
}

/** Restricted Mode: lint and preview work; commands that start a process refuse with a reason. */
async function untrustedTests(browser) {
  installVsix();
  const folder = workspaceCopy('untrusted');
  const server = await startCodeServer(folder, { trust: false });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The trust prompt is modal and can appear several seconds after the workbench: wait for it.
  const distrust = page.getByRole('button', { name: /don't trust|no, i don't trust/i });
  await distrust.first().waitFor({ timeout: 20_000 }).catch(() => undefined);
  if (await distrust.count()) await distrust.first().click();
  await page.waitForTimeout(500);
  await check('untrusted: the workspace is in Restricted Mode', () => page.locator('.statusbar-item', { hasText: /Restricted Mode/i }).first().waitFor({ timeout: 20_000 }));
  await pick(page, 'Control+P', 'periods/2023-s1/period.yaml', 'period.yaml');
  await check('untrusted: lint still shows warnings', () => page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 }));
  await pick(page, 'Control+Shift+P', '>SKM: Export Report as PDF', 'Export Report as PDF');
  await check('untrusted: PDF export refuses with an explanation', () => page.locator('.notifications-toasts', { hasText: 'menjalankan program lain' }).first().waitFor({ timeout: 15_000 }));
  await page.screenshot({ path: path.join(shots, 'untrusted.png') });
  await pick(page, 'Control+Shift+P', '>SKM: Open IKM Preview', 'Open IKM Preview');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await check('untrusted: the preview still works', () => frame.locator('#unsur-table tr[data-unsur="U1"]').waitFor({ timeout: 30_000 }));
  await page.close();
  server.child.kill();
}

try {
  execFileSync('npm', ['run', 'package'], { cwd: repo, stdio: 'ignore' });
  const size = fs.statSync(path.join(repo, 'dist/skm-as-code.vsix')).size;
  const bundle = fs.statSync(path.join(repo, 'dist/extension.js')).size;
  const excel = fs.statSync(path.join(repo, 'dist/exceljs.js')).size;
  console.log(`SIZE extension bundle ${(bundle / 1e6).toFixed(2)} MB (≤ 1,5 MB; plus exceljs ${(excel / 1e6).toFixed(2)} MB loaded only on .xlsx import), vsix ${(size / 1e6).toFixed(2)} MB (≤ 5 MB)`);
  if (bundle > 1.5e6 || size > 5e6) fail('package size');
  const browser = await launch();
  try {
    // SKM_VSCODE_ONLY=integration,ui runs some stages while iterating; CI runs them all.
    const only = process.env.SKM_VSCODE_ONLY?.split(',');
    const stage = (name) => !only || only.includes(name);
    if (stage('integration')) await integrationTests(browser);
    if (stage('speed')) await integrationTests(browser, 'speed');
    if (stage('rollup')) await rollupTests(browser);
    if (stage('ui')) await uiTests(browser);
    if (stage('english')) await englishUiTests(browser);
    if (stage('untrusted')) await untrustedTests(browser);
    if (stage('web')) await webHostTests({ repo, temp, env, codeServer, browser, shots, startCodeServer, workspaceCopy, check, pass, fail, overTarget });
    if (stage('themes')) await themeTests(browser);
  } finally {
    await browser.close();
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  for (const child of children) child.kill();
  fs.rmSync(temp, { recursive: true, force: true });
}
console.log(failures === 0 ? 'all VS Code tests passed' : `${failures} VS Code test(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
