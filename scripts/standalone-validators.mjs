// Generates the JSON Schema validators as standalone JavaScript (ajv's standalone code), so the
// bundles carry precompiled validators instead of compiling the schemas at start-up. The options
// are those of src/core/validate/schemas.ts, which tests use to check both give the same errors.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import codegen from 'ajv/dist/compile/codegen/index.js';
import { readFileSync } from 'node:fs';

export const KINDS = ['unit', 'period', 'summary', 'rtl', 'responses'];

/** CommonJS source exporting one validate function per file kind. */
export function standaloneValidators(root = '.') {
  const ajv = new Ajv2020.default({
    allErrors: true,
    verbose: true,
    strict: false,
    code: { source: true, formats: codegen._`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats.default(ajv, ['date']);
  const ids = {};
  for (const kind of KINDS) {
    const schema = JSON.parse(readFileSync(`${root}/schemas/${kind}.schema.json`, 'utf8'));
    ajv.addSchema(schema, `kind:${kind}`);
    ids[kind] = `kind:${kind}`;
  }
  return standaloneCode.default(ajv, ids);
}
