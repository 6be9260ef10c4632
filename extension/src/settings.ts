/** The extension's settings, read in one place with defaults applied. */
import * as vscode from 'vscode';

export interface Settings {
  debounceMs: number;
  pandocPath: string;
  chromiumPath: string;
  gitPath: string;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration('skm');
  return {
    debounceMs: config.get<number>('lint.debounceMs', 150),
    pandocPath: config.get<string>('pandocPath', 'pandoc'),
    chromiumPath: config.get<string>('chromiumPath', '/usr/bin/chromium'),
    gitPath: config.get<string>('gitPath', 'git'),
  };
}
