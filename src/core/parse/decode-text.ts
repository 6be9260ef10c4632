/**
 * Bytes → text. UTF-8 is the contract; a UTF-8 BOM is dropped; a file that is not valid UTF-8 is
 * read as Windows-1252 (what spreadsheets on Indonesian Windows save) and reported, so nothing is
 * lost and the user learns why accents may look wrong.
 */
import type { Diagnostic } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import { t } from '../text/messages';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: 'utf-8', diagnostics: [] };
  } catch {
    return {
      text: windows1252.decode(bytes),
      encoding: 'windows-1252',
      diagnostics: [{ code: 'file.encoding', severity: 'warning', message: t('file.encoding'), file, range: pointRange(0, 0) }],
    };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
