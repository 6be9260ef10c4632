/** Cover page and signature block. */
import type { Period, Unit } from '../model/types';
import { formatDate } from '../text/format';
import { escapeMarkdown } from './markdown';

export function cover(title: string[], unit: Unit, year: string): string {
  return [
    '<div class="cover">',
    '',
    ...title.map((line) => `**${escapeMarkdown(line)}**  `),
    '',
    `**${escapeMarkdown(unit.name.toUpperCase())}**  `,
    unit.parent ? `${escapeMarkdown(unit.parent)}  ` : '',
    `**${year}**`,
    '',
    '</div>',
  ]
    .filter((line, index, all) => !(line === '' && all[index - 1] === ''))
    .join('\n');
}

export function signatureBlock(unit: Unit, period: Period): string {
  const place = unit.city ?? '';
  const date = period.reportDate ? formatDate(period.reportDate) : '';
  const signatory = unit.signatory;
  const lines = [`${escapeMarkdown([place, date].filter(Boolean).join(', '))}  `];
  if (signatory) {
    lines.push(`${escapeMarkdown(signatory.position)}  `, '', '', '', `**${escapeMarkdown(signatory.name)}**  `);
    if (signatory.rank) lines.push(`${escapeMarkdown(signatory.rank)}  `);
    lines.push(`NIP. ${escapeMarkdown(formatNip(signatory.nip))}`);
  } else {
    lines.push('(penanda tangan belum diisi di skm.yaml)');
  }
  return ['<div class="signature">', '', ...lines, '', '</div>'].join('\n');
}

/** `196707191993032006` → `19670719 199303 2 006`, the way NIPs are printed. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

export const PAGE_BREAK = '<div class="page-break"></div>';
