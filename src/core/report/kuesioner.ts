/** Lampiran: the printable questionnaire generated from the unit's unsur and profile. */
import type { Unit } from '../model/types';
import { mdText } from './escape';
import { joinSafe, mdt } from './safe';
import type { SafeMarkdown } from './safe';

const box = mdt`☐`;
const gap = mdt` \u2003 `;

export function kuesioner(unit: Unit): SafeMarkdown {
  const lines: SafeMarkdown[] = [];
  lines.push(mdt`**KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM) ${mdText(unit.name.toUpperCase())}**`, mdt``);
  lines.push(mdt`Tanggal: ____ / ____ / ________ \u2003 Waktu: ${box} 08.00–12.00 \u2003 ${box} 13.00–17.00`, mdt``);
  const services =
    unit.services.length > 0
      ? joinSafe(
          unit.services.map((service) => mdt`${box} ${mdText(service.label)}`),
          gap,
        )
      : mdt`______________________________`;
  lines.push(mdt`Jenis layanan yang diterima: ${services}`, mdt``);
  lines.push(mdt`**Profil responden**`, mdt``);
  for (const attribute of unit.profile) {
    const choices =
      attribute.options.length === 0
        ? mdt`______ tahun`
        : joinSafe(
            attribute.options.map((option) => mdt`${box} ${mdText(option.label)}`),
            gap,
          );
    lines.push(mdt`- ${mdText(attribute.label)}: ${choices}`);
  }
  lines.push(mdt``, mdt`**Pendapat responden tentang pelayanan** (lingkari satu jawaban)`, mdt``);
  unit.unsur.forEach((unsur, index) => {
    lines.push(mdt`${index + 1}. ${mdText(unsur.question || unsur.label)}`);
    unsur.options.forEach((option, optionIndex) =>
      lines.push(mdt`    ${mdText(String.fromCharCode(97 + optionIndex))}. ${mdText(option)}`),
    );
    lines.push(mdt``);
  });
  lines.push(
    mdt`**Saran dan masukan:**`,
    mdt``,
    mdt`_______________________________________________________________`,
    mdt``,
    mdt`_______________________________________________________________`,
  );
  return joinSafe(lines);
}
