-- Regions with GB/T 2260 codes (regions module). An indicator's region is the registry's standard name with its
-- code, level and parent code when the registry resolves it (太原 and 太原市 are both 太原市 140100); a name it does
-- not resolve (unknown, or namesakes the text does not decide) stays as written with a null code. A target takes
-- its region from its indicators and is keyed by the code when there is one (140100|地区生产总值|十四五), else by
-- the name as before.
--
-- The registry lives in Java, so this migration only adds the columns. Rows stored before it are migrated when the
-- service starts (RegionBackfill): every document with an indicator whose region now resolves is applied again
-- from its stored indicators, which moves them to the code-keyed target (RETRACTED/ADDED and target events, as a
-- synonym regrouping does) and removes the name-keyed target they leave empty.
-- indicator.region_level (V1) keeps its meaning: the level of the region, now the registry's when resolved.
alter table indicator add column region_code text;
alter table indicator add column region_parent_code text;
create index indicator_region_code on indicator (region_code text_pattern_ops);

alter table target add column region_code text;
alter table target add column region_level text;
alter table target add column region_parent_code text;
create index target_region_code on target (region_code text_pattern_ops);
