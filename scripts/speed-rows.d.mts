/** Types of speed-rows.mjs (used by bench/lint-edit.bench.ts). */
export function speedRows(count?: number): string[];
