import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTool } from '../../src/node/tool-check';

const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-tools-'));
afterAll(() => fs.rmSync(bin, { recursive: true, force: true }));
const program = (name: string): string => {
  const file = path.join(bin, name);
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  return file;
};

describe('checkTool', () => {
  it('an override that is a bare name is looked up on PATH (the editor setting defaults to "pandoc")', () => {
    const pandoc = program('pandoc');
    expect(checkTool('pandoc', { SKM_PANDOC: 'pandoc', PATH: bin })).toEqual({ ok: true, tool: 'pandoc', path: pandoc });
    expect(checkTool('pandoc', { SKM_PANDOC: 'pandoc-lain', PATH: bin })).toMatchObject({
      ok: false,
      debianPackage: 'pandoc',
      looked: 'pandoc-lain',
    });
  });

  it('an override with a path is used as given, with no fallback', () => {
    const chromium = program('chromium-custom');
    expect(checkTool('chromium', { SKM_CHROMIUM: chromium, PATH: '' })).toEqual({ ok: true, tool: 'chromium', path: chromium });
    expect(checkTool('chromium', { SKM_CHROMIUM: path.join(bin, 'tidak-ada'), PATH: bin })).toMatchObject({
      ok: false,
      debianPackage: 'chromium',
    });
  });

  it('without an override pandoc comes from PATH; a missing one names its Debian package', () => {
    const pandoc = program('pandoc');
    expect(checkTool('pandoc', { PATH: `/nonexistent${path.delimiter}${bin}` })).toEqual({ ok: true, tool: 'pandoc', path: pandoc });
    expect(checkTool('pandoc', { PATH: '/nonexistent' })).toEqual({ ok: false, tool: 'pandoc', debianPackage: 'pandoc', looked: 'PATH' });
  });
});
