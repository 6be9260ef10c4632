/**
 * The "Roll-up" view (Explorer), shown when the open folder holds several unit workspaces (a
 * monorepo `units/*\/skm.yaml`, or checkouts side by side): one row per unit for the roll-up's
 * period — rank in its group, IKM (exact mode, as `skm rollup`), grade and compliance status, the
 * reasons in the tooltip — and a first row with the period and the instansi index. A row opens
 * that unit's preview. Computed in-process without DuckDB (`rollupInMemory`: the streaming
 * scanner, the same folds as the `sql/` files); in an untrusted workspace git is not started, so
 * no report counts as published and a note says why.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComplianceRow, RollupResult } from '../../src/core/rollup/result';
import { formatNumber } from '../../src/core/text/format';
import { NoGitFacts, rollupInMemory, unitRootsUnder } from '../../src/node/rollup-in-memory';
import { COMMAND } from './contracts';
import type { HostContext } from './host/host';
import { tr } from './l10n';
import { LoadingTree } from './loading-tree';

export const ROLLUP_VIEW = 'skm.rollupView';
export const OPEN_ROLLUP_UNIT = 'skm.openRollupUnit';
export const REFRESH_ROLLUP = 'skm.refreshRollup';
/** Context key: the open folder holds at least two unit workspaces. */
export const ROLLUP_CONTEXT = 'skm.rollupUnits';

/** One unit's row, as the view shows it (also what the tests read). */
export interface RollupRow {
  unit: string;
  unitName: string;
  root: string;
  period: string;
  rank: number | null;
  ikmConverted: number | null;
  grade: string | null;
  status: ComplianceRow['status'];
  reasons: string[];
}

type Node = { kind: 'summary'; text: string; detail: string } | { kind: 'note'; text: string } | { kind: 'unit'; row: RollupRow };

const STATUS_ICON: Record<ComplianceRow['status'], [string, string]> = {
  patuh: ['pass', 'testing.iconPassed'],
  'belum-lengkap': ['warning', 'list.warningForeground'],
  'tidak-patuh': ['error', 'list.errorForeground'],
};

export function statusText(status: ComplianceRow['status']): string {
  return status === 'patuh' ? tr('compliant') : status === 'belum-lengkap' ? tr('incomplete') : tr('not compliant');
}

/** The rows of a roll-up result: units in their group's rank order (largest group first). */
export function rollupRows(result: RollupResult, roots: ReadonlyMap<string, string>): RollupRow[] {
  const compliance = new Map(result.compliance.map((row) => [row.unit, row]));
  const listed = new Set<string>();
  const rows: RollupRow[] = [];
  const push = (unit: string, unitName: string, rank: number | null, ikm: number | null, grade: string | null): void => {
    const check = compliance.get(unit);
    listed.add(unit);
    rows.push({
      unit,
      unitName,
      root: roots.get(unit) ?? '',
      period: result.period,
      rank,
      ikmConverted: ikm,
      grade,
      status: check?.status ?? 'tidak-patuh',
      reasons: check?.reasons ?? [],
    });
  };
  for (const group of result.groups)
    for (const unit of group.units) push(unit.unit, unit.unitName, unit.rank, unit.ikmConverted, unit.grade);
  // Units without the period: after the ranked ones, with their reason.
  for (const row of result.compliance) if (!listed.has(row.unit)) push(row.unit, row.unitName, null, null, null);
  return rows;
}

export class RollupViewProvider extends LoadingTree<Node> implements vscode.TreeDataProvider<Node> {
  result: RollupResult | undefined;
  rows: RollupRow[] = [];
  private notes: string[] = [];

  /** The unit workspaces under the open folders (children or `units/*`). */
  static unitRoots(): string[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
      folder.uri.scheme === 'file' ? unitRootsUnder(folder.uri.fsPath) : [],
    );
  }

  /** Recomputes the roll-up of `roots` and refreshes the view. */
  load(roots: readonly string[]): Promise<void> {
    return this.track(async () => {
      const notes: string[] = [];
      try {
        const trusted = vscode.workspace.isTrusted;
        const computed = await rollupInMemory(roots, trusted ? {} : { git: new NoGitFacts() });
        if (!trusted) notes.push(tr('Untrusted workspace: git is not run, so no report counts as published.'));
        for (const root of computed.unreadable)
          notes.push(tr('Left out (skm.yaml unreadable): {0}', vscode.workspace.asRelativePath(root)));
        this.result = computed.result;
        this.rows = computed.result ? rollupRows(computed.result, computed.roots) : [];
      } catch (error) {
        this.result = undefined;
        this.rows = [];
        notes.push(error instanceof Error ? error.message : String(error));
      }
      this.notes = notes;
    });
  }

  getChildren(node?: Node): Node[] {
    if (node) return [];
    const notes = this.notes.map((text): Node => ({ kind: 'note', text }));
    const result = this.result;
    if (!result) return notes.length > 0 ? notes : [{ kind: 'note', text: tr('No unit workspaces with a period found.') }];
    const main = result.groups[0];
    const index = main ? (main.index.chosen === 'pooled' ? main.index.pooled.ikmConverted : main.index.unitMean.ikmConverted) : null;
    const summary: Node = {
      kind: 'summary',
      text: tr('Period {0} · {1} units', result.period, result.units),
      detail:
        result.groups.length > 1
          ? tr('instansi IKM {0} (pooled, largest group) · {1} groups kept apart', formatNumber(index, 2), result.groups.length)
          : tr('instansi IKM {0} (pooled)', formatNumber(index, 2)),
    };
    return [summary, ...notes, ...this.rows.map((row): Node => ({ kind: 'unit', row }))];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'note') {
      const item = new vscode.TreeItem(node.text);
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    if (node.kind === 'summary') {
      const item = new vscode.TreeItem(node.text);
      item.description = node.detail;
      item.iconPath = new vscode.ThemeIcon('graph');
      return item;
    }
    const { row } = node;
    const item = new vscode.TreeItem(row.rank === null ? row.unitName : `${row.rank}. ${row.unitName}`);
    const figures = row.ikmConverted === null ? tr('no IKM') : `IKM ${formatNumber(row.ikmConverted, 2)} · ${row.grade ?? '–'}`;
    item.description = `${figures} · ${statusText(row.status)}`;
    const [icon, color] = STATUS_ICON[row.status];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    const reasons = row.reasons.length > 0 ? row.reasons.map((reason) => `- ${reason}`).join('\n') : tr('Every check passes.');
    item.tooltip = new vscode.MarkdownString().appendText(
      `${row.unitName} · ${row.period}\n${figures} · ${statusText(row.status)}\n\n${reasons}`,
    );
    item.contextValue = 'rollupUnit';
    item.command = { command: OPEN_ROLLUP_UNIT, title: tr('Open the IKM preview'), arguments: [row.root, row.period] };
    return item;
  }
}

/**
 * Registers the view, its commands and its refreshes on the desktop host: it is computed when it
 * becomes visible, again after a save or a change of `skm.language` (the reasons are the engine's
 * messages), and on its refresh button. A row opens the unit's period file and its preview.
 */
export function registerRollupView(context: HostContext): RollupViewProvider {
  const rollup = new RollupViewProvider();
  const view = vscode.window.createTreeView(ROLLUP_VIEW, { treeDataProvider: rollup });
  let stale = true;
  const refresh = (force = false): void => {
    const roots = RollupViewProvider.unitRoots();
    void vscode.commands.executeCommand('setContext', ROLLUP_CONTEXT, roots.length >= 2);
    if (roots.length < 2 || (!force && (!view.visible || !stale))) return;
    stale = false;
    void rollup.load(roots);
  };
  const later = (): void => {
    stale = true;
    refresh();
  };
  context.subscriptions.push(
    rollup,
    view,
    view.onDidChangeVisibility(() => refresh()),
    vscode.workspace.onDidSaveTextDocument(later),
    vscode.workspace.onDidChangeConfiguration((event) => (event.affectsConfiguration('skm.language') ? later() : undefined)),
  );
  context.register(REFRESH_ROLLUP, () => refresh(true));
  context.register(OPEN_ROLLUP_UNIT, async (root, period) => {
    if (typeof root !== 'string' || root === '') return;
    context.ensureModel(vscode.Uri.file(root));
    if (typeof period === 'string') {
      const file = vscode.Uri.file(path.join(root, 'periods', period, 'period.yaml'));
      await vscode.window.showTextDocument(file, { preview: true, preserveFocus: true }).then(undefined, () => undefined);
    }
    await vscode.commands.executeCommand(COMMAND.openPreview);
  });
  refresh();
  return rollup;
}
