/** An RTL item flattened to named fields, so two versions compare field by field. */
import type { RtlItem } from '../model/types';

export function rtlFields(item: RtlItem): Record<string, string> {
  const fields: Record<string, string> = {
    unsur: item.unsur,
    program: item.program,
    quarters: item.quarters.join(', '),
    year: String(item.year),
    horizon: item.horizon ?? '',
    responsible: item.responsible,
    'realisation.status': item.realisation?.status ?? '',
    'realisation.description': item.realisation?.description ?? '',
    'realisation.dates': item.realisation?.dates.join(', ') ?? '',
    'realisation.challenges': item.realisation?.challenges ?? '',
    'realisation.evidence': item.realisation?.evidence.map((evidence) => `${evidence.file} (${evidence.caption})`).join('; ') ?? '',
    'strategy.strategy': item.strategy?.strategy ?? '',
    'strategy.target': item.strategy?.target ?? '',
    'strategy.responsible': item.strategy?.responsible ?? '',
    'strategy.stakeholders': item.strategy?.stakeholders ?? '',
  };
  return fields;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export function fieldChanges(before: RtlItem, after: RtlItem): FieldChange[] {
  const left = rtlFields(before);
  const right = rtlFields(after);
  return Object.keys(left)
    .filter((field) => left[field] !== right[field])
    .map((field) => ({ field, before: left[field] ?? '', after: right[field] ?? '' }));
}
