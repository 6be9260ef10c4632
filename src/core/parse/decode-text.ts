/**
 * Bytes → text. UTF-8 is the contract; a UTF-8 BOM is dropped. A UTF-16 file (little or big
 * endian, told by its byte-order mark or, without one, by the zero bytes that every ASCII
 * character carries in one half of its code unit) is read as UTF-16; a file that is not valid
 * UTF-8 is read as Windows-1252 (what spreadsheets on Indonesian Windows save). Either is reported
 * with a warning naming the encoding used, so nothing is lost and the user learns why.
 */
import type { Diagnostic } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import { t } from '../text/messages';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

/** How many leading bytes `detectUtf16` looks at. */
export const UTF16_SAMPLE = 4096;

/**
 * UTF-16 told from the first bytes of a file (`UTF16_SAMPLE` are enough): a byte-order mark, or
 * zero bytes in at least a third of the code units, all on the same side (ASCII text in UTF-16).
 */
export function detectUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const units = Math.min(head.length, UTF16_SAMPLE) >> 1;
  if (units < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let unit = 0; unit < units; unit++) {
    if (head[2 * unit] === 0) evenZeros++;
    if (head[2 * unit + 1] === 0) oddZeros++;
  }
  if (oddZeros * 3 >= units && evenZeros * 8 <= oddZeros) return 'utf-16le';
  if (evenZeros * 3 >= units && oddZeros * 8 <= evenZeros) return 'utf-16be';
  return undefined;
}

/** The warning for a file read in another encoding than UTF-8. */
export function encodingDiagnostic(file: string, encoding: Exclude<TextEncodingName, 'utf-8'>): Diagnostic {
  const message = encoding === 'windows-1252' ? t('file.encoding') : t('file.encoding-utf16', { encoding: encodingLabel(encoding) });
  return { code: 'file.encoding', severity: 'warning', message, file, range: pointRange(0, 0) };
}

export function encodingLabel(encoding: TextEncodingName): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' }[encoding];
}

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const utf16 = detectUtf16(bytes.subarray(0, UTF16_SAMPLE));
  if (utf16) {
    // The decoder drops the byte-order mark; an odd last byte becomes U+FFFD.
    const text = new TextDecoder(utf16).decode(bytes);
    return { text, encoding: utf16, diagnostics: [encodingDiagnostic(file, utf16)] };
  }
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: 'utf-8', diagnostics: [] };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252', diagnostics: [encodingDiagnostic(file, 'windows-1252')] };
  }
}

/**
 * The end of the first line of UTF-16 bytes (after its line feed code unit), or `bytes.length`:
 * a 0x0A byte counts only as the low byte of U+000A.
 */
export function utf16LineEnd(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const low = encoding === 'utf-16le' ? 0 : 1;
  for (let unit = 0; 2 * unit + 1 < bytes.length; unit++)
    if (bytes[2 * unit + low] === 10 && bytes[2 * unit + 1 - low] === 0) return 2 * unit + 2;
  return bytes.length;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
