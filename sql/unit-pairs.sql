-- Per unit, period and unsur pair: the statistics over respondents who answered both, for the
-- covariance term of the IKM's confidence interval (raw responses only).
SELECT
  unit,
  period,
  unsur,
  unsur_pair,
  sum(CASE WHEN measure = 'pair_count' THEN value ELSE 0 END) AS pair_count,
  sum(CASE WHEN measure = 'pair_sum_first' THEN value ELSE 0 END) AS pair_sum_first,
  sum(CASE WHEN measure = 'pair_sum_second' THEN value ELSE 0 END) AS pair_sum_second,
  sum(CASE WHEN measure = 'pair_product' THEN value ELSE 0 END) AS pair_product
FROM aggregate
WHERE service = '*' AND measure IN ('pair_count', 'pair_sum_first', 'pair_sum_second', 'pair_product')
GROUP BY unit, period, unsur, unsur_pair
ORDER BY unit, period, unsur, unsur_pair
