/**
 * Starting files for a new unit or period, from the PermenPANRB 14/2017 defaults. Plain text so
 * the user sees and owns every line.
 */
import { stringify } from 'yaml';
import { DEFAULT_PROFILE, PERMENPANRB_14_2017 } from '../model/rule-sets';
import { romanNumeral } from '../text/format';
import { daysInMonth } from './dates';

/**
 * A new unit: every required key filled, the 14/2017 unsur and profile written out so the unit
 * can rename and reorder them, and the keys only the unit can fill (address, signatory) as
 * commented templates — the file lints without errors until the user opts in to them.
 */
export function scaffoldUnit(name: string): string {
  const body = {
    unit: { name },
    ruleSet: PERMENPANRB_14_2017.id,
    mode: 'exact',
    unsur: PERMENPANRB_14_2017.unsur.map(({ code, label, question, options }) => ({ code, label, question, options })),
    services: [{ code: 'layanan-1', label: 'Jenis layanan pertama' }],
    profile: DEFAULT_PROFILE,
  };
  const [unitBlock = '', ...rest] = stringify(body, { lineWidth: 0 }).split(/\n(?=ruleSet:)/);
  return [
    '# Unit SKM — lihat docs/format.md',
    unitBlock.trimEnd(),
    '  # parent: Nama instansi induk',
    '  # city: Kota tempat laporan ditandatangani',
    '# Penandatangan laporan (wajib sebelum laporan disusun) / report signatory:',
    '# signatory:',
    '#   name: Nama lengkap dengan gelar',
    '#   nip: "NIP 18 digit"',
    '#   rank: Pangkat, golongan',
    '#   position: Jabatan',
    ...rest,
  ].join('\n');
}

/** A new period; the population is a commented template (the sample-size rules need its real size). */
export function scaffoldPeriod(label: string, start: string, end: string): string {
  return [
    stringify({ label, start, end }, { lineWidth: 0 }).trimEnd(),
    '# Jumlah penerima layanan selama periode ini / service users in this period:',
    '# population:',
    '#   size: 0',
    '#   scope: period',
    stringify({ sampling: { method: 'krejcie-morgan' }, schedule: [], team: [] }, { lineWidth: 0 }),
  ].join('\n');
}

/**
 * Label and dates of a new period from its folder id, following the samples' naming:
 * `2025-s1` → Semester I 2025 (1 Jan–30 Jun), `2025-s2` → Semester II, `2023-tw4` → Triwulan IV
 * 2023 (1 Oct–31 Dec), `2024` → Tahun 2024. Any other id keeps its name as the label and gets the
 * first semester of `fallbackYear`, for the user to edit.
 */
export function periodFromId(id: string, fallbackYear: number): { label: string; start: string; end: string } {
  const pad = (value: number): string => String(value).padStart(2, '0');
  // A semester is the k-th span of six months, a triwulan the k-th span of three.
  const span = (name: string, year: number, k: number, months: number): { label: string; start: string; end: string } => {
    const last = k * months;
    return {
      label: `${name} ${romanNumeral(k)} ${year}`,
      start: `${year}-${pad(last - months + 1)}-01`,
      end: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`,
    };
  };
  const semester = /^(\d{4})-s([12])$/i.exec(id);
  if (semester) return span('Semester', Number(semester[1]), Number(semester[2]), 6);
  const quarter = /^(\d{4})-tw([1-4])$/i.exec(id);
  if (quarter) return span('Triwulan', Number(quarter[1]), Number(quarter[2]), 3);
  const whole = /^(\d{4})$/.exec(id);
  if (whole) return { label: `Tahun ${whole[1]}`, start: `${whole[1]}-01-01`, end: `${whole[1]}-12-31` };
  return { label: id, start: `${fallbackYear}-01-01`, end: `${fallbackYear}-06-30` };
}

/** A period id is a folder name: letters, digits and hyphens, starting with a letter or digit. */
export const PERIOD_ID = /^[a-z0-9][a-z0-9-]*$/i;

export function responsesHeader(unsurCodes: string[], profileKeys: string[]): string {
  return `${['id', 'date', 'time', 'service', ...profileKeys, ...unsurCodes, 'saran'].join(',')}\n`;
}
