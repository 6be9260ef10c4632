/** Lampiran: the printable questionnaire generated from the unit's unsur and profile. */
import type { Unit } from '../model/types';
import { escapeMarkdown } from './markdown';

const box = '☐';

export function kuesioner(unit: Unit): string {
  const lines: string[] = [];
  lines.push(`**KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM) ${escapeMarkdown(unit.name.toUpperCase())}**`, '');
  lines.push(`Tanggal: ____ / ____ / ________ \u2003 Waktu: ${box} 08.00–12.00 \u2003 ${box} 13.00–17.00`, '');
  const services =
    unit.services.length > 0
      ? unit.services.map((service) => `${box} ${escapeMarkdown(service.label)}`).join(' \u2003 ')
      : '______________________________';
  lines.push(`Jenis layanan yang diterima: ${services}`, '');
  lines.push('**Profil responden**', '');
  for (const attribute of unit.profile) {
    const choices =
      attribute.options.length === 0
        ? '______ tahun'
        : attribute.options.map((option) => `${box} ${escapeMarkdown(option.label)}`).join(' \u2003 ');
    lines.push(`- ${escapeMarkdown(attribute.label)}: ${choices}`);
  }
  lines.push('', '**Pendapat responden tentang pelayanan** (lingkari satu jawaban)', '');
  unit.unsur.forEach((unsur, index) => {
    lines.push(`${index + 1}. ${escapeMarkdown(unsur.question || unsur.label)}`);
    unsur.options.forEach((option, optionIndex) => lines.push(`    ${String.fromCharCode(97 + optionIndex)}. ${escapeMarkdown(option)}`));
    lines.push('');
  });
  lines.push(
    '**Saran dan masukan:**',
    '',
    '_______________________________________________________________',
    '',
    '_______________________________________________________________',
  );
  return lines.join('\n');
}
