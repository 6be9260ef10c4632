/**
 * The wire contract of `skm compute --json` (docs/compute-json.md): a `PeriodResult` with a
 * schema version in front. Fields are only ever added; a rename or removal bumps the version.
 * Numbers are plain JSON numbers at full precision; null where a value cannot be computed.
 */
import type { PeriodResult } from './result';

export const COMPUTE_JSON_VERSION = 1;

export type ComputeJson = { schemaVersion: typeof COMPUTE_JSON_VERSION } & PeriodResult;

export function toComputeJson(result: PeriodResult): ComputeJson {
  return { schemaVersion: COMPUTE_JSON_VERSION, ...result };
}
