/** An RTL item flattened to named fields, so two versions compare field by field. */
import type { RtlItem } from '../model/types';

/** Items are compared with the next version and again as its previous one (history): flattened once. */
const flattened = new WeakMap<RtlItem, Record<string, string>>();

/** The item's fields by name (the same object for the same item: do not change it). */
export function rtlFields(item: RtlItem): Record<string, string> {
  const known = flattened.get(item);
  if (known) return known;
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
  flattened.set(item, fields);
  return fields;
}

export interface FieldChange {
  /** A field name (`realisation.status`), or a block name (`strategy`) when the block was removed. */
  field: string;
  before: string;
  after: string;
  /** Set when a whole block (`realisation`, `strategy`) was removed: one change instead of one per field. */
  removedBlock?: true;
}

/** The field names, in the order of `rtlFields`. */
const FIELDS: readonly string[] = [
  'unsur',
  'program',
  'quarters',
  'year',
  'horizon',
  'responsible',
  'realisation.status',
  'realisation.description',
  'realisation.dates',
  'realisation.challenges',
  'realisation.evidence',
  'strategy.strategy',
  'strategy.target',
  'strategy.responsible',
  'strategy.stakeholders',
];

/** The nested blocks of an item; removing one is reported as one change. */
const BLOCKS = ['realisation', 'strategy'] as const;

export function fieldChanges(before: RtlItem, after: RtlItem): FieldChange[] {
  const left = rtlFields(before);
  const right = rtlFields(after);
  const changes: FieldChange[] = [];
  const removed = BLOCKS.filter((block) => before[block] !== undefined && after[block] === undefined);
  for (const field of FIELDS) {
    if (left[field] === right[field]) continue;
    const block = removed.find((name) => field.startsWith(`${name}.`));
    if (block === undefined) {
      changes.push({ field, before: left[field] ?? '', after: right[field] ?? '' });
      continue;
    }
    if (changes.some((change) => change.field === block)) continue;
    const values = FIELDS.filter((name) => name.startsWith(`${block}.`) && left[name] !== '').map((name) => left[name] ?? '');
    changes.push({ field: block, before: values.join(' · '), after: '', removedBlock: true });
  }
  return changes;
}
