/**
 * Integration tests that run INSIDE a real VS Code extension host (code-server), loaded through
 * the workbench's `extensionTestsPath`. A tiny runner (no mocha needed): each test is an async
 * function; failures are logged and make `run()` reject, which the driver turns into exit code 1.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sleep, SPEED_POLL_MS, speedFigure, timeShownAgain, USER_PAUSE_MS, waitFor } from '../harness';
import { watchMachine } from '../machine';
import { epochNow, openSplit, warmUp } from '../open-split';

interface HistoryEventLike {
  commit: string;
  author: string;
  itemId: string;
  base: { commit: string; path: string } | null;
}
type HistoryNode =
  | { kind: 'item'; itemId: string }
  | { kind: 'change'; label: string; detail: string; event: HistoryEventLike }
  | { kind: 'note'; text: string };

interface SkmApi {
  activationMs: number;
  model():
    | { lastDuration: number; lastPublishedAt: number; lastEditAt: number; root: string; passLog: string[]; warmUpSpan?: [number, number] }
    | undefined;
  preview: {
    lastRenderMs: number;
    visible: boolean;
    openMarks: Record<string, number> | undefined;
    lastCharts: { charts: number; redrawn: number; renders: number };
    shown: boolean;
    lastTheme?: string;
    lastRevealed?: { anchor: string; found: boolean };
  };
  rtlHistory: { settled(): Promise<void>; getChildren(node?: HistoryNode): HistoryNode[]; getTreeItem(node: HistoryNode): vscode.TreeItem };
}

const tests: [string, () => Promise<void>][] = [];
/** The driver opens a workspace folder named `speed` (10,000 responses) for the speed figures. */
const speedRun = (): boolean => path.basename(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '') === 'speed';
const figure = (label: string, ms: number, target: number, detail = ''): void => speedFigure('', label, ms, target, detail);
const test = (name: string, body: () => Promise<void>): void => {
  tests.push([name, body]);
};

const root = (): string => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
function diagnosticsFor(relative: string, code: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(vscode.Uri.file(path.join(root(), relative)))
    .filter((diagnostic) => typeof diagnostic.code === 'object' && diagnostic.code.value === code);
}

/** The 0-based index of the first line of `document` matching `pattern` (-1 when none). */
function lineMatching(document: vscode.TextDocument, pattern: RegExp): number {
  return document
    .getText()
    .split('\n')
    .findIndex((text) => pattern.test(text));
}

let api: SkmApi | undefined;

/**
 * A first-open figure: after a user's pause, Preview pressed until the page reports its charts
 * drawn, with where the time went and what the machine did meanwhile. Returns when the command
 * was given (`performance.now()` and epoch), for the figures that follow it.
 */
async function timeFirstOpen(label: string, pausedAfter: string): Promise<{ opening: number; commandAt: number }> {
  await sleep(USER_PAUSE_MS);
  const machine = watchMachine();
  const opening = performance.now();
  const commandAt = epochNow();
  await vscode.commands.executeCommand('skm.openPreview');
  await waitFor(() => (api?.preview.lastRenderMs ?? 0) > 0, 20000, 'the first render', SPEED_POLL_MS);
  const ms = performance.now() - opening;
  figure(
    label,
    ms,
    1000,
    `pressed ${USER_PAUSE_MS} ms after ${pausedAfter}; ${openSplit(commandAt, api?.preview.openMarks)}; ${machine()}`,
  );
  return { opening, commandAt };
}

test('activates in a workspace with skm.yaml and reports its activation time', async () => {
  const extension = vscode.extensions.getExtension<SkmApi>('skm-as-code.skm-as-code');
  assert.ok(extension, 'extension is installed');
  api = await extension.activate();
  assert.ok(api, 'activate returned its API');
  // code-server's display language is English; these tests read the Indonesian interface first.
  await vscode.workspace.getConfiguration('skm').update('language', 'id', vscode.ConfigurationTarget.Global);
  figure('activation', api.activationMs, 150);
});

test('publishes diagnostics at exact ranges with codes linking to their documentation', async () => {
  const [mismatch] = await waitFor(() => {
    const found = diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch');
    return found.length > 0 && found;
  });
  assert.ok(mismatch);
  assert.equal(mismatch.range.start.line, 11);
  assert.equal(mismatch.range.start.character, 10);
  assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Warning);
  const code = mismatch.code as { value: string; target: vscode.Uri };
  assert.match(code.target.toString(), /lint-rules\.md#sample\.method-mismatch$/);
  const [claim] = diagnosticsFor('periods/2023-s1/narrative/kesimpulan.md', 'narrative.claim-ikm');
  assert.ok(claim, 'the typed IKM 84,37 is flagged');
  assert.equal(claim.range.start.line, 0);
});

test('offers and applies the did-you-mean quick fix for an unknown unsur code', async () => {
  const uri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/rtl.yaml'));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const line = lineMatching(document, /unsur: U3$/);
  assert.ok(line >= 0);
  const column = document.lineAt(line).text.indexOf('U3');
  await editor.edit((edit) => edit.replace(new vscode.Range(line, column, line, column + 2), 'U33'));
  const [unknown] = await waitFor(() => {
    const found = diagnosticsFor('periods/2023-s1/rtl.yaml', 'unsur.unknown');
    return found.length > 0 && found;
  });
  assert.ok(unknown);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    unknown.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((action) => action.title.includes('U3'));
  assert.ok(fix?.edit, `a quick fix is offered (got ${actions.map((action) => action.title).join(', ')})`);
  await vscode.workspace.applyEdit(fix.edit);
  assert.equal(document.lineAt(line).text.trim(), 'unsur: U3');
  await waitFor(() => diagnosticsFor('periods/2023-s1/rtl.yaml', 'unsur.unknown').length === 0);
  await document.save();
});

async function applyFirstFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: RegExp): Promise<void> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const action = actions.find((candidate) => title.test(candidate.title));
  assert.ok(action?.edit, `a quick fix titled ${String(title)}: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

test('NIP with spaces and a missing required key get their quick fixes', async () => {
  const unitUri = vscode.Uri.file(path.join(root(), 'skm.yaml'));
  const unit = await vscode.workspace.openTextDocument(unitUri);
  const editor = await vscode.window.showTextDocument(unit);
  const nipLine = lineMatching(unit, /^ {2}nip: "196707191993032006"$/);
  assert.ok(nipLine >= 0);
  await editor.edit((edit) => edit.replace(unit.lineAt(nipLine).range, '  nip: "19670719 199303 2 006"'));
  const [spaces] = await waitFor(() => {
    const found = diagnosticsFor('skm.yaml', 'signatory.nip-spaces');
    return found.length > 0 && found;
  });
  assert.ok(spaces);
  await applyFirstFix(unitUri, spaces, /196707191993032006/);
  assert.equal(unit.lineAt(nipLine).text, '  nip: "196707191993032006"');
  await waitFor(() => diagnosticsFor('skm.yaml', 'signatory.nip-spaces').length === 0);
  await vscode.commands.executeCommand('workbench.action.files.revert');

  const periodUri = vscode.Uri.file(path.join(root(), 'periods/2022/period.yaml'));
  const period = await vscode.workspace.openTextDocument(periodUri);
  const periodEditor = await vscode.window.showTextDocument(period);
  const labelLine = lineMatching(period, /^label:/);
  assert.ok(labelLine >= 0);
  await periodEditor.edit((edit) => edit.delete(period.lineAt(labelLine).rangeIncludingLineBreak));
  const [required] = await waitFor(() => {
    const found = diagnosticsFor('periods/2022/period.yaml', 'schema.required');
    return found.length > 0 && found;
  });
  assert.ok(required);
  await applyFirstFix(periodUri, required, /"label"/);
  assert.match(period.getText(), /^label: $/m);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('every finding offers "ubah tingkat aturan ini", writing lint.rules in skm.yaml', async () => {
  const uri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/period.yaml'));
  // executeCodeActionProvider needs the document open in the workbench (else "Illegal argument").
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const [mismatch] = await waitFor(() => {
    const found = diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch');
    return found.length > 0 && found;
  });
  assert.ok(mismatch);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    mismatch.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const change = actions.find((action) => /sample\.method-mismatch → info/.test(action.title));
  assert.ok(change?.edit, actions.map((action) => action.title).join(' | '));
  assert.match(change.title, /^Ubah tingkat aturan ini/);
  const [[target, edits]] = change.edit.entries() as [[vscode.Uri, vscode.TextEdit[]]];
  assert.equal(path.basename(target.fsPath), 'skm.yaml');
  assert.match(edits[0]?.newText ?? '', /lint:\n {2}rules:\n {4}sample\.method-mismatch: info\n/);
  // Applied, the rule's finding drops to info; reverting skm.yaml brings the warning back.
  assert.ok(await vscode.workspace.applyEdit(change.edit));
  await waitFor(
    () => diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch')[0]?.severity === vscode.DiagnosticSeverity.Information,
  );
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(
    () => diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch')[0]?.severity === vscode.DiagnosticSeverity.Warning,
  );
});

test('hover on an unsur code and the CodeLens above the responses show computed values', async () => {
  const rtlUri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/rtl.yaml'));
  const rtl = await vscode.workspace.openTextDocument(rtlUri);
  const line = lineMatching(rtl, /unsur: U3$/);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    rtlUri,
    new vscode.Position(line, rtl.lineAt(line).text.indexOf('U3') + 1),
  );
  const text = hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
  assert.match(text, /U3 — Waktu Penyelesaian/);
  assert.match(text, /NRR \*\*3,30\*\*/);
  const csvUri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/responses.csv'));
  await vscode.workspace.openTextDocument(csvUri);
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', csvUri);
  const titles = lenses.map((lens) => lens.command?.title ?? '');
  assert.ok(titles.includes('IKM 85,08 · B · n = 86'), titles.join(' | '));
});

test('skm.language switches diagnostics, hovers and the preview between Indonesian and English', async () => {
  const messageOf = (): string | undefined => diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch')[0]?.message;
  const indonesian = await waitFor(messageOf);
  const rtlUri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/rtl.yaml'));
  const rtl = await vscode.workspace.openTextDocument(rtlUri);
  const line = lineMatching(rtl, /unsur: U3$/);
  const hoverText = async (): Promise<string> =>
    (
      await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        rtlUri,
        new vscode.Position(line, rtl.lineAt(line).text.indexOf('U3') + 1),
      )
    )
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .join('\n');
  assert.match(await hoverText(), /NRR \*\*3,30\*\* · ×25 82,\d\d · mutu/);
  await vscode.workspace.getConfiguration('skm').update('language', 'en', vscode.ConfigurationTarget.Global);
  try {
    const english = await waitFor(() => {
      const message = messageOf();
      return message !== indonesian && message;
    });
    assert.notEqual(english, indonesian);
    // The hover's Markdown escapes the decimal point (3\.30 renders as 3.30).
    assert.match(await hoverText(), /NRR \*\*3\\?\.30\*\* · ×25 82\\?\.\d\d · grade/);
    const csvUri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/responses.csv'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', csvUri);
    assert.ok(
      lenses.some((lens) => lens.command?.title === 'IKM 85.08 · B · n = 86'),
      lenses.map((lens) => lens.command?.title).join(' | '),
    );
  } finally {
    await vscode.workspace.getConfiguration('skm').update('language', 'id', vscode.ConfigurationTarget.Global);
  }
  await waitFor(() => messageOf() === indonesian);
});

test('editing help: completion, definition, references, rename as one edit, outline', async () => {
  const rtlUri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/rtl.yaml'));
  const rtl = await vscode.workspace.openTextDocument(rtlUri);
  const unsurLine = lineMatching(rtl, /unsur: U3$/);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    rtlUri,
    new vscode.Position(unsurLine, rtl.lineAt(unsurLine).text.indexOf('U3')),
  );
  const label = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
  const codes = list.items.map(label);
  for (const code of ['U1', 'U5', 'U9']) assert.ok(codes.includes(code), codes.join(' '));
  const u3 = list.items.find((item) => label(item) === 'U3');
  assert.equal(u3?.detail, 'Waktu Penyelesaian');
  const horizonLine = lineMatching(rtl, /horizon: pendek/);
  const horizons = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    rtlUri,
    new vscode.Position(horizonLine, rtl.lineAt(horizonLine).text.length),
  );
  for (const value of ['pendek', 'menengah', 'panjang']) assert.ok(horizons.items.map(label).includes(value));

  // The service code in a responses row leads to its definition in skm.yaml.
  const csvUri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/responses.csv'));
  const csv = await vscode.workspace.openTextDocument(csvUri);
  const row = lineMatching(csv, /,protokol,/);
  const at = new vscode.Position(row, csv.lineAt(row).text.indexOf(',protokol,') + 2);
  const [definition] = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
    'vscode.executeDefinitionProvider',
    csvUri,
    at,
  );
  assert.ok(definition && 'uri' in definition, 'a definition');
  assert.equal(path.basename(definition.uri.fsPath), 'skm.yaml');
  const unit = await vscode.workspace.openTextDocument(definition.uri);
  assert.equal(unit.getText(definition.range), 'protokol');
  assert.match(unit.lineAt(definition.range.start.line).text, /code: protokol/);
  const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', csvUri, at);
  const rows = csv
    .getText()
    .split('\n')
    .filter((text) => text.split(',')[3] === 'protokol').length;
  assert.equal(references.length, rows + 1, 'every row of the service and the definition');

  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', csvUri, at, 'tamu');
  const files = edit.entries().map(([uri, edits]) => `${path.relative(root(), uri.fsPath)}:${edits.length}`);
  assert.deepEqual(files.sort(), ['periods/2023-s1/responses.csv:' + rows, 'skm.yaml:1'].sort());
  assert.ok(edit.entries().every(([, edits]) => edits.every((change) => change.newText === 'tamu')));

  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', rtlUri);
  const items = symbols.find((symbol) => symbol.name === 'items');
  assert.ok(
    items?.children.some((child) => child.name === 'rtl-2023s1-01'),
    JSON.stringify(symbols.map((symbol) => symbol.name)),
  );
});

test('the new-period command scaffolds a period named from its id', async () => {
  const folder = path.join(root(), 'periods/2024-s2');
  await vscode.commands.executeCommand('skm.newPeriod', '2024-s2');
  const text = fs.readFileSync(path.join(folder, 'period.yaml'), 'utf8');
  assert.match(text, /^label: Semester II 2024$/m);
  assert.match(text, /^start: 2024-07-01$/m);
  assert.match(text, /^end: 2024-12-31$/m);
  assert.match(fs.readFileSync(path.join(folder, 'responses.csv'), 'utf8'), /^id,date,time,service,.*U9,saran$/m);
  assert.equal(
    path.relative(root(), vscode.window.activeTextEditor?.document.uri.fsPath ?? ''),
    path.join('periods', '2024-s2', 'period.yaml'),
  );
  // A scaffold lints without errors.
  await sleep(1000);
  const errors = vscode.languages
    .getDiagnostics(vscode.Uri.file(path.join(folder, 'period.yaml')))
    .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);
  assert.deepEqual(
    errors.map((diagnostic) => diagnostic.message),
    [],
  );
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  fs.rmSync(folder, { recursive: true, force: true });
  await vscode.commands.executeCommand('skm.lintWorkspace');
});

test('diagnostics follow an edit quickly (speed figure)', async () => {
  const uri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/period.yaml'));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const line = lineMatching(document, /stated: 85/);
  // Typed after a user's pause, as every first-open figure is pressed: the test before ended by
  // linting the whole workspace, and VS Code may still be showing its diagnostics.
  await sleep(USER_PAUSE_MS);
  const started = performance.now();
  const changed = new Promise<void>((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch').length === 0) {
        listener.dispose();
        resolve();
      }
    });
  });
  await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, document.lineAt(line).text.length), '  stated: 226'));
  await changed;
  const delivered = performance.now() - started;
  const published = (api?.model()?.lastPublishedAt ?? Number.NaN) - started;
  const fromHost = (api?.model()?.lastPublishedAt ?? Number.NaN) - (api?.model()?.lastEditAt ?? Number.NaN);
  // The same measure as the 10k figure: from editor.edit() to the diagnostics event.
  figure(
    'sample diagnostics after edit (event delivered)',
    delivered,
    300,
    `typed ${USER_PAUSE_MS} ms after the file was shown; published ${published.toFixed(0)} ms after editor.edit() was called, ${fromHost.toFixed(0)} ms after the change reached the extension; VS Code batches the event by 50 ms; debounce ${vscode.workspace.getConfiguration('skm').get<number>('lint.debounceMs')} ms; lint ${api?.model()?.lastDuration.toFixed(1) ?? '?'} ms`,
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('opens the preview and builds the Markdown reports from commands', async () => {
  // Known leak (open): after the quick-fix test deleted periods/2022/period.yaml's label and reverted
  // the editor, the file is found saved without its label, so the build gate rightly refuses.
  // Restore it from git so this test builds the sample; `git status` names what leaked.
  const { execFileSync } = await import('node:child_process');
  const leaked = execFileSync('git', ['status', '--porcelain', '--', 'periods/2022/period.yaml'], { cwd: root(), encoding: 'utf8' }).trim();
  if (leaked) console.log(`note - restored from git before building: ${leaked}`);
  execFileSync('git', ['checkout', '--', 'periods/2022/period.yaml'], { cwd: root() });
  // The session's first open of the preview (its target is the first open's, not a refresh's),
  // pressed after a user's pause, as the other first-open figures are: the test before reverted an
  // edited file and VS Code may still be busy with it.
  await timeFirstOpen('sample first preview open (command → charts drawn)', 'the test before ended');
  await vscode.commands.executeCommand('skm.buildReports');
  const report = path.join(root(), 'reports', '2023-s1', 'laporan-skm.md');
  await waitFor(() => fs.existsSync(report), 30000);
  // 86 respondents: the sample's 85 plus the XSS row the driver appends.
  assert.match(fs.readFileSync(report, 'utf8'), /IKM unit pelayanan: \*\*85,08\*\*/);
});

test('scroll sync: the unsur, service or RTL item under the cursor scrolls the preview to its section', async () => {
  await waitFor(() => api?.preview.visible);
  const place = async (relative: string, pattern: RegExp, column: (text: string) => number, anchor: string): Promise<void> => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root(), relative)));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const line = lineMatching(document, pattern);
    assert.ok(line >= 0, `${relative} has ${String(pattern)}`);
    const position = new vscode.Position(line, column(document.lineAt(line).text));
    editor.selection = new vscode.Selection(position, position);
    // The webview answers with what it found: the round trip shows the section exists and was scrolled to.
    await waitFor(() => api?.preview.lastRevealed?.anchor === anchor, 10000).catch(() => {
      throw new Error(`expected ${anchor}, the preview last revealed ${JSON.stringify(api?.preview.lastRevealed)}`);
    });
    assert.equal(api?.preview.lastRevealed?.found, true, `${anchor} is a section of the preview`);
  };
  await place('periods/2023-s1/rtl.yaml', /^ {4}program: Memperkenalkan/, () => 6, 'rtl:rtl-2023s1-02');
  await place('skm.yaml', /code: kendaraan/, (text) => text.indexOf('kendaraan'), 'service:kendaraan');
  await place('periods/2023-s1/responses.csv', /^id,/, (text) => text.indexOf('U3') + 1, 'unsur:U3');
  await place('periods/2023-s1/period.yaml', /^ {2}stated:/, () => 4, 'section:ikm');
});

test('a refresh redraws only the charts that changed; the others keep their SVG', async () => {
  await waitFor(() => api?.preview.visible);
  /** Applies one edit and waits for the preview's next render. */
  const edit = async (relative: string, pattern: RegExp, replace: (text: string) => string): Promise<void> => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root(), relative)));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const line = lineMatching(document, pattern);
    assert.ok(line >= 0, `${relative} has ${String(pattern)}`);
    const renders = api?.preview.lastCharts.renders ?? 0;
    await editor.edit((change) => change.replace(document.lineAt(line).range, replace(document.lineAt(line).text)));
    await waitFor(() => (api?.preview.lastCharts.renders ?? 0) > renders, 15000);
  };
  // The stated sample size is in a table, in no chart.
  await edit('periods/2023-s1/period.yaml', /^ {2}stated: \d+/, () => '  stated: 90');
  const unchanged = api?.preview.lastCharts;
  assert.ok(unchanged && unchanged.charts >= 1, JSON.stringify(unchanged));
  assert.equal(unchanged.redrawn, 0, 'no chart changed: none is redrawn');
  // One answer of U1 changes that unsur's NRR: its chart is drawn again.
  await edit('periods/2023-s1/responses.csv', /^r001,/, (text) =>
    text.replace(/^((?:[^,]*,){8})3,/, (_whole, head: string) => `${head}1,`),
  );
  const changed = api?.preview.lastCharts;
  assert.ok(changed && changed.redrawn >= 1 && changed.charts === unchanged.charts, JSON.stringify(changed));
  for (const relative of ['periods/2023-s1/responses.csv', 'periods/2023-s1/period.yaml']) {
    await vscode.window.showTextDocument(vscode.Uri.file(path.join(root(), relative)), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
});

test('"Salin tabel": each preview table copies as Markdown or TSV to the clipboard', async () => {
  const markdown = await vscode.commands.executeCommand<string | undefined>('skm.copyPreviewTable', 'unsur-table', 'markdown');
  assert.ok(markdown);
  const lines = markdown.trimEnd().split('\n');
  assert.equal(lines.length, 11, 'header, separator and 9 unsur');
  assert.equal(lines[1], '| --- | --- | ---: | ---: | ---: | --- |');
  assert.match(lines[10] ?? '', /^\| U9 \| Sarana dan Prasarana \| 86 \| 3,62 \| 90,\d\d \| A \|$/);
  assert.equal(await vscode.env.clipboard.readText(), markdown);
  const tsv = await vscode.commands.executeCommand<string | undefined>('skm.copyPreviewTable', 'service-table', 'tsv');
  assert.ok(tsv);
  assert.deepEqual(tsv.split('\n')[0]?.split('\t'), ['Kode', 'Layanan', 'n', 'IKM', 'Mutu']);
  assert.ok(tsv.split('\n').some((line) => line.startsWith('rapat\t')));
  assert.equal(await vscode.env.clipboard.readText(), tsv);
  const rtl = await vscode.commands.executeCommand<string | undefined>('skm.copyPreviewTable', 'rtl-table', 'tsv');
  assert.match(rtl ?? '', /^rtl-2023s1-01\tU3\t.+\tBelum$/m);
  // A name the preview does not have copies nothing.
  assert.equal(await vscode.commands.executeCommand('skm.copyPreviewTable', '../x', 'markdown'), undefined);
});

test('exports the PDF through pandoc and Chromium and hands it to the system viewer', async () => {
  const started = performance.now();
  // The PDF is made for the period of the file in the editor.
  await vscode.window.showTextDocument(vscode.Uri.file(path.join(root(), 'periods/2023-s1/period.yaml')));
  const pdf = await vscode.commands.executeCommand<string | undefined>('skm.exportPdf');
  assert.ok(pdf, 'the command resolves to the PDF it wrote');
  assert.equal(path.relative(root(), path.dirname(pdf)), path.join('reports', '2023-s1'));
  assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
  console.log(`SPEED PDF export from the editor ${(performance.now() - started).toFixed(0)} ms (pandoc + Chromium, both reports)`);
});

test('the build gate: a lint error writes no report and names it; the draft command builds one marked DRAF', async () => {
  interface Built {
    exitCode: number;
    files: { path: string }[];
    diagnostics: { code: string; severity: string }[];
    marked: { path: string }[];
  }
  const unit = path.join(root(), 'skm.yaml');
  const original = fs.readFileSync(unit, 'utf8');
  const reports = path.join(root(), 'reports');
  fs.rmSync(reports, { recursive: true, force: true });
  fs.writeFileSync(unit, original.replace(/nip: "?(\d{18})"?/, 'nip: "1967071919930320"'));
  try {
    const refused = await vscode.commands.executeCommand<Built | undefined>('skm.buildReports');
    assert.ok(refused, 'the command resolves to the build outcome');
    assert.equal(refused.exitCode, 1);
    assert.deepEqual(refused.files, []);
    assert.ok(refused.diagnostics.some((diagnostic) => diagnostic.code === 'signatory.nip-invalid' && diagnostic.severity === 'error'));
    assert.equal(fs.existsSync(reports), false, 'nothing is written');
    const draft = await vscode.commands.executeCommand<Built | undefined>('skm.buildReports', { draft: true });
    assert.ok(draft);
    assert.equal(draft.exitCode, 0);
    assert.ok(draft.marked.length > 0);
    assert.match(fs.readFileSync(path.join(reports, '2023-s1', 'laporan-skm.md'), 'utf8'), /<div class="skm-draf"/);
  } finally {
    fs.writeFileSync(unit, original);
  }
});

test('the RTL history view lists item changes from git and opens the commit diff', async () => {
  // The driver made the workspace a git repository: "Data awal" by Ani, then Budi changed the
  // responsible unit of rtl-2023s1-01.
  const uri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/rtl.yaml'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await vscode.commands.executeCommand('skm.rtlHistory');
  assert.ok(api);
  await api.rtlHistory.settled();
  const items = api.rtlHistory.getChildren();
  const item = items.find((node) => node.kind === 'item' && node.itemId === 'rtl-2023s1-01');
  assert.ok(
    item,
    `items: ${JSON.stringify(items.map((node) => (node.kind === 'item' ? node.itemId : node.kind === 'note' ? node.text : node.label)))}`,
  );
  const changes = api.rtlHistory.getChildren(item);
  const change = changes.find(
    (node) => node.kind === 'change' && node.label === 'responsible' && node.detail === 'Bagian Tata Usaha → Bagian Umum',
  );
  assert.ok(
    change && change.kind === 'change',
    `changes: ${JSON.stringify(changes.map((node) => (node.kind === 'change' ? `${node.label}: ${node.detail}` : node.kind)))}`,
  );
  const treeItem = api.rtlHistory.getTreeItem(change);
  assert.match(String(treeItem.description), /^Budi · \d{4}-\d{2}-\d{2}$/);
  assert.ok(change.event.base, 'the change has a base version to compare with');
  // The first version's events: items added by Ani, with no base.
  const added = changes.find((node) => node.kind === 'change' && node.event.author === 'Ani');
  assert.ok(added && added.kind === 'change' && added.event.base === null);
  assert.ok(treeItem.command);
  await vscode.commands.executeCommand(treeItem.command.command, ...((treeItem.command.arguments ?? []) as unknown[]));
  const tab = await waitFor(() => {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    return input instanceof vscode.TabInputTextDiff ? input : undefined;
  });
  const left = (await vscode.workspace.openTextDocument(tab.original)).getText();
  const right = (await vscode.workspace.openTextDocument(tab.modified)).getText();
  assert.match(left, /id: rtl-2023s1-01\n(?:.*\n){4} {4}responsible: Bagian Tata Usaha\n/);
  assert.match(right, /id: rtl-2023s1-01\n(?:.*\n){4} {4}responsible: Bagian Umum\n/);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('imports responses: shows the mapping, asks, imports, and accounts for every row', async () => {
  const input = path.join(root(), '..', 'impor-uji.csv');
  const header = 'id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';
  fs.writeFileSync(
    input,
    `${header}\nimp-1,2023-04-03,08.00-12.00,rapat,P,41,S1,PNS,4,4,3,4,3,4,4,4,4,=HYPERLINK("x")\nimp-2,2024-01-05,08.00-12.00,rapat,L,30,S1,PNS,3,3,3,3,3,3,3,3,3,\n`,
  );
  const running = vscode.commands.executeCommand<{ read: number; imported: number; rejected: number } | undefined>(
    'skm.importResponses',
    input,
    '2023-s1',
  );
  // The mapping is shown beside before anything is written.
  const plan = await waitFor(() => vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'skm-import'), 20000);
  assert.match(plan.getText(), /U9/);
  assert.match(plan.getText(), /2 = .* 1 \+ .* 1/);
  const csv = path.join(root(), 'periods/2023-s1/responses.csv');
  assert.doesNotMatch(fs.readFileSync(csv, 'utf8'), /imp-1/);
  // Accept the first choice of the confirmation ("Import 1 rows").
  await sleep(500);
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  const summary = await running;
  assert.deepEqual(summary && { read: summary.read, imported: summary.imported, rejected: summary.rejected }, {
    read: 2,
    imported: 1,
    rejected: 1,
  });
  const written = fs.readFileSync(csv, 'utf8');
  assert.match(written, /^imp-1,2023-04-03,/m);
  assert.doesNotMatch(written, /imp-2/);
  // The saran is kept verbatim in the data.
  assert.match(written, /=HYPERLINK/);
  assert.ok(fs.readdirSync(path.join(root(), 'periods/2023-s1/imports')).some((name) => name.endsWith('.rejects.csv')));
});

/** node:perf_hooks' GC kinds (`PerformanceEntry.detail.kind`). */
const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weak callbacks' };

const speedTests: [string, () => Promise<void>][] = [
  [
    'speed on a workspace with 10,000 responses',
    async () => {
      const extension = vscode.extensions.getExtension<SkmApi>('skm-as-code.skm-as-code');
      api = await extension?.activate();
      assert.ok(api);
      figure('10k activation', api.activationMs, 150);
      // The extension host's garbage-collection pauses (this suite runs in the same process).
      const pauses: { at: number; ms: number; kind: number }[] = [];
      const { PerformanceObserver } = await import('node:perf_hooks');
      const gcObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          pauses.push({ at: entry.startTime, ms: entry.duration, kind: (entry as { detail?: { kind?: number } }).detail?.kind ?? 0 });
      });
      gcObserver.observe({ entryTypes: ['gc'] });
      const edits: number[] = [];
      const uri = vscode.Uri.file(path.join(root(), 'periods/2023-s1/period.yaml'));
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      await waitFor(() => diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch').length > 0);
      const { opening, commandAt } = await timeFirstOpen('10k first preview open (command → charts drawn)', 'the file was shown');
      const line = lineMatching(document, /stated: 85/);
      for (const stated of ['226', '85', '226']) {
        const started = performance.now();
        edits.push(started);
        const expectGone = stated === '226';
        const changed = new Promise<void>((resolve) => {
          const listener = vscode.languages.onDidChangeDiagnostics(() => {
            if ((diagnosticsFor('periods/2023-s1/period.yaml', 'sample.method-mismatch').length === 0) === expectGone) {
              listener.dispose();
              resolve();
            }
          });
        });
        const before = api.preview.lastRenderMs;
        await editor.edit((edit) =>
          edit.replace(new vscode.Range(line, 0, line, document.lineAt(line).text.length), `  stated: ${stated}`),
        );
        await changed;
        const diagnosticsMs = performance.now() - started;
        const publishedMs = (api.model()?.lastPublishedAt ?? Number.NaN) - started;
        const fromHostMs = (api.model()?.lastPublishedAt ?? Number.NaN) - (api.model()?.lastEditAt ?? Number.NaN);
        await waitFor(() => api?.preview.lastRenderMs !== before, 20000).catch(() => undefined);
        const previewMs = performance.now() - started;
        figure(
          `10k diagnostics after edit (stated ${stated})`,
          diagnosticsMs,
          300,
          `published ${publishedMs.toFixed(0)} ms after editor.edit(), ${fromHostMs.toFixed(0)} ms after the change reached the extension; debounce ${vscode.workspace.getConfiguration('skm').get<number>('lint.debounceMs')} ms; lint ${api.model()?.lastDuration.toFixed(1) ?? '?'} ms`,
        );
        figure(
          `10k preview refresh after edit (stated ${stated})`,
          previewMs,
          500,
          `charts redrawn ${api.preview.lastCharts.redrawn} of ${api.preview.lastCharts.charts}`,
        );
      }
      await timeShownAgain(document, api, figure);
      gcObserver.disconnect();
      const edit = (at: number): string => {
        const index = edits.filter((start) => start <= at).length - 1;
        return index < 0
          ? `${(at - opening).toFixed(0)} ms after the preview command`
          : `${(at - (edits[index] ?? 0)).toFixed(0)} ms after edit ${index + 1}`;
      };
      const major = pauses.filter((pause) => pause.ms >= 5 && pause.at >= opening);
      console.log(
        `SPEED 10k extension-host GC pauses ≥ 5 ms from the preview command on: ${major.map((pause) => `${pause.ms.toFixed(0)} ms ${GC_KINDS[pause.kind] ?? `kind ${pause.kind}`} ${edit(pause.at)}`).join('; ') || 'none'}`,
      );
      console.log(
        `SPEED 10k lint passes (ms, in order; w = the silent warm-up): ${api.model()?.passLog.join(', ') ?? '?'}; warm-up ${warmUp(api.model()?.warmUpSpan, commandAt)}`,
      );
    },
  ],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, body] of speedRun() ? speedTests : tests) {
    try {
      await body();
      // A speed test reports figures, not a verdict: "measured", never "ok".
      console.log(`${speedRun() ? 'measured' : 'ok'} - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  const total = speedRun() ? speedTests.length : tests.length;
  console.log(`${total - failed}/${total} extension-host tests passed`);
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}
