/** The extension's settings, read in one place with defaults applied. */
import * as vscode from 'vscode';

export type LanguageSetting = 'auto' | 'id' | 'en';

export interface Settings {
  debounceMs: number;
  pandocPath: string;
  chromiumPath: string;
  gitPath: string;
  /** Language of diagnostics, hovers, the preview, messages and the CLI it runs (`SKM_LANG`). */
  language: LanguageSetting;
}

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'id', 'en'];

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration('skm');
  const language = config.get<string>('language', 'auto');
  return {
    debounceMs: config.get<number>('lint.debounceMs', 50),
    pandocPath: config.get<string>('pandocPath', 'pandoc'),
    chromiumPath: config.get<string>('chromiumPath', '/usr/bin/chromium'),
    gitPath: config.get<string>('gitPath', 'git'),
    language: (LANGUAGES as readonly string[]).includes(language) ? (language as LanguageSetting) : 'auto',
  };
}
