/**
 * Starting files for a new unit or period, from the PermenPANRB 14/2017 defaults. Plain text so
 * the user sees and owns every line.
 */
import { stringify } from 'yaml';
import { DEFAULT_PROFILE, PERMENPANRB_14_2017 } from '../model/rule-sets';

export function scaffoldUnit(name: string): string {
  const unit = {
    unit: { name, parent: '', city: '' },
    signatory: { name: '', nip: '', position: '' },
    ruleSet: PERMENPANRB_14_2017.id,
    mode: 'exact',
    unsur: PERMENPANRB_14_2017.unsur.map(({ code, label, question, options }) => ({ code, label, question, options })),
    services: [{ code: 'layanan-1', label: 'Jenis layanan pertama' }],
    profile: DEFAULT_PROFILE,
  };
  return `# Unit SKM — lihat docs/format.md\n${stringify(unit, { lineWidth: 0 })}`;
}

export function scaffoldPeriod(label: string, start: string, end: string): string {
  return `${stringify({ label, start, end, population: { size: 0, scope: 'period' }, sampling: { method: 'krejcie-morgan' }, schedule: [], team: [] }, { lineWidth: 0 })}`;
}

export function responsesHeader(unsurCodes: string[], profileKeys: string[]): string {
  return `${['id', 'date', 'time', 'service', ...profileKeys, ...unsurCodes, 'saran'].join(',')}\n`;
}
