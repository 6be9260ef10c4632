/**
 * The one place an echoed value is made safe for a one-line message: a value from a user file
 * (a cell, a key, a tool's stderr) may hold line breaks, terminal control sequences, bidi
 * overrides or megabytes of text. `t()` passes every parameter through here, so every message
 * stays one line per finding, behind its file:line:col.
 */

/** Longest echoed value, in UTF-16 units; longer ones are cut with an ellipsis. */
export const MAX_ECHOED_LENGTH = 500;

const NAMED: Record<string, string> = { '\r\n': '\\r\\n', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 and C1 controls, DEL, the Unicode line/paragraph separators and the bidi embedding,
// override and isolate characters (they can make a terminal line read differently).
// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const UNSAFE = /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `value` on one line: unsafe characters as visible escapes, cut at `MAX_ECHOED_LENGTH`. */
export function oneLine(value: string): string {
  let cut = value.length > MAX_ECHOED_LENGTH ? value.slice(0, MAX_ECHOED_LENGTH) : value;
  const last = cut.charCodeAt(cut.length - 1);
  if (cut !== value && last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const escaped = cut.replace(UNSAFE, (character) => NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return cut === value ? escaped : `${escaped}…`;
}
