import { t } from '../../text/messages';
import { yamlRange, yamlValue } from '../locate';
import type { LintRule } from '../rule';
import { checkNip } from './check-nip';

export const signatoryNipInvalid: LintRule = {
  code: 'signatory.nip-invalid',
  defaultSeverity: 'error',
  description: {
    id: 'NIP penanda tangan tidak 18 angka, atau tanggal lahir, TMT atau digit jenis kelaminnya tidak valid.',
    en: "The signatory's NIP is not 18 digits, or its birth date, appointment month or sex digit is invalid.",
  },
  check(context) {
    const file = context.workspace.unit.file;
    const raw = yamlValue(context, file, ['signatory', 'nip']);
    // An unquoted number is a schema.type error already; its digits may have been rounded.
    if (typeof raw !== 'string') return [];
    const nip = raw.replace(/\s+/g, '');
    const problem = checkNip(nip);
    if (!problem) return [];
    return [
      {
        file,
        range: yamlRange(context, file, ['signatory', 'nip']),
        message: t('signatory.nip-invalid', { nip: raw, reason: t(problem.problem, { part: problem.part ?? '' }) }),
        data: { reason: problem.problem },
      },
    ];
  },
};
