/**
 * The extension's own strings in the language chosen by `skm.language` (not only VS Code's display
 * language, which cannot be switched to Indonesian offline). English is the source text; the
 * Indonesian comes from `l10n/bundle.l10n.id.json`. Placeholders are `{0}`, `{1}`, …
 */
import * as vscode from 'vscode';
import indonesian from '../../l10n/bundle.l10n.id.json';
import type { Locale } from '../../src/core/text/messages';
import { getLocale, setLocale } from '../../src/core/text/messages';
import type { LanguageSetting } from './settings';

const bundle: Record<string, string> = indonesian;

/** Sets the language of the engine's messages and of `tr`; `auto` follows VS Code's display language. */
export function applyLanguage(setting: LanguageSetting): Locale {
  setLocale(setting === 'auto' ? vscode.env.language : setting);
  return getLocale();
}

/** Translates one of the extension's strings and fills `{0}`-style placeholders. */
export function tr(message: string, ...args: (string | number)[]): string {
  const template = getLocale() === 'id' ? (bundle[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
