-- The catalogue indicator an indicator's metric names (catalogue module: id such as gdp, canonical name such as
-- 地区生产总值), null for a free metric, and the attribute its document gives it (binding 约束性 / anticipatory
-- 预期性), null where the document does not say. Rows stored before this migration stay null until their document
-- is analysed again (or the tables are rebuilt from the events, README "Rebuild the target database from events").
alter table indicator add column catalogue_id text;
alter table indicator add column catalogue_name text;
alter table indicator add column attribute text;
create index indicator_catalogue_id on indicator (catalogue_id);
