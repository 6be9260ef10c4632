-- The instansi's pooled figures: per rule set, unsur set, period and unsur, every answer of every
-- unit in the group added up (pool answers, never average averages). Units whose rule set or
-- unsur set differ fall in different groups and are never pooled together.
SELECT
  rule_set,
  unsur_set,
  period,
  unsur,
  sum(CASE WHEN measure = 'answered' THEN value ELSE 0 END) AS answered,
  sum(CASE WHEN measure = 'score_sum' THEN value ELSE 0 END) AS score_sum,
  count(DISTINCT unit) AS units
FROM aggregate
WHERE service = '*' AND measure IN ('answered', 'score_sum')
GROUP BY rule_set, unsur_set, period, unsur
ORDER BY rule_set, unsur_set, period, unsur
