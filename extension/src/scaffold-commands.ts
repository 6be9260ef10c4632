/**
 * "New Unit" and "New Period": scaffolds written through `vscode.workspace.fs`, so they work on the
 * desktop and in the browser (github.dev, vscode.dev) alike. The text comes from the core
 * (`src/core/load/scaffold.ts`); an existing file is never overwritten.
 */
import * as vscode from 'vscode';
import { periodFromId, responsesHeader, scaffoldPeriod, scaffoldUnit } from '../../src/core/load/scaffold';
import type { HostContext } from './host/host';
import { tr } from './l10n';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

export function registerScaffoldCommands(context: HostContext): void {
  context.register('skm.newUnit', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void vscode.window.showErrorMessage(tr('Open a folder first.'));
    const target = vscode.Uri.joinPath(folder.uri, 'skm.yaml');
    if (await exists(target)) return vscode.window.showTextDocument(target);
    const name = await vscode.window.showInputBox({ prompt: tr('Name of the service unit'), value: 'Unit Pelayanan' });
    if (!name) return undefined;
    await write(target, scaffoldUnit(name));
    const model = context.ensureModel(folder.uri);
    await model.disk.changed('skm.yaml');
    model.invalidate();
    return vscode.window.showTextDocument(target);
  });

  // The id may be passed as an argument (tests, keybindings); otherwise it is asked for.
  context.register('skm.newPeriod', async (argument?: unknown) => {
    const model = context.model();
    if (!model) return void vscode.window.showErrorMessage(tr('There is no skm.yaml in this workspace. Run "SKM: New Unit" first.'));
    const valid = (value: string): boolean => /^[a-z0-9][a-z0-9-]*$/i.test(value);
    const id =
      typeof argument === 'string' && valid(argument)
        ? argument
        : await vscode.window.showInputBox({
            prompt: tr('Period id (folder name), e.g. 2025-s1'),
            validateInput: (value) => (valid(value) ? undefined : tr('Letters, digits and hyphens only')),
          });
    if (!id) return undefined;
    const folder = `periods/${id}`;
    await vscode.workspace.fs.createDirectory(model.uriOf(folder));
    const periodFile = model.uriOf(`${folder}/period.yaml`);
    const { label, start, end } = periodFromId(id, new Date().getFullYear());
    if (!(await exists(periodFile))) await write(periodFile, scaffoldPeriod(label, start, end));
    const workspace = model.result.loaded.workspace;
    const responses = model.uriOf(`${folder}/responses.csv`);
    if (!(await exists(responses)) && workspace)
      await write(
        responses,
        responsesHeader(
          workspace.unit.unsur.map((unsur) => unsur.code),
          workspace.unit.profile.map((attribute) => attribute.key),
        ),
      );
    // The host's files learn of the new folder before the next pass (the watcher may come later).
    await model.disk.changed(folder);
    model.invalidate();
    return vscode.window.showTextDocument(periodFile);
  });
}
