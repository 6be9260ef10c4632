/**
 * The unit's vocabulary for editing help: unsur codes, service codes and profile values, each
 * with a label, as the unit file (or its rule set's defaults) defines them.
 */
import type { Unit } from '../model/types';

export type CodeKind = 'unsur' | 'service';

export interface NamedCode {
  code: string;
  label: string;
}

export function unsurCodes(unit: Unit): NamedCode[] {
  return unit.unsur.map((unsur) => ({ code: unsur.code, label: unsur.label }));
}

export function serviceCodes(unit: Unit): NamedCode[] {
  return unit.services.map((service) => ({ code: service.code, label: service.label }));
}

/** The option codes of one profile attribute (empty for free values such as age). */
export function profileValues(unit: Unit, key: string): NamedCode[] {
  return unit.profile.find((attribute) => attribute.key === key)?.options.map((option) => ({ ...option })) ?? [];
}

/** Whether `word` is one of the unit's unsur or service codes, and which. */
export function kindOfCode(unit: Unit, word: string): CodeKind | undefined {
  if (unit.unsur.some((unsur) => unsur.code === word)) return 'unsur';
  if (unit.services.some((service) => service.code === word)) return 'service';
  return undefined;
}

/** A valid code: a letter, then letters, digits, `_` or `-` (the schemas' pattern). */
export const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
