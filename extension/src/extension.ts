/** The desktop entry (`main`, Node extension host): the shared activation with the Node host. */
import type * as vscode from 'vscode';
import type { SkmApi } from './activate';
import { activateWith } from './activate';
import { nodeHost } from './host/node-host';

export type { SkmApi } from './activate';

export function activate(context: vscode.ExtensionContext): SkmApi | undefined {
  return activateWith(context, nodeHost);
}

export function deactivate(): void {}
