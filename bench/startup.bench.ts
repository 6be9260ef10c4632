/**
 * Fixed costs: `skm --version` and each command on an empty workspace (a unit and one period
 * without data), in fresh processes, against a bare `node -e 0` in the same run. Target (issue
 * 12): each within 0,1 s of the bare node start.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bareNode } from './anchors';
import { emptyWorkspace, measure, pair, report, SKM, summary } from './harness';

const root = emptyWorkspace();
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-startup-'));
const commands: [string, string[]][] = [
  ['skm --version', ['--version']],
  ['skm lint (empty workspace)', ['lint', root]],
  ['skm compute (empty workspace)', ['compute', root, '--json']],
  ['skm build (Markdown, empty workspace)', ['build', root, '--out', out]],
];
for (const [label, args] of commands) {
  const { ours, anchor } = pair(5, () => measure(process.execPath, [SKM, ...args], { okCodes: [0, 1] }), bareNode);
  report(label, ours, 'node -e 0', anchor, { seconds: anchor.cpuMedian + 0.1 });
}
fs.rmSync(out, { recursive: true, force: true });
summary();
