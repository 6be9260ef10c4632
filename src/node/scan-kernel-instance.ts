/**
 * Instances of the responses scanner's WebAssembly kernel for Node: the module is compiled once
 * per process from the bytes the build embeds (`skm:scan-kernel`), on first use; each scanner
 * gets its own instance (its own intern tables). Where WebAssembly is missing or the module does
 * not compile, there is no kernel and the scanner reads with its JavaScript lane; `SKM_SCAN_KERNEL=js`
 * asks for that lane (the benchmarks and the equality checks compare the two).
 */
import kernelBytes from 'skm:scan-kernel';
import type { ScanKernelExports, ScanKernelFactory } from '../core/compute/scan-kernel';

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let compiled: object | null | undefined;

function kernelModule(): object | null {
  if (compiled !== undefined) return compiled;
  if (process.env['SKM_SCAN_KERNEL'] === 'js') return (compiled = null);
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  try {
    compiled = wasm ? new wasm.Module(kernelBytes) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

/** A fresh kernel instance, or undefined without WebAssembly (the JavaScript lane reads then). */
export const scanKernel: ScanKernelFactory = () => {
  const module = kernelModule();
  if (!module) return undefined;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly!;
  return new wasm.Instance(module, {}).exports as ScanKernelExports;
};
