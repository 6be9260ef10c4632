/**
 * The audit trail of an RTL file: given its versions oldest first (from git), every field change
 * of every stable item id, with the commit that made it. A version whose YAML does not parse is
 * reported and skipped; the next good version is compared with the last good one.
 */
import { t } from '../text/messages';
import { fieldChanges, rtlFields } from '../diff/rtl-fields';
import type { FieldChange } from '../diff/rtl-fields';
import { readRtlVersion } from './rtl-version';
import type { RtlVersionRead } from './rtl-version';
import type { RtlItem } from '../model/types';

export interface RtlVersion {
  commit: string;
  author: string;
  date: string;
  message: string;
  path: string;
  text: string | null;
}

export interface HistoryEvent {
  commit: string;
  author: string;
  date: string;
  message: string;
  path: string;
  itemId: string;
  kind: 'added' | 'removed' | 'changed';
  changes: FieldChange[];
  /** The version this one was compared with (the last valid one before it); null for the first. */
  base: { commit: string; path: string } | null;
}

export interface RtlHistory {
  events: HistoryEvent[];
  /** Versions skipped because their YAML was invalid (or the file was unreadable). */
  skipped: { commit: string; path: string; reason: string }[];
  versions: number;
}

export function rtlHistory(versions: RtlVersion[], itemId?: string): RtlHistory {
  const events: HistoryEvent[] = [];
  const skipped: RtlHistory['skipped'] = [];
  let previous = new Map<string, RtlItem>();
  let base: HistoryEvent['base'] = null;
  const reads = new Map<string, RtlVersionRead>();
  for (const version of versions) {
    if (version.text === null) {
      skipped.push({ commit: version.commit, path: version.path, reason: t('history.skip.missing') });
      continue;
    }
    // A text seen before (a revert, a rename) gives the same items: read once.
    const key = `${version.path}\0${version.text}`;
    let read = reads.get(key);
    if (!read) reads.set(key, (read = readRtlVersion(version.path, version.text)));
    if ('reason' in read) {
      skipped.push({ commit: version.commit, path: version.path, reason: read.reason });
      continue;
    }
    const items = read.items;
    const meta = { commit: version.commit, author: version.author, date: version.date, message: version.message, path: version.path, base };
    for (const [id, item] of items) {
      if (itemId !== undefined && id !== itemId) continue;
      const before = previous.get(id);
      if (!before) {
        const fields = rtlFields(item);
        events.push({
          ...meta,
          itemId: id,
          kind: 'added',
          changes: Object.entries(fields)
            .filter(([, value]) => value !== '')
            .map(([field, value]) => ({ field, before: '', after: value })),
        });
      } else {
        const changes = fieldChanges(before, item);
        if (changes.length > 0) events.push({ ...meta, itemId: id, kind: 'changed', changes });
      }
    }
    for (const id of previous.keys()) {
      if ((itemId === undefined || id === itemId) && !items.has(id)) events.push({ ...meta, itemId: id, kind: 'removed', changes: [] });
    }
    previous = items;
    base = { commit: version.commit, path: version.path };
  }
  return { events, skipped, versions: versions.length };
}
