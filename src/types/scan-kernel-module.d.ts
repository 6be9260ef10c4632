/** The scanner kernel's WebAssembly bytes, compiled from wasm/scan-kernel.ts by the build (scripts/scan-kernel.mjs). */
declare module 'skm:scan-kernel' {
  const bytes: Uint8Array;
  export default bytes;
}
