import { modeRefusal } from '../../compute/modes';
import { yamlRange } from '../locate';
import type { LintRule } from '../rule';

/**
 * A template mode whose printed weight was written for another unsur count (0,111 for nine unsur
 * on a unit of fourteen): its weights do not sum to 1 and the IKM would leave the scale.
 */
export const ikmModeNotApplicable: LintRule = {
  code: 'ikm.mode-not-applicable',
  defaultSeverity: 'error',
  description: {
    id: 'Bobot mode template ditulis untuk jumlah unsur yang lain.',
    en: "The template mode's weight was written for another unsur count.",
  },
  check(context) {
    const { unit } = context.workspace;
    const refusal = modeRefusal(unit.mode, unit.unsur.length);
    if (refusal === null) return [];
    return [
      {
        file: unit.file,
        range: yamlRange(context, unit.file, ['mode']),
        message: refusal,
        data: { mode: unit.mode, unsurCount: unit.unsur.length },
      },
    ];
  },
};
