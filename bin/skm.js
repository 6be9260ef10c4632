#!/usr/bin/env node
'use strict';
// Runs dist/cli.js with V8's code cache (Node 20 has no module.enableCompileCache): the build
// writes dist/cli.js.cache — the functions compiled while linting a sample, after the SHA-1 of the
// bundle it belongs to — and every start reuses it instead of compiling them again. A cache that
// is missing, belongs to another bundle or that V8 rejects (another Node) only costs that time.
// SKM_WRITE_CODE_CACHE=1 (the build) writes the cache when the command ends.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'dist', 'cli.js');
const cacheFile = `${file}.cache`;

function prepare() {
  const vm = require('node:vm');
  const Module = require('node:module');
  const crypto = require('node:crypto');
  if (typeof Module.wrap !== 'function') return undefined;
  const source = fs.readFileSync(file, 'utf8');
  const digest = crypto.createHash('sha1').update(source).digest();
  let cachedData;
  try {
    const cache = fs.readFileSync(cacheFile);
    if (cache.subarray(0, digest.length).equals(digest)) cachedData = cache.subarray(digest.length);
  } catch {
    // No cache: compile as usual.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const cli = new Module(file, module);
  cli.filename = file;
  cli.paths = Module._nodeModulePaths(path.dirname(file));
  if (process.env.SKM_WRITE_CODE_CACHE === '1')
    process.once('exit', () => {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]));
      fs.renameSync(temporary, cacheFile);
    });
  return () => script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, path.dirname(file));
}

let run;
try {
  run = prepare();
} catch {
  run = undefined;
}
if (run) run();
else require(file);
