/**
 * The VS Code adapter: wires the engine (lint, compute, report text) into diagnostics, quick fixes,
 * hovers, code lenses, a status-bar item, a live preview and palette commands. No domain logic
 * lives here. Activation happens only in a workspace containing skm.yaml (or when a YAML file is
 * opened), never on start-up.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyLanguage, tr } from './l10n';
import { findWorkspaceRoot } from '../../src/node/fs-files';
import { registerCommands } from './commands';
import { COMMAND } from './contracts';
import { publishDiagnostics } from './diagnostics';
import { EditingHelp } from './editing';
import { NewFindings, updateProblemsItem } from './findings';
import { IkmCodeLensProvider, UnsurHoverProvider, updateStatusBar } from './inline-info';
import { PreviewPanel } from './preview';
import { OverlayFiles } from './overlay-files';
import { QuickFixProvider } from './quick-fixes';
import {
  COMMIT_SCHEME,
  CommitContentProvider,
  isRtlFile,
  OPEN_RTL_CHANGE,
  openRtlChange,
  RTL_HISTORY_VIEW,
  RtlHistoryProvider,
  showRtlHistory,
} from './rtl-history-view';
import type { HistoryEvent } from '../../src/core/history/rtl-history';
import { readSettings } from './settings';
import { WorkspaceModel } from './workspace-model';

/** Exposed for the integration tests: timings and the model. */
export interface SkmApi {
  activationMs: number;
  model(): WorkspaceModel | undefined;
  preview: PreviewPanel;
  rtlHistory: RtlHistoryProvider;
}

export function activate(context: vscode.ExtensionContext): SkmApi | undefined {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('SKM');
  try {
    applyLanguage(readSettings().language);
    // This host can start processes (pandoc, Chromium, git): their buttons and commands show.
    void vscode.commands.executeCommand('setContext', 'skm.processes', true);
    let model: WorkspaceModel | undefined;
    const diagnostics = vscode.languages.createDiagnosticCollection('skm');
    const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'lint-rules.md');
    const lenses = new IkmCodeLensProvider(() => model);
    const status = vscode.window.createStatusBarItem('skm.ikm', vscode.StatusBarAlignment.Left, 50);
    status.name = 'SKM IKM';
    const problems = vscode.window.createStatusBarItem('skm.problems', vscode.StatusBarAlignment.Left, 49);
    problems.name = 'SKM';
    const findings = new NewFindings();
    const preview = new PreviewPanel(
      context.extensionUri,
      () => model,
      () => findings.list,
    );
    const rtlHistory = new RtlHistoryProvider();
    const rtlHistoryView = vscode.window.createTreeView(RTL_HISTORY_VIEW, { treeDataProvider: rtlHistory, showCollapseAll: true });
    // The view follows the RTL file in the editor while it is visible.
    const followRtl = (): void => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      if (rtlHistoryView.visible && isRtlFile(uri) && uri && uri.fsPath !== rtlHistory.file) void rtlHistory.load(uri.fsPath);
    };
    const relativeOfActive = (): string | undefined => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      return model && uri ? path.relative(model.root, uri.fsPath).split(path.sep).join('/') : undefined;
    };

    const ensureModel = (root: string): WorkspaceModel => {
      if (model?.root === root) return model;
      model?.dispose();
      model = new WorkspaceModel(root, () => readSettings().debounceMs);
      void vscode.commands.executeCommand('setContext', 'skm.active', true);
      model.onDidUpdate(() => {
        if (!model) return;
        publishDiagnostics(model, diagnostics, docs);
        const open = new OverlayFiles(model.root);
        findings.update(
          model.result.diagnostics,
          vscode.workspace.textDocuments
            .map((document) => open.relative(document.uri))
            .filter((file): file is string => file !== undefined),
        );
        updateProblemsItem(problems, model.result.diagnostics);
        lenses.refresh();
        updateStatusBar(status, model, relativeOfActive());
        if (preview.visible) preview.update();
      });
      // The first lint pass runs right after activation, so activation itself stays short.
      const created = model;
      setImmediate(() => {
        created.refresh(true);
        created.warmUp();
      });
      return model;
    };
    const discover = (uri?: vscode.Uri): void => {
      const candidates = [uri?.fsPath, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)].filter(
        (value): value is string => Boolean(value),
      );
      for (const candidate of candidates) {
        const root = findWorkspaceRoot(candidate);
        if (root) {
          ensureModel(root);
          return;
        }
      }
    };

    const selector: vscode.DocumentSelector = [
      { scheme: 'file', pattern: '**/skm.yaml' },
      { scheme: 'file', pattern: '**/periods/**/*.{yaml,csv}' },
    ];
    context.subscriptions.push(
      output,
      diagnostics,
      status,
      problems,
      preview,
      rtlHistory,
      rtlHistoryView,
      rtlHistoryView.onDidChangeVisibility(followRtl),
      { dispose: () => model?.dispose() },
      vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(() => model), {
        providedCodeActionKinds: QuickFixProvider.kinds,
      }),
      vscode.languages.registerHoverProvider(selector, new UnsurHoverProvider(() => model)),
      vscode.languages.registerCodeLensProvider(selector, lenses),
      ...registerEditingHelp(selector, new EditingHelp(() => model)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (model && event.document.uri.fsPath.startsWith(model.root)) model.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => (model ? undefined : discover(document.uri))),
      vscode.workspace.onDidSaveTextDocument(() => model?.invalidate()),
      vscode.window.onDidChangeActiveTextEditor(() => {
        updateStatusBar(status, model, relativeOfActive());
        followRtl();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('skm.language')) return;
        // Diagnostics, lenses, status bar and preview are redrawn in the chosen language.
        applyLanguage(readSettings().language);
        model?.refresh(true);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => output.appendLine(tr('Workspace trusted: PDF and git commands are enabled.'))),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/{skm.yaml,periods/**}');
    watcher.onDidCreate(() => (model ? model.invalidate() : discover()));
    watcher.onDidDelete(() => model?.invalidate());
    watcher.onDidChange(() => model?.invalidate());
    context.subscriptions.push(watcher);

    const register = (id: string, run: (...args: unknown[]) => unknown): void => {
      context.subscriptions.push(vscode.commands.registerCommand(id, run));
    };
    register(COMMAND.openPreview, () => {
      if (!model) discover(vscode.window.activeTextEditor?.document.uri);
      if (!model) return;
      preview.show(model.periodFor(relativeOfActive())?.id);
    });
    register(COMMAND.rtlHistory, () => showRtlHistory(rtlHistory));
    register(OPEN_RTL_CHANGE, (event) => (rtlHistory.history ? openRtlChange(rtlHistory.history.root, event as HistoryEvent) : undefined));
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, new CommitContentProvider()));
    registerCommands(
      { extensionUri: context.extensionUri, output, model: () => model, ensureModel, subscriptions: context.subscriptions },
      register,
    );

    discover(vscode.window.activeTextEditor?.document.uri);
    const activationMs = performance.now() - started;
    output.appendLine(`SKM aktif dalam ${activationMs.toFixed(0)} ms`);
    return { activationMs, model: () => model, preview, rtlHistory };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(message);
    void vscode.window.showErrorMessage(tr('The SKM extension failed to activate: {0}', message));
    return undefined;
  }
}

function registerEditingHelp(selector: vscode.DocumentSelector, help: EditingHelp): vscode.Disposable[] {
  return [
    vscode.languages.registerCompletionItemProvider(selector, help, ' ', ':', ','),
    vscode.languages.registerDefinitionProvider(selector, help),
    vscode.languages.registerReferenceProvider(selector, help),
    vscode.languages.registerRenameProvider(selector, help),
    vscode.languages.registerDocumentSymbolProvider(selector, help),
    vscode.languages.registerHoverProvider(selector, help),
  ];
}

export function deactivate(): void {}
