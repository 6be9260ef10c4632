/**
 * The browser entry (`browser`, web worker extension host of github.dev / vscode.dev): the shared
 * activation with the web host — files through `vscode.workspace.fs`, no processes.
 */
import type * as vscode from 'vscode';
import type { SkmApi } from './activate';
import { activateWith } from './activate';
import { webHost } from './host/web-host';

export function activate(context: vscode.ExtensionContext): SkmApi | undefined {
  return activateWith(context, webHost);
}

export function deactivate(): void {}
