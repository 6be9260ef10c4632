/**
 * Remembers parsed responses between lint passes, keyed by the file's text and the unit file's
 * text, so the editor re-lints a 10,000-row workspace after an edit to `period.yaml` without
 * parsing the unchanged CSV again (its messages are kept in the language they were made in). A pass keeps only the entries it used, so the cache never
 * holds more than the workspace's current files. Pure: no I/O, no clock.
 */
import { getLocale } from '../text/messages';
import type { LoadedResponses } from './load-responses';

interface Entry {
  text: string;
  unitText: string;
  /** The messages' language: a change of language re-reads the file. */
  locale: string;
  loaded: LoadedResponses;
}

export class LoadCache {
  private entries = new Map<string, Entry>();
  private used = new Map<string, Entry>();
  /** Lookups answered from the cache since it was made (for tests and speed figures). */
  hits = 0;

  /** The cached result for `file` when its text and the unit's text are unchanged, else `load()`'s. */
  responses(file: string, text: string, unitText: string, load: () => LoadedResponses): LoadedResponses {
    const known = this.entries.get(file) ?? this.used.get(file);
    if (known && known.text === text && known.unitText === unitText && known.locale === getLocale()) {
      this.hits++;
      this.used.set(file, known);
      return known.loaded;
    }
    const entry = { text, unitText, locale: getLocale(), loaded: load() };
    this.used.set(file, entry);
    return entry.loaded;
  }

  /** Ends a pass: forgets what the pass did not use. */
  endPass(): void {
    this.entries = this.used;
    this.used = new Map();
  }
}
