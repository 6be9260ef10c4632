/**
 * The last check on pandoc's HTML before it is written or printed (docs/security.md). pandoc gets
 * Markdown whose user text is escaped and whose raw HTML is switched off, so its output holds
 * only its own elements; this pass still keeps only known elements and attributes, keeps links
 * to `https:`, `#fragment` and relative paths, and turns every image into a `data:` URI read from
 * a file inside the workspace (after `realpath`). Any other image is replaced by its alt text
 * and named in `refused`. The result needs nothing from the network or the file system to display.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GuardedHtml {
  html: string;
  /** Image sources that were removed: not a file inside the workspace, missing, or not an image. */
  refused: string[];
}

const ELEMENTS = new Set(
  (
    'html head meta title style body header footer main section article nav aside div span p br hr h1 h2 h3 h4 h5 h6 ' +
    'em strong b i u s del ins sub sup small mark q cite abbr code pre kbd samp var blockquote ul ol li dl dt dd ' +
    'table caption colgroup col thead tbody tfoot tr th td figure figcaption img a'
  ).split(' '),
);
const ATTRIBUTES = new Set(
  'id class lang xml:lang xmlns dir title alt colspan rowspan width height start type charset name content style href src aria-hidden role'.split(
    ' ',
  ),
);
const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};
/** Elements dropped with their content. */
const DROPPED = /<(script|iframe|object|embed|template|noscript|svg|math|form|textarea|select|button)\b[^]*?<\/\1\s*>/gi;

const decodeEntities = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const safeHref = (value: string): boolean =>
  /^https:\/\/[^\s"'<>\\]+$/i.test(value) || /^#[\w.-]*$/.test(value) || (!/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[/\\]/.test(value));
const safeStyle = (value: string): boolean => /^[\w\s:;.%#,-]*$/.test(value);
/** The meta elements pandoc writes; anything else (`http-equiv` refresh, CSP overrides) goes. */
const safeMeta = (attributes: Map<string, string>): boolean =>
  attributes.has('charset') || ['generator', 'viewport'].includes(attributes.get('name') ?? '');

/** `file` is inside `root` once both are resolved through symlinks. */
export function insideRoot(root: string, file: string): boolean {
  try {
    const real = fs.realpathSync(file);
    const realRoot = fs.realpathSync(root);
    return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  } catch {
    return false;
  }
}

export function guardHtml(html: string, options: { reportFolder: string; workspaceRoot: string }): GuardedHtml {
  const refused: string[] = [];
  const embed = (source: string): string | undefined => {
    let relative: string;
    try {
      relative = decodeURIComponent(source);
    } catch {
      return undefined;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(relative) || /^[/\\]/.test(relative)) return undefined;
    const file = path.resolve(options.reportFolder, relative);
    const mime = MIME[path.extname(file).toLowerCase()];
    if (!mime || !insideRoot(options.workspaceRoot, file) || !fs.statSync(file).isFile()) return undefined;
    return `data:${mime};base64,${fs.readFileSync(file).toString('base64')}`;
  };
  const withoutDropped = html.replace(DROPPED, '');
  const guarded = withoutDropped.replace(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g, (_whole, closing: string, name: string, rest: string) => {
    const element = name.toLowerCase();
    if (!ELEMENTS.has(element)) return '';
    if (closing) return `</${element}>`;
    const attributes = new Map<string, string>();
    for (const match of rest.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      const key = (match[1] ?? '').toLowerCase();
      if (ATTRIBUTES.has(key)) attributes.set(key, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    if (element === 'meta' && !safeMeta(attributes)) return '';
    if (attributes.has('style') && !safeStyle(attributes.get('style') ?? '')) attributes.delete('style');
    if (attributes.has('href') && (element !== 'a' || !safeHref(attributes.get('href') ?? ''))) attributes.delete('href');
    if (element === 'img') {
      const source = attributes.get('src') ?? '';
      const data = embed(source);
      if (data === undefined) {
        refused.push(source);
        // The alt text stays, as text.
        return (attributes.get('alt') ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      }
      attributes.set('src', data);
    } else attributes.delete('src');
    const written = [...attributes].map(
      ([key, value]) => ` ${key}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`,
    );
    const selfClosing = /\/\s*$/.test(rest) ? ' /' : '';
    return `<${element}${written.join('')}${selfClosing}>`;
  });
  return { html: guarded, refused };
}
