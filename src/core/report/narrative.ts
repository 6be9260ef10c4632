/**
 * Fills one narrative section: the period's Markdown if it has one, otherwise our default text,
 * with variables replaced. Unknown variables become diagnostics located in the Markdown file.
 */
import type { Diagnostic } from '../model/diagnostic';
import type { Period } from '../model/types';
import { LineIndex } from '../parse/line-index';
import { t } from '../text/messages';
import { DEFAULT_TEXT } from './default-text';
import { renderNarrative } from './variables';

export interface NarrativeContext {
  period: Period;
  texts: Map<string, string>;
  variables: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** `defaultKey` picks another default text when the period has none of its own for `key`. */
export function narrativeSection(context: NarrativeContext, key: string, defaultKey = key): string {
  const file = context.period.narrative[key];
  const own = file === undefined ? undefined : context.texts.get(file);
  const source = own ?? DEFAULT_TEXT[defaultKey] ?? '';
  const rendered = renderNarrative(source, context.variables);
  if (own !== undefined && file !== undefined && rendered.unknown.length > 0) {
    const lines = new LineIndex(own);
    for (const unknown of rendered.unknown) {
      context.diagnostics.push({
        code: 'narrative.unknown-variable',
        severity: 'error',
        message: t('narrative.unknown-variable', { name: unknown.name }),
        file,
        range: lines.range(unknown.offset, unknown.offset + unknown.length),
      });
    }
  }
  return rendered.text.trim();
}
