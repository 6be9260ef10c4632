// The WEB extension in a real browser-hosted extension host, offline: code-server runs an extension
// whose package.json has only `browser` (no `main`) in the browser's web worker host. The workspace
// is `memfs:/…`, an in-memory FileSystemProvider of a test-only web extension
// (test/vscode/web/memfs.ts) filled from a sample: no Node file system behind it, as in github.dev.
// 1) extension-host tests (test/vscode/web/suite.ts) on the sample and on 10,000 responses (speed
// figures), 2) UI checks in the page: error squiggle, status bar, hidden desktop-only commands,
// the preview's chart SVG; screenshots web-*.png. Called by scripts/test-vscode.mjs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** What the staged web extension carries: the browser bundle and the files it reads at run time. */
const STAGED = ['package.nls.json', 'package.nls.id.json', 'LICENSE', 'dist/web.js', 'dist/mermaid', 'media', 'l10n', 'schemas', 'docs/lint-rules.md'];

/** The extension as a browser-only extension: the same package.json without `main`. */
function stageWebExtension(repo) {
  const stage = path.join(repo, 'out/web-ext');
  fs.rmSync(stage, { recursive: true, force: true });
  for (const entry of STAGED) fs.cpSync(path.join(repo, entry), path.join(stage, entry), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  delete manifest.main;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  return stage;
}

/** Every file below `folder` as relative path → base64 (what memfs.ts serves). */
function filesOf(folder) {
  const files = {};
  for (const relative of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(folder, relative);
    if (fs.statSync(file).isFile()) files[relative.split(path.sep).join('/')] = fs.readFileSync(file).toString('base64');
  }
  return files;
}

async function buildMemfs(repo, workspaces) {
  const target = path.join(repo, 'out/web-memfs');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const contents = `module.exports = ${JSON.stringify(Object.fromEntries(Object.entries(workspaces).map(([name, folder]) => [name, filesOf(folder)])))};`;
  await esbuild.build({
    entryPoints: [path.join(repo, 'test/vscode/web/memfs.ts')],
    outfile: path.join(target, 'memfs.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'skm-web-workspaces',
        setup(build) {
          build.onResolve({ filter: /^skm-web-workspaces$/ }, () => ({ path: 'workspaces', namespace: 'skm-web-workspaces' }));
          build.onLoad({ filter: /.*/, namespace: 'skm-web-workspaces' }, () => ({ contents, loader: 'js' }));
        },
      },
    ],
  });
  const manifest = {
    name: 'skm-test-memfs',
    publisher: 'skm-as-code',
    version: '0.0.0',
    engines: { vscode: '^1.100.0' },
    browser: './memfs.js',
    activationEvents: ['onFileSystem:memfs'],
    capabilities: { virtualWorkspaces: true },
  };
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(target, 'README.md'), 'Test-only in-memory file system for the SKM web tests.\n');
  // The workbench takes one extensionDevelopmentPath from its URL: the SKM extension is that one;
  // the file system extension is installed from a vsix.
  const vsix = path.join(repo, 'out/skm-test-memfs.vsix');
  execFileSync(path.join(repo, 'node_modules/.bin/vsce'), ['package', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: target, stdio: 'ignore' });
  return vsix;
}

export async function webHostTests({ repo, temp, env, codeServer, browser, shots, startCodeServer, workspaceCopy, check, pass, fail, overTarget }) {
  const stage = stageWebExtension(repo);
  await esbuild.build({
    entryPoints: [path.join(repo, 'test/vscode/web/suite.ts')],
    outfile: path.join(stage, 'test/suite.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  // A broken RTL (unknown unsur U33) for the error squiggle of the UI check.
  const broken = workspaceCopy('web-ui');
  const rtl = path.join(broken, 'periods/2023-s1/rtl.yaml');
  fs.writeFileSync(rtl, fs.readFileSync(rtl, 'utf8').replace(/unsur: U3$/m, 'unsur: U33'));
  const memfs = await buildMemfs(repo, { sample: workspaceCopy('web'), speed: workspaceCopy('speed'), 'web-ui': broken });
  // Extensions of their own: the packaged desktop extension the other tests install is not there.
  const extensions = path.join(temp, 'web-extensions');
  execFileSync(codeServer, ['--extensions-dir', extensions, '--user-data-dir', path.join(temp, 'user-web-install'), '--install-extension', memfs], { env, stdio: 'ignore' });

  const open = async (folder, extra = []) => {
    const server = await startCodeServer(undefined, { extensions });
    const host = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${host}${stage}`],
      ...extra.map(([key, value]) => [key, value.replace('HOST', host)]),
    ];
    const url = `http://${host}/?folder=${encodeURIComponent(`memfs:/${folder}`)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return { server, url };
  };

  for (const name of process.env.SKM_WEB_ONLY ? [process.env.SKM_WEB_ONLY] : ['sample', 'speed']) {
    const { server, url } = await open(name, [['extensionTestsPath', `vscode-remote://HOST${stage}/test/suite.js`]]);
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    let exitCode;
    let timer;
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => {
        exitCode = code;
        resolve();
      });
      timer = setTimeout(resolve, 300_000);
    });
    const seen = new Set();
    const missedBefore = overTarget.length;
    const report = (text) => {
      for (const line of text.split('\n')) {
        const match = /(?:^|\s)((?:ok|not ok|measured) - web:.*|SPEED web .*|\d+\/\d+ web extension-host.*)$/.exec(line);
        if (!match || seen.has(match[1])) continue;
        seen.add(match[1]);
        console.log(`  [web host] ${match[1]}`);
        if (/^SPEED .*OVER TARGET/.test(match[1])) overTarget.push(match[1]);
      }
    };
    await page.exposeFunction('codeAutomationLog', (_type, args) =>
      report(Array.isArray(args) ? args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ') : String(args)),
    );
    page.on('console', (message) => {
      if (process.env.SKM_WEB_DEBUG) fs.appendFileSync(process.env.SKM_WEB_DEBUG, `${message.type()} ${message.text()}\n`);
      report(message.text());
    });
    // Where the speed run's time goes in the browser: SKM_WEB_TRACE=<file> records a Chromium trace
    // (every thread: workbench, webview frames, service worker, the extension host's worker),
    // SKM_WEB_PROFILE=<file> a CPU profile of the page's main thread (workbench and webview frames).
    const tracing = Boolean(process.env.SKM_WEB_TRACE) && name === 'speed';
    if (tracing) {
      const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'loading', 'navigation'];
      await browser.startTracing(page, { path: process.env.SKM_WEB_TRACE, categories });
    }
    const profiler = process.env.SKM_WEB_PROFILE && name === 'speed' ? await page.context().newCDPSession(page) : undefined;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 250 });
      await profiler.send('Profiler.start');
    }
    await page.goto(url);
    await exited;
    if (profiler) fs.writeFileSync(process.env.SKM_WEB_PROFILE, JSON.stringify((await profiler.send('Profiler.stop')).profile));
    clearTimeout(timer);
    if (tracing) await browser.stopTracing();
    if (name === 'sample') {
      await check('web: a desktop-only command invoked in the browser says why in one line', () =>
        page.locator('.notification-toast', { hasText: 'tidak tersedia di peramban' }).first().waitFor({ timeout: 5_000 }),
      );
    }
    await page.screenshot({ path: path.join(shots, `web-${name}.png`) });
    if (exitCode === 0 && name === 'speed') {
      const missed = overTarget.length - missedBefore;
      console.log(`measured - web host speed figures: ${missed === 0 ? 'all within target' : `${missed} OVER TARGET`}`);
    }
    else if (exitCode === 0) pass('web extension-host tests (memfs: workspace, web worker host)');
    else fail(`web extension-host tests (${name}) (exit ${exitCode ?? 'timeout'})`);
    if (process.env.SKM_WEB_DEBUG) fs.appendFileSync(process.env.SKM_WEB_DEBUG, `SERVER ${server.log()}\n`);
    await page.close();
    server.child.kill();
  }

  // The page as a user sees it: a broken file opened from the virtual workspace.
  const { server, url } = await open('web-ui', [['openFile', 'memfs:/web-ui/periods/2023-s1/rtl.yaml']]);
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await check('web: the broken RTL shows an error squiggle', () => page.locator('.squiggly-error').first().waitFor({ timeout: 60_000 }));
  await check('web: status bar shows the IKM', () => page.locator('.statusbar-item', { hasText: 'IKM 85,' }).first().waitFor({ timeout: 30_000 }));
  await check('web: editor title has Preview but no Build reports or Export PDF button', async () => {
    await page.locator('.editor-actions [aria-label*="Open IKM Preview"]').first().waitFor({ timeout: 10_000 });
    for (const label of ['Build Reports', 'Export Report as PDF'])
      if ((await page.locator(`.editor-actions [aria-label*="${label}"]`).count()) > 0) throw new Error(`${label} is shown`);
  });
  await page.screenshot({ path: path.join(shots, 'web-squiggle.png') });
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await check('web: the palette hides the desktop-only commands', async () => {
    await input.fill('>SKM: Export Report as PDF');
    await page.waitForTimeout(1000);
    if ((await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Export Report as PDF' }).count()) > 0) throw new Error('Export Report as PDF is listed');
  });
  await input.fill('>SKM: Open IKM Preview');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open IKM Preview' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await check('web: the preview shows the per-unsur table', () => frame.locator('#unsur-table tr[data-unsur="U9"]').waitFor({ timeout: 30_000 }));
  await check('web: the preview draws the charts with the bundled mermaid (SVG)', () => frame.locator('pre.mermaid svg').first().waitFor({ timeout: 30_000 }));
  await check('web: a saran with an XSS payload is shown as text, never run', async () => {
    const text = await frame.locator('#saran').innerText({ timeout: 10_000 });
    if (!text.includes('<img src=x onerror=alert(1)>')) throw new Error('payload text not shown');
    if ((await frame.locator('#saran img').count()) > 0) throw new Error('an <img> element was created');
    if (dialogs.length > 0) throw new Error(`a dialog fired: ${dialogs.join(', ')}`);
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(shots, 'web-preview.png') });
  await page.close();
  server.child.kill();
}
