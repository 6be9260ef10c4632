/**
 * Per jenis layanan results. Each service pools its own respondents' answers (never an average of
 * averages); the unit's IKM is computed from all answers pooled, not from these. Services appear
 * in the unit's order (codes in the data's order when the unit declares none). Summary-only
 * periods use `summary.byService` when it is there.
 */
import { CategoryList } from '../model/categories';
import type { RuleSet } from '../model/rule-sets';
import type { Period, Unit } from '../model/types';
import type { RawStatistics } from './compute-core';
import { ikmFigures } from './ikm-figures';
import type { ModeInfo, ServiceResult, ServiceSample } from './result';
import { krejcieMorgan, slovin } from './sample-size';

interface ServiceCounts {
  respondents: number;
  answered: number[];
  total: number[];
}

/**
 * Counts per service code. With declared services the list is closed: an alias or another case of
 * a code pools with it, and a service outside the list is in no row (lint reports it as
 * `responses.service-unknown`). A unit that declares no services keeps the codes as written.
 */
function collect(period: Period, unit: Unit, raw: RawStatistics | null): Map<string, ServiceCounts> {
  const found = new Map<string, ServiceCounts>();
  const list = new CategoryList(unit.services);
  const add = (written: string, counts: ServiceCounts): void => {
    const code = list.isEmpty ? written : list.resolve(written);
    if (code === undefined) return;
    const into = found.get(code);
    if (!into) {
      found.set(code, counts);
      return;
    }
    into.respondents += counts.respondents;
    counts.answered.forEach((value, index) => (into.answered[index] = (into.answered[index] ?? 0) + value));
    counts.total.forEach((value, index) => (into.total[index] = (into.total[index] ?? 0) + value));
  };
  if (raw) {
    for (const [code, accumulator] of raw.accumulator.byService) {
      add(code, { respondents: accumulator.respondents, answered: Array.from(accumulator.answered), total: Array.from(accumulator.total) });
    }
  } else if (period.summary) {
    for (const [code, service] of Object.entries(period.summary.byService)) {
      add(code, {
        respondents: service.respondents,
        answered: unit.unsur.map((unsur) => service.unsur[unsur.code]?.answered ?? 0),
        total: unit.unsur.map((unsur) => service.unsur[unsur.code]?.total ?? 0),
      });
    }
  }
  return found;
}

export function computeByService(period: Period, unit: Unit, ruleSet: RuleSet, mode: ModeInfo, raw: RawStatistics | null): ServiceResult[] {
  const found = collect(period, unit, raw);
  if (found.size === 0) return [];
  const codes = [
    ...unit.services.map((service) => service.code),
    ...[...found.keys()].filter((code) => !unit.services.some((service) => service.code === code)),
  ];
  return codes.map((code) => {
    const counts = found.get(code) ?? { respondents: 0, answered: unit.unsur.map(() => 0), total: unit.unsur.map(() => 0) };
    const unsur = unit.unsur.map((definition, index) => {
      const answered = counts.answered[index] ?? 0;
      return { code: definition.code, answered, nrr: answered > 0 ? (counts.total[index] ?? 0) / answered : null };
    });
    const { ikm, ikmConverted, band } = ikmFigures(
      unsur.map((result, index) => ({ answered: result.answered, total: counts.total[index] ?? 0 })),
      mode,
      ruleSet,
    );
    const label = unit.services.find((service) => service.code === code)?.label ?? code;
    return {
      code,
      label,
      respondents: counts.respondents,
      ikm,
      ikmConverted,
      grade: band?.mutu ?? null,
      unsur,
      sample: serviceSample(period, code, counts.respondents),
    };
  });
}

/** Krejcie–Morgan and Slovin for one service, from `population.byService` in period.yaml. */
function serviceSample(period: Period, code: string, respondents: number): ServiceSample | null {
  const population = period.population?.byService?.[code];
  if (population === undefined || population <= 0) return null;
  const margin = period.sampling?.margin;
  const km = krejcieMorgan(population);
  const sl = slovin(population, period.sampling?.method === 'slovin' ? (margin ?? 0.05) : 0.05);
  const minimum = period.sampling?.method === 'slovin' ? sl : km;
  return { population, krejcieMorgan: km, slovin: sl, adequate: minimum === null ? null : respondents >= minimum };
}
