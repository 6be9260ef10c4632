// Compiles the responses scanner's WebAssembly kernel (wasm/scan-kernel.ts, AssemblyScript) in
// memory, for the bundles (scripts/build.mjs) and the tests (vitest.config.mts): the `.wasm` is
// never committed and never downloaded. `import kernel from 'skm:scan-kernel'` gives its bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCAN_KERNEL_MODULE = 'skm:scan-kernel';
const SOURCE = fileURLToPath(new URL('../wasm/scan-kernel.ts', import.meta.url));

let compiled;

/** The kernel's WebAssembly bytes (compiled once per process). */
export function compileScanKernel() {
  compiled ??= compile();
  return compiled;
}

async function compile() {
  let asc;
  try {
    ({ default: asc } = await import('assemblyscript/asc'));
  } catch {
    throw new Error('the scan kernel needs the devDependency assemblyscript (wasm/scan-kernel.ts): run `npm install`');
  }
  const source = readFileSync(SOURCE, 'utf8');
  let binary;
  const { error, stderr } = await asc.main(
    ['scan-kernel.ts', '-O3', '--runtime', 'stub', '--noAssert', '--enable', 'simd', '--initialMemory', '1', '--outFile', 'scan-kernel.wasm'],
    {
      readFile: (name) => (name === 'scan-kernel.ts' ? source : null),
      writeFile: (name, contents) => {
        if (name === 'scan-kernel.wasm') binary = contents;
      },
      listFiles: () => [],
    },
  );
  if (error || !binary) throw new Error(`wasm/scan-kernel.ts does not compile:\n${stderr.toString()}`);
  return new Uint8Array(binary);
}

/** An esbuild plugin: `skm:scan-kernel` is the kernel's bytes (binary loader). */
export const scanKernelPlugin = {
  name: 'scan-kernel',
  setup(build) {
    build.onResolve({ filter: /^skm:scan-kernel$/ }, () => ({ path: 'scan-kernel.wasm', namespace: 'scan-kernel' }));
    build.onLoad({ filter: /.*/, namespace: 'scan-kernel' }, async () => ({ contents: await compileScanKernel(), loader: 'binary' }));
  },
};

/** A Vite (vitest) plugin: `skm:scan-kernel` is the kernel's bytes. */
export function scanKernelVitePlugin() {
  const id = '\0skm-scan-kernel';
  return {
    name: 'scan-kernel',
    resolveId: (source) => (source === SCAN_KERNEL_MODULE ? id : undefined),
    load: async (source) => {
      if (source !== id) return undefined;
      const bytes = await compileScanKernel();
      return `export default Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0));`;
    },
  };
}
