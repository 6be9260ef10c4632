import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/core/load/load-workspace';
import { parseYaml } from '../../src/core/parse/parse-yaml';
import { validatorFor } from '../../src/core/validate/schemas';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/** The precompiled validators the build puts in the bundles, evaluated as a module. */
async function loadStandalone(): Promise<Record<FileKind, Validate>> {
  const { standaloneValidators } = await import('../../scripts/standalone-validators.mjs');
  const module = { exports: {} as Record<FileKind, Validate> };
  const wrapped = new vm.Script(`(function (module, exports, require) {${standaloneValidators()}\n})`).runInThisContext() as (
    module: unknown,
    exports: unknown,
    require: NodeJS.Require,
  ) => void;
  wrapped(module, module.exports, createRequire(path.resolve('package.json')));
  return module.exports;
}

const KIND_OF: Record<string, FileKind> = {
  'skm.yaml': 'unit',
  'period.yaml': 'period',
  'summary.yaml': 'summary',
  'rtl.yaml': 'rtl',
  'responses.yaml': 'responses',
};

function yamlFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) return yamlFiles(child);
    return KIND_OF[entry.name] ? [child] : [];
  });
}

describe('precompiled schema validators (the bundles) and run-time ajv (the tests)', () => {
  const files = [...yamlFiles('test/fixtures'), ...yamlFiles('samples')];

  it('give the same verdict and the same errors on every YAML file of the fixtures and samples, and on broken copies', async () => {
    const standalone = await loadStandalone();
    expect(files.length).toBeGreaterThan(50);
    let invalid = 0;
    for (const file of files) {
      const kind = KIND_OF[path.basename(file)]!;
      const value = parseYaml(file, fs.readFileSync(file, 'utf8')).value;
      const broken = value && typeof value === 'object' && !Array.isArray(value) ? { ...value, unknownKey: 1, unit: 5 } : 7;
      for (const data of [value, broken]) {
        const runtime = validatorFor(kind);
        const ok = runtime(data);
        const errors = structuredClone(runtime.errors ?? null);
        const precompiled = standalone[kind];
        expect(precompiled(data)).toBe(ok);
        expect(structuredClone(precompiled.errors ?? null)).toEqual(errors);
        if (!ok) invalid++;
      }
    }
    expect(invalid).toBeGreaterThanOrEqual(files.length);
  });
});
