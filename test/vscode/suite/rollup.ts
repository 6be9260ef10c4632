/**
 * Extension-host tests of the roll-up view, run by the driver's `rollup` stage on the synthetic
 * province (samples/province/generate.mjs: 44 unit workspaces under units/). Same tiny runner as
 * index.ts: failures are logged and make `run()` reject.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RollupRow } from '../../../extension/src/rollup-view';
import { sleep, waitFor as waitUntil } from '../harness';

/** The roll-up computes 44 units: a longer wait, polled every 100 ms. */
const waitFor = <T>(probe: () => T | undefined | false, timeoutMs = 60000): Promise<T> => waitUntil(probe, timeoutMs, '', 100);

type RollupNodeLike = { kind: 'summary' | 'note' | 'unit'; row?: RollupRow };
interface SkmApi {
  model(): { root: string } | undefined;
  preview: { visible: boolean };
  rollup: {
    settled(): Promise<void>;
    rows: RollupRow[];
    getChildren(node?: RollupNodeLike): RollupNodeLike[];
    getTreeItem(node: RollupNodeLike): vscode.TreeItem;
  };
}

const tests: [string, () => Promise<void>][] = [];
const test = (name: string, body: () => Promise<void>): void => {
  tests.push([name, body]);
};
/** A tree item's label as text (labels here are plain strings). */
const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

let api: SkmApi | undefined;
async function skm(): Promise<SkmApi> {
  if (api) return api;
  const extension = vscode.extensions.getExtension<SkmApi>('skm-as-code.skm-as-code');
  assert.ok(extension, 'extension not found');
  api = await extension.activate();
  return api;
}

test('the roll-up view lists every unit of the province with IKM, grade and compliance status', async () => {
  const { rollup } = await skm();
  await vscode.commands.executeCommand('skm.rollupView.focus');
  await waitFor(() => rollup.rows.length > 0);
  await rollup.settled();
  assert.equal(rollup.rows.length, 44);
  assert.equal(new Set(rollup.rows.map((row) => row.unit)).size, 44);
  assert.ok(rollup.rows.every((row) => row.period === '2025-s2'));
  const statuses = new Set(rollup.rows.map((row) => row.status));
  assert.ok(statuses.has('patuh') && statuses.has('belum-lengkap') && statuses.has('tidak-patuh'), [...statuses].join());
  for (const row of rollup.rows) {
    assert.ok(row.root.endsWith(path.join('units', row.unit)), row.root);
    if (row.status !== 'patuh') assert.ok(row.reasons.length > 0, `${row.unit} has no reason`);
    if (row.rank !== null) {
      assert.ok(row.ikmConverted !== null && row.ikmConverted >= 25 && row.ikmConverted <= 100, `${row.unit} IKM ${row.ikmConverted}`);
      assert.match(row.grade ?? '', /^[A-D]$/);
    }
  }
  // Ranks start at 1 within each group and never decrease down a group.
  assert.equal(rollup.rows[0]!.rank, 1);
  const nodes = rollup.getChildren();
  assert.equal(nodes[0]!.kind, 'summary');
  const summary = rollup.getTreeItem(nodes[0]!);
  assert.match(labelOf(summary), /Periode 2025-s2 · 44 unit/);
  const first = rollup.getTreeItem(nodes.find((node) => node.kind === 'unit')!);
  assert.match(String(first.description), /^IKM \d{2},\d{2} · [A-D] · (patuh|belum lengkap|tidak patuh)$/);
  assert.equal(first.command?.command, 'skm.openRollupUnit');
  // DuckDB is never loaded in the extension host.
  assert.ok(!Object.keys(require.cache).some((file) => file.includes('@duckdb')), 'DuckDB was loaded');
});

test('a row opens that unit’s preview', async () => {
  const skmApi = await skm();
  const { rollup, preview } = skmApi;
  const row = rollup.rows.find((candidate) => candidate.status === 'belum-lengkap') ?? rollup.rows[0]!;
  const item = rollup.getTreeItem({ kind: 'unit', row });
  assert.deepEqual(item.command?.arguments, [row.root, row.period]);
  await vscode.commands.executeCommand(item.command.command, row.root, row.period);
  await waitFor(() => preview.visible && skmApi.model()?.root === row.root, 30000);
  assert.equal(skmApi.model()?.root, row.root);
});

test('the view speaks English when skm.language is en', async () => {
  const { rollup } = await skm();
  await vscode.commands.executeCommand('skm.rollupView.focus');
  await vscode.workspace.getConfiguration('skm').update('language', 'en', vscode.ConfigurationTarget.Global);
  try {
    // The reasons are the engine's messages: the view recomputes in the new language.
    await waitFor(() => rollup.rows.some((row) => row.reasons.includes('report not published (reports/ empty)')), 60000);
    await rollup.settled();
    assert.match(labelOf(rollup.getTreeItem(rollup.getChildren()[0]!)), /^Period 2025-s2 · 44 units$/);
    const unit = rollup.getChildren().find((node) => node.kind === 'unit' && node.row?.status === 'belum-lengkap')!;
    const item = rollup.getTreeItem(unit);
    assert.match(String(item.description), /^IKM \d{2}\.\d{2} · [A-D] · incomplete$/);
    assert.ok(!/\b(belum|tidak|populasi)\b/.test(unit.row!.reasons.join(' ')), unit.row!.reasons.join(' | '));
  } finally {
    await vscode.workspace.getConfiguration('skm').update('language', 'id', vscode.ConfigurationTarget.Global);
  }
  await waitFor(() => rollup.rows.some((row) => row.reasons.includes('laporan belum diterbitkan (reports/ kosong)')), 60000);
  await rollup.settled();
  await vscode.commands.executeCommand('skm.rollupView.focus');
  await sleep(1500);
});

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, body] of tests) {
    try {
      await body();
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`${tests.length - failed}/${tests.length} extension-host tests passed (rollup)`);
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}
