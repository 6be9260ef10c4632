/**
 * The JSON Schemas of the workspace files (`schemas/*.schema.json`), one per file kind, compiled
 * once per process: the first validation of a kind compiles its schema, later ones reuse it.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import periodSchema from '../../../schemas/period.schema.json';
import responsesSchema from '../../../schemas/responses.schema.json';
import rtlSchema from '../../../schemas/rtl.schema.json';
import summarySchema from '../../../schemas/summary.schema.json';
import unitSchema from '../../../schemas/unit.schema.json';
import type { FileKind } from '../load/load-workspace';

/** The schema document of each file kind, as shipped in `schemas/`. */
export const SCHEMAS: Readonly<Record<FileKind, Record<string, unknown>>> = {
  unit: unitSchema,
  period: periodSchema,
  summary: summarySchema,
  rtl: rtlSchema,
  responses: responsesSchema,
};

let ajv: Ajv2020 | undefined;
const compiled = new Map<FileKind, ValidateFunction>();

/** The compiled validator of a file kind (cached for the life of the process). */
export function validatorFor(kind: FileKind): ValidateFunction {
  const cached = compiled.get(kind);
  if (cached) return cached;
  // `verbose` keeps the failing sub-schema on each error: it gives did-you-mean its candidates.
  ajv ??= addFormats(new Ajv2020({ allErrors: true, verbose: true, strict: false }), ['date']);
  const validate = ajv.compile(SCHEMAS[kind]);
  compiled.set(kind, validate);
  return validate;
}
