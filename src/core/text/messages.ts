/**
 * User-facing strings, Bahasa Indonesia first with English. The CLI and the extension share this
 * catalogue; the extension passes `vscode.env.language` to `setLocale`. Each area keeps its own
 * catalogue file in `catalogue/`; this module merges them. Placeholders are `{name}`.
 */
import { cliMessages } from './catalogue/cli';
import { cliHelpMessages } from './catalogue/cli-help';
import { computeMessages } from './catalogue/compute';
import { editingMessages } from './catalogue/editing';
import { importMessages } from './catalogue/import';
import { lintMessages } from './catalogue/lint';
import { loadMessages } from './catalogue/load';
import { previewMessages } from './catalogue/preview';
import { reportMessages } from './catalogue/report';
import { rollupHelp, rollupMessages, rollupReportMessages } from './catalogue/rollup';
import { reviewMessages } from './catalogue/review';
import type { Catalogue } from './catalogue/types';
import { oneLine } from './one-line';

export type Locale = 'id' | 'en';

const catalogue: Catalogue = {
  ...loadMessages,
  ...lintMessages,
  ...computeMessages,
  ...reportMessages,
  ...previewMessages,
  ...editingMessages,
  ...cliMessages,
  ...cliHelpMessages,
  ...importMessages,
  ...rollupMessages,
  ...rollupHelp,
  ...rollupReportMessages,
  ...reviewMessages,
};

let currentLocale: Locale = 'id';

/** Selects the language of every later message; anything not starting with `en` means Indonesian. */
export function setLocale(locale: string | undefined): void {
  currentLocale = locale?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export function getLocale(): Locale {
  return currentLocale;
}

/** The language of the official reports' fixed text, whatever the interface speaks. */
export const REPORT_LOCALE: Locale = 'id';

/**
 * Runs `body` with every message in `locale`, then restores the previous language. Reports are
 * built inside `withLocale(REPORT_LOCALE, …)` so an English interface never leaks into them.
 */
export function withLocale<T>(locale: Locale, body: () => T): T {
  const previous = currentLocale;
  currentLocale = locale;
  try {
    return body();
  } finally {
    currentLocale = previous;
  }
}

/**
 * Looks a message up and fills its `{placeholders}`. An unknown key returns the key itself.
 * Every parameter is put on one line (`oneLine`): parameters are where file content is echoed.
 */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const entry = catalogue[key];
  const template = entry ? entry[currentLocale] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? String(value) : oneLine(value);
  });
}

/** Every key, for the test that checks both languages are filled in. */
export function messageKeys(): string[] {
  return Object.keys(catalogue);
}
