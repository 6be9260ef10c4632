/**
 * One version of an RTL file → its items by id, or why the version is skipped. A file in plain
 * YAML (`plain-yaml.ts`) is read by the quick reader; any other, and any file that reader refuses,
 * by `parseYaml` — the same items with the same sources either way (property-tested), and the
 * skip reasons always come from `parseYaml`. `skm history` reads hundreds of versions per run.
 */
import { t } from '../text/messages';
import { rtlFromValue, loadRtl } from '../load/load-rtl';
import type { RtlItem } from '../model/types';
import { stripBom } from '../parse/decode-text';
import { LineIndex } from '../parse/line-index';
import { parseYaml } from '../parse/parse-yaml';
import { plainScalarAt, plainValue, readPlainYaml } from '../parse/plain-yaml';

export type RtlVersionRead = { items: Map<string, RtlItem> } | { reason: string };

export function readRtlVersion(file: string, rawText: string): RtlVersionRead {
  const quick = quickItems(file, rawText);
  if (quick) return { items: byId(quick) };
  const parsed = parseYaml(file, rawText);
  const error = parsed.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (error || parsed.value === undefined) {
    return {
      reason: error ? t('history.skip.error', { message: error.message, line: error.range.start.line + 1 }) : t('history.skip.invalid'),
    };
  }
  return { items: byId(loadRtl(parsed, '').items) };
}

/** The items through the quick reader; `undefined` when it refuses the text or a source is not a scalar. */
export function quickItems(file: string, rawText: string): RtlItem[] | undefined {
  const text = stripBom(rawText);
  const root = readPlainYaml(text);
  if (!root) return undefined;
  const lines = new LineIndex(text);
  let located = true;
  const rtl = rtlFromValue(file, plainValue(root), '', (path) => {
    const scalar = plainScalarAt(root, path);
    if (!scalar) located = false;
    return scalar ? lines.range(scalar.start, scalar.end) : lines.range(0, 1);
  });
  return located ? rtl.items : undefined;
}

function byId(items: RtlItem[]): Map<string, RtlItem> {
  return new Map(items.map((item) => [item.id, item]));
}
