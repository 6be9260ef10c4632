/**
 * Fills one narrative section: the period's Markdown if it has one, otherwise our default text.
 * The Markdown is sanitised (`sanitizeNarrative`: no raw HTML, no raw blocks, only workspace and
 * `https:` targets), then variables are replaced by escaped values. Unknown variables become
 * diagnostics located in the Markdown file.
 */
import type { Diagnostic, Range } from '../model/diagnostic';
import type { Period } from '../model/types';
import { LineIndex } from '../parse/line-index';
import type { Locale } from '../text/messages';
import { t, withLocale } from '../text/messages';
import { DEFAULT_TEXT } from './default-text';
import type { ReviewMarks } from './review-marks';
import { insertMarks, renderMarks } from './review-marks';
import { sanitizeNarrative } from './narrative-markdown';
import type { NarrativeFindingCode } from './narrative-markdown';
import { trimSafe } from './safe';
import type { SafeMarkdown } from './safe';
import { renderNarrative, VARIABLE_PATTERN } from './variables';

export interface NarrativeContext {
  period: Period;
  texts: Map<string, string>;
  variables: ReadonlyMap<string, SafeMarkdown>;
  diagnostics: Diagnostic[];
  /** Prefix that turns a workspace-relative path into one relative to the report file. */
  assetBase: string;
  /** The language of the diagnostics (the interface's), while the report text stays Indonesian. */
  messageLocale?: Locale;
  /** Open findings to mark where they stand (a marked report only). */
  marks?: ReviewMarks;
}

/** The folder of a workspace-relative file path. */
export const folderOf = (file: string): string => file.slice(0, Math.max(0, file.lastIndexOf('/')));

/** `defaultKey` picks another default text when the period has none of its own for `key`. */
export function narrativeSection(context: NarrativeContext, key: string, defaultKey = key): SafeMarkdown {
  const file = context.period.narrative[key];
  const own = file === undefined ? undefined : context.texts.get(file);
  if (own !== undefined && file !== undefined) {
    const lines = new LineIndex(own);
    for (const match of own.matchAll(VARIABLE_PATTERN)) {
      const name = match[1] ?? '';
      if (context.variables.has(name)) continue;
      const offset = match.index ?? 0;
      context.diagnostics.push({
        code: 'narrative.unknown-variable',
        severity: 'error',
        message: withLocale(context.messageLocale ?? 'id', () => t('narrative.unknown-variable', { name })),
        file,
        range: lines.range(offset, offset + match[0].length),
      });
    }
  }
  // Marks travel through sanitising and variables as sentinels and become markup last.
  const marks = own !== undefined && file !== undefined && context.marks ? context.marks.narrative(file) : [];
  const source = own === undefined ? (DEFAULT_TEXT[defaultKey] ?? '') : insertMarks(own, marks);
  const sanitized = sanitizeNarrative(source, { folder: file === undefined ? '' : folderOf(file), assetBase: context.assetBase });
  return renderMarks(trimSafe(renderNarrative(sanitized.markdown, context.variables).text), marks);
}

export interface MarkupFinding {
  code: NarrativeFindingCode;
  range: Range;
  message: string;
}

/** What `sanitizeNarrative` changed in one narrative file, as located findings. */
export function narrativeMarkupFindings(file: string, text: string): MarkupFinding[] {
  const lines = new LineIndex(text);
  const subject = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return sanitizeNarrative(text, { folder: folderOf(file), assetBase: '' }).findings.map((finding) => ({
    code: finding.code,
    range: lines.range(finding.offset, finding.offset + finding.length),
    message:
      finding.code === 'narrative.raw-html'
        ? t('narrative.raw-html', { subject: subject(finding.subject) })
        : t('narrative.link-target', { target: subject(finding.subject) }),
  }));
}
