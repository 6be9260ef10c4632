import { t } from '../../text/messages';
import { yamlRange, yamlValue } from '../locate';
import type { LintRule } from '../rule';

/** Reports print a NIP as `19670719 199303 2 006`; the file keeps the 18 digits. */
export const signatoryNipSpaces: LintRule = {
  code: 'signatory.nip-spaces',
  defaultSeverity: 'error',
  description: {
    id: 'NIP ditulis dengan spasi; tulis 18 angka tanpa spasi.',
    en: 'The NIP is written with spaces; write the 18 digits without spaces.',
  },
  check(context) {
    const file = context.workspace.unit.file;
    const raw = yamlValue(context, file, ['signatory', 'nip']);
    if (typeof raw !== 'string' || !/\s/.test(raw.trim())) return [];
    const normalised = raw.replace(/\s+/g, '');
    return [
      {
        file,
        range: yamlRange(context, file, ['signatory', 'nip']),
        message: t('signatory.nip-spaces', { nip: raw, normalised }),
        data: { normalised },
      },
    ];
  },
};
