-- Per unit and period: identity, respondents and the compliance facts (docs/aggregate.md).
-- Only the whole unit's respondents row (service '*', one per unit-period, always written) and
-- the unit-level facts (service '') are read: the per-service and per-unsur rows (nearly all of
-- a national file) carry nothing this query sums.
SELECT
  unit,
  period,
  rule_set,
  unsur_set,
  max(unit_name) AS unit_name,
  max(period_label) AS period_label,
  max(period_start) AS period_start,
  max(period_end) AS period_end,
  max(source) AS source,
  max(revision) AS revision,
  sum(CASE WHEN measure = 'respondents' AND service = '*' THEN value ELSE 0 END) AS respondents,
  sum(CASE WHEN measure = 'population' THEN value ELSE 0 END) AS population,
  sum(CASE WHEN measure = 'population' THEN 1 ELSE 0 END) AS has_population,
  sum(CASE WHEN measure = 'sample_minimum' THEN value ELSE 0 END) AS sample_minimum,
  sum(CASE WHEN measure = 'rtl_planned' THEN 1 ELSE 0 END) AS has_rtl,
  sum(CASE WHEN measure = 'rtl_planned' THEN value ELSE 0 END) AS rtl_planned,
  sum(CASE WHEN measure = 'rtl_realised' THEN value ELSE 0 END) AS rtl_realised,
  sum(CASE WHEN measure = 'rtl_reported' THEN value ELSE 0 END) AS rtl_reported,
  sum(CASE WHEN measure = 'rtl_overdue' THEN value ELSE 0 END) AS rtl_overdue,
  sum(CASE WHEN measure = 'rtl_lowest_missing' THEN value ELSE 0 END) AS rtl_lowest_missing,
  sum(CASE WHEN measure = 'report' AND category = 'current' THEN value ELSE 0 END) AS report_current,
  sum(CASE WHEN measure = 'report' AND category = 'stale' THEN value ELSE 0 END) AS report_stale,
  sum(CASE WHEN measure = 'report' AND category = 'uncommitted' THEN value ELSE 0 END) AS report_uncommitted
FROM aggregate
WHERE (service = '*' AND measure = 'respondents') OR service = ''
GROUP BY unit, period, rule_set, unsur_set
ORDER BY unit, period
