/** Types of scan-kernel.mjs (used by vitest.config.mts). */
export const SCAN_KERNEL_MODULE: string;
/** The kernel's WebAssembly bytes (compiled once per process). */
export function compileScanKernel(): Promise<Uint8Array>;
/** A Vite (vitest) plugin: `skm:scan-kernel` is the kernel's bytes. */
export function scanKernelVitePlugin(): {
  name: string;
  resolveId: (source: string) => string | undefined;
  load: (source: string) => Promise<string | undefined>;
};
/** The esbuild plugin that gives `skm:scan-kernel` its bytes (scripts/build.mjs). */
export const scanKernelPlugin: { name: string; setup(build: unknown): void };
