/**
 * The one sanitising boundary between text from user files and the reports (docs/security.md).
 *
 * Output is built from branded strings: `SafeMarkdown`, `SafeHtml` and `SafeMermaid` are strings
 * that only this module and `escape.ts` produce. The tagged templates `mdt`, `htmlt` and `mm` trust
 * their literal parts (our own code) and accept as interpolations only values of the same brand or
 * numbers — so `md\`**${unit.name}**\`` does not compile; it must be `md\`**${mdText(unit.name)}**\``.
 * Report builders take and return the branded types, so a raw string cannot reach the output by
 * concatenation without a type error. Everything else (`+`, `.trim()`, plain template literals)
 * gives back a plain `string`, which no builder accepts.
 */

declare const BRAND: unique symbol;

/** A string that is safe in the output context `C`. */
export type Safe<C extends string> = string & { readonly [BRAND]: C };
/** Markdown (pandoc's and GitHub's) in which every user string was escaped. */
export type SafeMarkdown = Safe<'markdown'>;
/** HTML in which every user string was escaped for its text or attribute context. */
export type SafeHtml = Safe<'html'>;
/** mermaid source in which every label was reduced to inert characters. */
export type SafeMermaid = Safe<'mermaid'>;

/** Brands a string. Only the escapers and the tags below call it; never call it on user text. */
export function brand<C extends string>(text: string): Safe<C> {
  return text as Safe<C>;
}

type Piece<C extends string> = Safe<C> | number | readonly Safe<C>[];

function tag<C extends string>(): (strings: TemplateStringsArray, ...values: Piece<C>[]) => Safe<C> {
  return (strings, ...values) => {
    let out = strings[0] ?? '';
    values.forEach((value, index) => {
      out += (Array.isArray(value) ? value.join('') : String(value)) + (strings[index + 1] ?? '');
    });
    return brand<C>(out);
  };
}

/** Markdown from our literal text and already-safe pieces (numbers are written with `String`). */
export const mdt = tag<'markdown'>();
/** HTML from our literal markup and already-safe pieces. */
export const htmlt = tag<'html'>();
/** mermaid source from our literal syntax and already-safe labels. */
export const mm = tag<'mermaid'>();

/** Joins safe pieces of one context with a safe separator (default: a newline). */
export function joinSafe<C extends string>(parts: readonly Safe<C>[], separator: Safe<C> = brand<C>('\n')): Safe<C> {
  return brand<C>(parts.join(separator));
}

/** Drops leading and trailing white space; trimming cannot make text unsafe. */
export function trimSafe<C extends string>(text: Safe<C>): Safe<C> {
  return brand<C>(text.trim());
}

/** The empty string of each context. */
export const EMPTY_MARKDOWN: SafeMarkdown = mdt``;
export const EMPTY_HTML: SafeHtml = htmlt``;
