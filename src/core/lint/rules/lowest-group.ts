import type { PeriodResult, RankedUnsur } from '../../compute/result';

/**
 * The unsur the RTL must cover: the three lowest by NRR plus every unsur tied with the third
 * (ties at the cut-off are real and must be named, never broken silently).
 */
export function lowestGroup(result: PeriodResult): { members: RankedUnsur[]; cutOff: RankedUnsur[] } {
  const members = [...result.lowest, ...result.ties.lowest];
  const third = result.lowest[result.lowest.length - 1];
  const cutOff = third ? members.filter((unsur) => unsur.nrr === third.nrr) : [];
  return { members, cutOff: cutOff.length > 1 ? cutOff : [] };
}
