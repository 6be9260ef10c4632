/** Cover page and signature block. */
import type { Period, Unit } from '../model/types';
import { formatDate } from '../text/format';
import { mdText } from './escape';
import { joinSafe, mdt } from './safe';
import type { SafeMarkdown } from './safe';

/** Removes a blank line that follows another. */
export const collapseBlankLines = (lines: readonly SafeMarkdown[]): SafeMarkdown[] =>
  lines.filter((line, index, all) => !(line === '' && all[index - 1] === ''));

export function cover(title: string[], unit: Unit, year: string): SafeMarkdown {
  return joinSafe(
    collapseBlankLines([
      mdt`<div class="cover">`,
      mdt``,
      ...title.map((line) => mdt`**${mdText(line)}**  `),
      mdt``,
      mdt`**${mdText(unit.name.toUpperCase())}**  `,
      unit.parent ? mdt`${mdText(unit.parent)}  ` : mdt``,
      mdt`**${mdText(year)}**`,
      mdt``,
      mdt`</div>`,
    ]),
  );
}

export function signatureBlock(unit: Unit, period: Period): SafeMarkdown {
  const place = unit.city ?? '';
  const date = period.reportDate ? formatDate(period.reportDate) : '';
  const signatory = unit.signatory;
  const lines = [mdt`${mdText([place, date].filter(Boolean).join(', '))}  `];
  if (signatory) {
    lines.push(mdt`${mdText(signatory.position)}  `, mdt``, mdt``, mdt``, mdt`**${mdText(signatory.name)}**  `);
    if (signatory.rank) lines.push(mdt`${mdText(signatory.rank)}  `);
    lines.push(mdt`NIP. ${mdText(formatNip(signatory.nip))}`);
  } else {
    lines.push(mdt`(penanda tangan belum diisi di skm.yaml)`);
  }
  return joinSafe([mdt`<div class="signature">`, mdt``, ...lines, mdt``, mdt`</div>`]);
}

/** `196707191993032006` → `19670719 199303 2 006`, the way NIPs are printed. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

export const PAGE_BREAK = mdt`<div class="page-break"></div>`;
