-- The year an undated indicator most likely refers to, inferred from its document (a target without a year in a
-- 十四五 document is due at the end of 2025; an actual without a year in a 十四五 plan describes 2020). The stated
-- year column stays as extracted; aggregation uses coalesce(year, inferred_year) and marks inferred points.
alter table indicator add column inferred_year int;
