import { findRuleSet } from '../../model/rule-sets';
import { t } from '../../text/messages';
import { yamlRange, yamlValue } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { UnsurTopicIndex } from '../unsur-topic';

/**
 * An unsur whose label names one standard unsur while its answer scale (and question) belong to
 * another: the report would print one topic and compute another (seed 000's U4).
 */
export const unsurLabelMismatch: LintRule = {
  code: 'unsur.label-mismatch',
  defaultSeverity: 'warning',
  description: {
    id: 'Label unsur menyebut unsur standar lain daripada pertanyaan dan skala jawabannya.',
    en: "An unsur's label names a different standard unsur from its question and answer scale.",
  },
  check(context) {
    const unit = context.workspace.unit;
    const ruleSet = findRuleSet(unit.ruleSetId);
    const listed = yamlValue(context, unit.file, ['unsur']);
    if (!ruleSet || !Array.isArray(listed)) return [];
    const index = new UnsurTopicIndex(ruleSet);
    const findings: RuleFinding[] = [];
    unit.unsur.forEach((unsur, position) => {
      const topics = index.topics(unsur);
      const labelTopic = topics.label[0];
      // Only a scale that is recognisably one standard unsur's can contradict the label.
      if (labelTopic === undefined || topics.scale.length === 0 || topics.scale.includes(labelTopic)) return;
      const questionTopic = topics.question[0];
      if (questionTopic !== undefined && questionTopic === labelTopic) return;
      const scaleTopic = questionTopic !== undefined && topics.scale.includes(questionTopic) ? questionTopic : (topics.scale[0] ?? '');
      findings.push({
        file: unit.file,
        range: yamlRange(context, unit.file, ['unsur', position, 'label']),
        message: t('unsur.label-mismatch', {
          code: unsur.code,
          label: unsur.label,
          labelTopic: index.label(labelTopic),
          scaleTopic: index.label(scaleTopic),
          options: unsur.options.join(' / '),
        }),
        data: { code: unsur.code, labelTopic, scaleTopic },
      });
    });
    return findings;
  },
};
