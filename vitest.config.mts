import { defineConfig } from 'vitest/config';
import { scanKernelVitePlugin } from './scripts/scan-kernel.mjs';

export default defineConfig({
  plugins: [scanKernelVitePlugin()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/vscode/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
