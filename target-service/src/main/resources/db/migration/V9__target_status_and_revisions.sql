-- Targets only where a document states one, graded, keyed by the catalogue indicator (issue 15 item 4).
--   stated         true when at least one indicator of the group is a target (kind = 'target'); groups of actuals
--                  only are series (GET /api/series), not listed by /api/targets
--   catalogue_id,  the catalogue indicator the group is keyed by (地区生产总值 / GDP / 生产总值 are one target),
--   catalogue_name null for a free metric keyed by its synonym-table name
--   attribute      binding / anticipatory: what the target statements say most often, else the catalogue's usual
--   status         achieved / on_track / lagging / no_data (TargetStatusRule, docs/architecture.md)
-- Revisions are not copied into a table of their own: every document's target statement stays an indicator row, and
-- the earlier values of a target year are read from those rows with their documents' dates (TargetStatementRows),
-- so deleting or re-analysing a document removes its revision with it.
alter table target add column stated boolean not null default false;
alter table target add column catalogue_id text;
alter table target add column catalogue_name text;
alter table target add column attribute text;
alter table target add column status text;

-- the target statements of a target: read on every recompute of a target to find its current value and revisions
create index indicator_target_statements on indicator (target_id) where kind = 'target';
-- series read actuals by catalogue indicator or metric
create index indicator_actual_series on indicator (catalogue_id, region) where kind = 'actual';

update target t set stated = exists (select 1 from indicator i where i.target_id = t.id and i.kind = 'target');
-- rows keyed before this migration take the catalogue indicator most of their indicators name; their status stays
-- null until a document of theirs is applied again (or the tables are rebuilt from the events)
update target t set catalogue_id = c.catalogue_id, catalogue_name = c.catalogue_name
from (select distinct on (target_id) target_id, catalogue_id, catalogue_name
      from indicator where catalogue_id is not null
      group by target_id, catalogue_id, catalogue_name
      order by target_id, count(*) desc, catalogue_id) c
where c.target_id = t.id;
