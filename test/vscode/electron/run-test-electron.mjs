// For machines WITH internet: runs the same extension-host suite in a downloaded desktop VS Code
// through @vscode/test-electron (not installed by default: `npm install --no-save @vscode/test-electron`).
// These offline machines cannot download VS Code, so CI uses scripts/test-vscode.mjs (code-server).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const { runTests } = await import('@vscode/test-electron');
execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
await esbuild.build({ entryPoints: [path.join(repo, 'test/vscode/suite/index.ts')], outfile: path.join(repo, 'out/test/vscode/suite/index.js'), bundle: true, platform: 'node', format: 'cjs', external: ['vscode'] });
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-electron-'));
fs.cpSync(path.join(repo, 'samples/biro-umum-kaltim'), path.join(workspace, 'integration'), { recursive: true });
fs.appendFileSync(path.join(workspace, 'integration/periods/2023-s1/responses.csv'), 'rxss,2023-03-01,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,"<img src=x onerror=alert(1)><script>alert(2)</script>"\n');
await runTests({
  version: '1.100.3',
  extensionDevelopmentPath: repo,
  extensionTestsPath: path.join(repo, 'out/test/vscode/suite/index.js'),
  launchArgs: [path.join(workspace, 'integration'), '--disable-extensions', '--disable-workspace-trust'],
});
