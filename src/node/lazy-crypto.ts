/**
 * `node:crypto`, loaded on first use: loading it costs ≈ 10 ms of every CLI start, and only a few
 * commands hash (report scripts' CSP hashes, aggregate content hashes).
 */
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';

let loaded: typeof Crypto | undefined;

export function nodeCrypto(): typeof Crypto {
  return (loaded ??= createRequire(__filename)('node:crypto') as typeof Crypto);
}
