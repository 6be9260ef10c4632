// Type-checked lint. The core ring (src/core) must stay free of the editor and of I/O:
// no `vscode`, no `fs`, no `child_process` — see ARCHITECTURE.md, "Architecture invariants".
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbiddenInCore = ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'path', 'node:path'];

export default tseslint.config(
  { ignores: ['dist/**', 'wasm/**', 'out/**', 'node_modules/**', 'samples/**', '.test-output/**', 'coverage/**', 'bin/**', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['extension/**', 'test/vscode/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'Only extension/ may import vscode.' }] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInCore.map((name) => ({ name, message: 'The core ring is editor- and I/O-free: do this in src/node/ or extension/.' })),
        },
      ],
    },
  },
  {
    // Shared by the desktop's Node host and the browser's web worker host (dist/web.js): no Node
    // built-in and nothing from src/node/. The Node-only adapter modules are listed here and are
    // reached only from extension.ts through extension/src/host/node-host.ts.
    files: ['extension/src/**/*.ts'],
    ignores: [
      'extension/src/extension.ts',
      'extension/src/host/node-host.ts',
      'extension/src/commands.ts',
      'extension/src/import-command.ts',
      'extension/src/rtl-history-view.ts',
      'extension/src/rollup-view.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'crypto', 'os', 'util', '**/src/node/**'],
              message: 'This module also runs in the browser (web worker): use vscode.workspace.fs and vscode.Uri; Node-only code goes behind the Host (extension/src/host/).',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { ...globals.node } } },
);
