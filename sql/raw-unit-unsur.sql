-- The same figures as unit-unsur.sql, from raw answers collected centrally: one row per answer
-- in a table `responses` (unit, period, rule_set, unsur_set, service, respondent, unsur, score).
-- Invalid scores (outside 1–4) are not answers. Output columns match unit-unsur.sql.
SELECT
  unit,
  period,
  unsur,
  '' AS label,
  count(*) AS answered,
  sum(score) AS score_sum,
  sum(score * score) AS sum_squares,
  count(*) AS histogram_count
FROM responses
WHERE score BETWEEN 1 AND 4
GROUP BY unit, period, unsur
ORDER BY unit, period, unsur
