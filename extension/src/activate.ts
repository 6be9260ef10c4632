/**
 * The VS Code adapter, the same for the desktop and the browser: wires the engine (lint, compute,
 * report text) into diagnostics, quick fixes, hovers, code lenses, a status-bar item, editing help
 * and a live preview. What differs between the hosts (files, processes, their commands) comes
 * from a `Host` (`host/`); the entries are `extension.ts` (Node) and `web.ts` (web worker). No
 * domain logic lives here. Activation happens only in a workspace containing skm.yaml (or when a
 * YAML file is opened), never on start-up.
 */
import * as vscode from 'vscode';
import { applyLanguage, tr } from './l10n';
import { COMMAND } from './contracts';
import type { Host } from './host/host';
import { publishDiagnostics } from './diagnostics';
import { EditingHelp } from './editing';
import { NewFindings, updateProblemsItem } from './findings';
import { IkmCodeLensProvider, UnsurHoverProvider, updateStatusBar } from './inline-info';
import { PreviewPanel } from './preview';
import { previewAnchor } from '../../src/core/editing/preview-anchor';
import { QuickFixProvider } from './quick-fixes';
import { registerScaffoldCommands } from './scaffold-commands';
import { readSettings } from './settings';
import { WorkspaceModel } from './workspace-model';

/** Exposed for the integration tests: timings and the model. */
export interface SkmApi {
  activationMs: number;
  /** `node` on the desktop, `web` in the browser's web worker. */
  host: Host['kind'];
  model(): WorkspaceModel | undefined;
  preview: PreviewPanel;
  /** Resolves once the workspace's first lint pass was published (the web host reads files first). */
  ready(): Promise<void>;
  /** The host's own features (the desktop's RTL history provider). */
  [feature: string]: unknown;
}

export function activateWith(context: vscode.ExtensionContext, host: Host): SkmApi | undefined {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('SKM');
  try {
    applyLanguage(readSettings().language);
    // Menus and palette entries of the desktop-only commands hide in the browser (package.json).
    void vscode.commands.executeCommand('setContext', 'skm.web', host.kind === 'web');
    let model: WorkspaceModel | undefined;
    let firstPass: Promise<void> | undefined;
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
      host.readAsset,
    );
    const relativeOfActive = (): string | undefined => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      return model && uri ? model.relativeOf(uri) : undefined;
    };

    const ensureModel = (root: vscode.Uri): WorkspaceModel => {
      if (model?.rootUri.toString() === root.toString()) return model;
      model?.dispose();
      const disk = host.disk(root);
      model = new WorkspaceModel(root, disk, () => readSettings().debounceMs);
      void vscode.commands.executeCommand('setContext', 'skm.active', true);
      // This root can start processes (pandoc, Chromium, git): their buttons show.
      void vscode.commands.executeCommand('setContext', 'skm.processes', host.canRunProcesses(root));
      model.onDidUpdate(() => {
        if (!model) return;
        publishDiagnostics(model, diagnostics, docs);
        const open = model.files();
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
      // The first lint pass runs right after activation (once the host's files are read), so
      // activation itself stays short.
      const created = model;
      firstPass = disk.ready.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              if (model === created) {
                created.refresh(true);
                created.warmUp();
                // The preview's page (≈ 0,8 MB) is read now, not when the user waits for it.
                preview.prefetch();
              }
              resolve();
            }, 0),
          ),
      );
      return model;
    };
    let discovering: Promise<void> = Promise.resolve();
    const discover = (uri?: vscode.Uri): Promise<void> => {
      const candidates = [uri, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri)].filter(
        (value): value is vscode.Uri => value !== undefined,
      );
      // One search at a time: documents opened together start one model, not several.
      discovering = discovering.then(async () => {
        if (model) return;
        for (const candidate of candidates) {
          const root = await host.findRoot(candidate);
          if (root) {
            ensureModel(root);
            return;
          }
        }
      });
      return discovering;
    };

    // The workspace's own scheme too: `file` on the desktop, `vscode-vfs`, `memfs`, … in the browser.
    const schemes = [...new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)])];
    const selector: vscode.DocumentSelector = schemes.flatMap((scheme) => [
      { scheme, pattern: '**/skm.yaml' },
      { scheme, pattern: '**/periods/**/*.{yaml,csv}' },
    ]);
    context.subscriptions.push(
      output,
      diagnostics,
      status,
      problems,
      preview,
      { dispose: () => model?.dispose() },
      vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(() => model), {
        providedCodeActionKinds: QuickFixProvider.kinds,
      }),
      vscode.languages.registerHoverProvider(selector, new UnsurHoverProvider(() => model)),
      vscode.languages.registerCodeLensProvider(selector, lenses),
      ...registerEditingHelp(selector, new EditingHelp(() => model)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (model?.relativeOf(event.document.uri) !== undefined) model.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => (model ? undefined : void discover(document.uri))),
      vscode.workspace.onDidSaveTextDocument(() => model?.invalidate()),
      // Scroll sync: the preview follows the unsur, service or RTL item under the cursor.
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const document = event.textEditor.document;
        const file = preview.visible ? model?.relativeOf(document.uri) : undefined;
        const position = event.selections[0]?.active;
        if (file === undefined || !position) return;
        // A responses CSV can hold 10,000 rows: its header and the cursor's line are enough.
        const [text, line] = file.endsWith('.csv')
          ? [`${document.lineAt(0).text}\n${document.lineAt(position.line).text}`, position.line === 0 ? 0 : 1]
          : [document.getText(), position.line];
        preview.reveal(previewAnchor(file, text, line, position.character));
      }),
      vscode.window.onDidChangeActiveTextEditor(() => updateStatusBar(status, model, relativeOfActive())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('skm.language')) return;
        // Diagnostics, lenses, status bar and preview are redrawn in the chosen language.
        applyLanguage(readSettings().language);
        model?.refresh(true);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => output.appendLine(tr('Workspace trusted: PDF and git commands are enabled.'))),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/{skm.yaml,periods/**}');
    // The host's files are read again (a snapshot in the browser) before the next pass.
    const changed = (uri: vscode.Uri): void => {
      const current = model;
      const relative = current?.relativeOf(uri);
      if (!current) void discover();
      else if (relative !== undefined) void current.disk.changed(relative).then(() => current.invalidate());
    };
    watcher.onDidCreate(changed);
    watcher.onDidDelete(changed);
    watcher.onDidChange(changed);
    context.subscriptions.push(watcher);

    const register = (id: string, run: (...args: unknown[]) => unknown): void => {
      context.subscriptions.push(vscode.commands.registerCommand(id, run));
    };
    register(COMMAND.openPreview, async () => {
      if (!model) await discover(vscode.window.activeTextEditor?.document.uri);
      if (!model) return;
      await firstPass;
      preview.show(model.periodFor(relativeOfActive())?.id);
    });
    // "Salin tabel" in the preview: the table rebuilt from the model, as Markdown or TSV.
    register(COMMAND.copyPreviewTable, async (table, format) => {
      const text = preview.tableText(String(table), String(format));
      if (text === undefined) return undefined;
      await vscode.env.clipboard.writeText(text);
      void vscode.window.showInformationMessage(format === 'tsv' ? tr('Table copied as TSV.') : tr('Table copied as Markdown.'));
      return text;
    });
    register(COMMAND.chooseLanguage, async (choice?: unknown) => {
      const items = [
        { label: 'Bahasa Indonesia', value: 'id' },
        { label: 'English', value: 'en' },
        { label: tr('Automatic: follow the display language of VS Code'), value: 'auto' },
      ];
      const picked =
        typeof choice === 'string'
          ? items.find((item) => item.value === choice)
          : await vscode.window.showQuickPick(items, { placeHolder: tr('Language of the SKM diagnostics, hovers, preview and messages') });
      if (!picked) return undefined;
      await vscode.workspace.getConfiguration('skm').update('language', picked.value, vscode.ConfigurationTarget.Global);
      return picked.value;
    });
    const hostContext = {
      extensionUri: context.extensionUri,
      output,
      model: () => model,
      ensureModel,
      subscriptions: context.subscriptions,
      register,
    };
    registerScaffoldCommands(hostContext);
    const features = host.registerFeatures(hostContext);

    void discover(vscode.window.activeTextEditor?.document.uri);
    const activationMs = performance.now() - started;
    output.appendLine(tr('SKM active in {0} ms ({1})', activationMs.toFixed(0), host.kind));
    const ready = async (): Promise<void> => {
      await discovering;
      await firstPass;
    };
    return { ...features, activationMs, host: host.kind, model: () => model, preview, ready };
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
