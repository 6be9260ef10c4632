// Builds dist/skm-as-code.vsix from a staging folder holding exactly the files below.
// package.json's "files" is the npm package's allow-list (the CLI); vsce refuses a .vscodeignore
// next to "files", so the extension's allow-list lives here instead: the staged package.json has
// no "files", and vsce packages the staged folder as it is; its dependency listing finds only
// playwright-core, of which only the files copied below are there.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const INCLUDE = [
  'package.nls.json',
  'package.nls.id.json',
  'README.md',
  'LICENSE',
  'dist/extension.js',
  'dist/web.js',
  'dist/cli.js',
  'dist/exceljs.js',
  'dist/mermaid/**',
  'media/**',
  'schemas/*.json',
  'docs/lint-rules.md',
  'docs/format.md',
  'sql/*.sql',
  'l10n/**',
  // PDF export: playwright-core drives the Debian Chromium; it is not bundled.
  'node_modules/playwright-core/package.json',
  'node_modules/playwright-core/index.js',
  'node_modules/playwright-core/browsers.json',
  'node_modules/playwright-core/LICENSE',
  'node_modules/playwright-core/NOTICE',
  'node_modules/playwright-core/lib/*.js',
  'node_modules/playwright-core/lib/entry/**',
  'node_modules/playwright-core/lib/server/**',
];

const repo = process.cwd();
const stage = path.join(repo, 'out', 'vsix-stage');
const out = path.join(repo, 'dist', 'skm-as-code.vsix');

/** `*` matches within one path segment, `**` across segments. */
function matcher(pattern) {
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}

function* walk(folder) {
  for (const entry of readdirSync(path.join(repo, folder))) {
    const relative = `${folder}/${entry}`;
    if (statSync(path.join(repo, relative)).isDirectory()) yield* walk(relative);
    else yield relative;
  }
}

rmSync(stage, { recursive: true, force: true });
let count = 0;
for (const pattern of INCLUDE) {
  const fixed = pattern.split('/').filter((part, index, parts) => !part.includes('*') && index < parts.length - 1);
  const base = fixed.join('/');
  const files = pattern.includes('*') ? [...walk(base)].filter((file) => matcher(pattern).test(file)) : [pattern];
  if (files.length === 0 || !existsSync(path.join(repo, files[0]))) throw new Error(`package-vsix: nothing matches ${pattern}`);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(stage, file), { dereference: true });
    count++;
  }
}
const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
delete manifest.files;
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(path.join(stage, '.vscodeignore'), '# Staged by scripts/package-vsix.mjs: every file here ships.\n');
mkdirSync(path.dirname(out), { recursive: true });
execFileSync(path.join(repo, 'node_modules', '.bin', 'vsce'), ['package', '--no-rewrite-relative-links', '--out', out], {
  cwd: stage,
  stdio: 'inherit',
});
console.log(`package-vsix: ${count + 1} files staged → ${path.relative(repo, out)}`);
