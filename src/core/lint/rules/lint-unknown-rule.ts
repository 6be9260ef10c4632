import { asObject } from '../../load/coerce';
import { didYouMean } from '../../text/did-you-mean';
import { t } from '../../text/messages';
import { yamlRange, yamlValue } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/**
 * A `lint.rules` override naming a code that does not exist. `knownCodes` is a function because
 * the list of codes includes this rule's own table (see `rules/index.ts`).
 */
export function lintUnknownRule(knownCodes: () => readonly string[]): LintRule {
  return {
    code: 'lint.unknown-rule',
    defaultSeverity: 'warning',
    description: {
      id: 'Kode di skm.yaml lint.rules yang tidak dikenal; pengaturannya tidak berpengaruh.',
      en: 'A code in skm.yaml lint.rules that does not exist; the setting has no effect.',
    },
    check(context) {
      const file = context.workspace.unit.file;
      const known = knownCodes();
      const findings: RuleFinding[] = [];
      for (const code of Object.keys(asObject(yamlValue(context, file, ['lint', 'rules'])))) {
        if (known.includes(code)) continue;
        const suggestion = didYouMean(code, known);
        findings.push({
          file,
          range: yamlRange(context, file, ['lint', 'rules', code], 'key'),
          message: t('lint.unknown-rule', { code, hint: suggestion ? t('did-you-mean', { suggestion }) : '' }),
          data: suggestion ? { code, suggestion } : { code },
        });
      }
      return findings;
    },
  };
}
