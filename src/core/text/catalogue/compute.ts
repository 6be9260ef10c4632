import type { Catalogue } from './types';

/** Strings of the compute area (`src/core/compute/`, `skm compute`). */
export const computeMessages: Catalogue = {
  'compute.mode.exact': { id: 'eksak (bobot 1/{count}, tanpa pembulatan antara)', en: 'exact (weight 1/{count}, no intermediate rounding)' },
  'compute.mode.template-0.111': { id: 'kompatibel template (bobot 0,111)', en: 'template-compatible (weight 0.111)' },
  'compute.mode.template-0.11': { id: 'kompatibel template (bobot 0,11)', en: 'template-compatible (weight 0.11)' },
  'compute.mode.template-0.111-round3': { id: 'kompatibel template (bobot 0,111; NRR dan NRR×bobot dibulatkan 3 desimal)', en: 'template-compatible (weight 0.111; NRR and NRR×weight rounded to 3 decimals)' },
  'compute.mode.template-0.11-round3': { id: 'kompatibel template (bobot 0,11; NRR dan NRR×bobot dibulatkan 3 desimal)', en: 'template-compatible (weight 0.11; NRR and NRR×weight rounded to 3 decimals)' },
  'compute.no-data': { id: 'Periode {period} tidak memiliki responses.csv maupun summary.yaml; IKM tidak dapat dihitung.', en: 'Period {period} has neither responses.csv nor summary.yaml; the IKM cannot be computed.' },
  'compute.no-valid-responses': { id: 'Periode {period} tidak memiliki jawaban yang sah; IKM tidak dapat dihitung.', en: 'Period {period} has no valid answers; the IKM cannot be computed.' },
  'compute.unsur-unanswered': { id: 'Tidak ada jawaban sah untuk unsur {codes}; IKM dihitung dari unsur lainnya.', en: 'No valid answers for unsur {codes}; the IKM is computed from the other unsur.' },
  'compute.unknown-period': { id: 'Periode {period} tidak ada di workspace.', en: 'Period {period} is not in the workspace.' },
};
