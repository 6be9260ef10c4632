-- Per unit, period and unsur: the NRR's numerator and denominator and the sum of squared scores
-- (from the histogram; 0 for summary-only periods), pooled over the whole unit (service = '*').
-- A unit-period has one rule set and unsur set: they come once, from unit-period.sql (grouping
-- and returning them here for every unsur row cost a national roll-up a third of its query time).
-- Plain aggregates: DuckDB and ClickHouse 18.16 run this file as it is (docs/scale.md).
SELECT
  unit,
  period,
  unsur,
  max(label) AS label,
  sum(CASE WHEN measure = 'answered' THEN value ELSE 0 END) AS answered,
  sum(CASE WHEN measure = 'score_sum' THEN value ELSE 0 END) AS score_sum,
  sum(CASE WHEN measure = 'histogram' THEN value * point * point ELSE 0 END) AS sum_squares,
  sum(CASE WHEN measure = 'histogram' THEN value ELSE 0 END) AS histogram_count
FROM aggregate
WHERE service = '*' AND measure IN ('answered', 'score_sum', 'histogram')
GROUP BY unit, period, unsur
ORDER BY unit, period, unsur
