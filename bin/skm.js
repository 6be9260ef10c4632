#!/usr/bin/env node
'use strict';
// Runs dist/cli.js with V8's code cache (Node 20 has no module.enableCompileCache): the build
// writes dist/cli.js.cache — the functions compiled while linting a sample, after the identity of
// the bundle it belongs to — and every start reuses it instead of compiling them again. A cache that
// is missing, belongs to another bundle or that V8 rejects (another Node) only costs that time.
// The identity is the bundle's length and CRC-32 (zlib's, native: node:crypto for a SHA-1 costs
// ≈ 10 ms of every start to load); a Node without zlib.crc32 (< 20.15) falls back to the SHA-1.
// SKM_WRITE_CODE_CACHE=1 (the build) writes the cache when the command ends.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'dist', 'cli.js');
const cacheFile = `${file}.cache`;

function prepare() {
  const vm = require('node:vm');
  const Module = require('node:module');
  const zlib = require('node:zlib');
  if (typeof Module.wrap !== 'function') return undefined;
  const bytes = fs.readFileSync(file);
  const source = bytes.toString('utf8');
  let digest;
  if (typeof zlib.crc32 === 'function') {
    digest = Buffer.alloc(8);
    digest.writeUInt32LE(zlib.crc32(bytes), 0);
    digest.writeUInt32LE(bytes.length, 4);
  } else digest = require('node:crypto').createHash('sha1').update(bytes).digest();
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
