-- What grading reads of a target's statements, kept up to date instead of folded on every apply (issue 16).
-- TargetStatementSummaryRows used to fold every target statement of each touched target (V9's partial index): in
-- the load benchmark every copy of a plan states the same ~30 targets again, so PostgreSQL's work per document grew
-- with the number of documents that had stated them before. These tables hold the result of that fold per
-- (target, document), kept by triggers whatever writes the indicators (applying a set, regrouping, retracting a
-- deleted document) or a document's date (document_run); grading then reads a few rows per target through indexes.
--
-- The rules are TargetRevisions' (and V9's fold): only statements of a year (stated, else inferred) in a canonical
-- unit (blank = none) compete for that year and unit; each document counts once, with the value it states most
-- often (the largest on a tie); a document's date is its stated date, else the day (UTC) its earliest such
-- statement was stored; the current value is the latest date's, of the last document in id order. Dates and ids
-- compare in "C" order, as Java's String does.

-- A target's target statements of one document: how many, and how many say binding / anticipatory.
create table target_statement_source (
    target_id    bigint not null references target (id) on delete cascade,
    document_id  text collate "C" not null,
    statements   int    not null,
    binding      int    not null,
    anticipatory int    not null,
    primary key (target_id, document_id)
);

-- The sums of target_statement_source per target (a target without target statements has no row).
create table target_statement_tally (
    target_id    bigint not null primary key references target (id) on delete cascade,
    statements   int    not null,
    binding      int    not null,
    anticipatory int    not null
);

-- Each document's value for a (target, year, unit) it states, with the date it is ordered by.
create table target_statement_document (
    target_id   bigint  not null references target (id) on delete cascade,
    year        int     not null,
    unit        text    not null, -- '' for none
    document_id text collate "C" not null,
    value       numeric not null, -- trim_scale: 4000 and 4000.0 are one value
    first_day   text collate "C" not null, -- the day its earliest such statement was stored, the date if none stated
    date        text collate "C" not null,
    primary key (target_id, year, unit, document_id)
);
-- the current value: the first row of this index for (target, year, unit)
create index target_statement_document_latest
    on target_statement_document (target_id, year, unit, date desc, document_id desc);
-- a document's rows, when its date changes
create index target_statement_document_document on target_statement_document (document_id);

-- How many documents of a date state each value: the latest date's distinct values are its rows.
create table target_statement_value (
    target_id bigint  not null references target (id) on delete cascade,
    year      int     not null,
    unit      text    not null,
    date      text collate "C" not null,
    value     numeric not null,
    documents int     not null,
    primary key (target_id, year, unit, date, value)
);

create function target_statement_value_add(p_target bigint, p_year int, p_unit text, p_date text, p_value numeric,
                                           p_documents int) returns void language plpgsql as
$$
begin
    insert into target_statement_value as v values (p_target, p_year, p_unit, p_date, p_value, p_documents)
    on conflict (target_id, year, unit, date, value) do update set documents = v.documents + excluded.documents;
    delete from target_statement_value
    where target_id = p_target and year = p_year and unit = p_unit and date = p_date and value = p_value
      and documents <= 0;
end;
$$;

-- Recomputes what one document contributes to one target, from that document's indicators only (index
-- indicator_document): the old contribution is taken off the sums and the new one added, so the cost does not
-- depend on how many other documents state the target.
create function refresh_target_statements(p_target bigint, p_document text) returns void language plpgsql as
$$
declare
    s target_statement_source;
    d target_statement_document;
    run_date text := (select nullif(btrim(r.document_date), '') from document_run r where r.document_id = p_document);
begin
    delete from target_statement_source where target_id = p_target and document_id = p_document returning * into s;
    if found then
        update target_statement_tally
        set statements = statements - s.statements, binding = binding - s.binding,
            anticipatory = anticipatory - s.anticipatory
        where target_id = p_target;
    end if;
    insert into target_statement_source
    select p_target, p_document, count(*), count(*) filter (where i.attribute = 'binding'),
           count(*) filter (where i.attribute = 'anticipatory')
    from indicator i
    where i.document_id = p_document and i.target_id = p_target and i.kind = 'target'
    having count(*) > 0
    returning * into s;
    if found then
        insert into target_statement_tally as t values (p_target, s.statements, s.binding, s.anticipatory)
        on conflict (target_id) do update set statements = t.statements + excluded.statements,
                                              binding = t.binding + excluded.binding,
                                              anticipatory = t.anticipatory + excluded.anticipatory;
    end if;
    delete from target_statement_tally where target_id = p_target and statements <= 0;

    for d in delete from target_statement_document where target_id = p_target and document_id = p_document
             returning * loop
        perform target_statement_value_add(p_target, d.year, d.unit, d.date, d.value, -1);
    end loop;
    for d in insert into target_statement_document
             select p_target, v.year, v.unit, p_document,
                    (array_agg(v.value order by v.members desc, v.value desc))[1],
                    to_char(min(v.first_at) at time zone 'UTC', 'YYYY-MM-DD'),
                    coalesce(run_date, to_char(min(v.first_at) at time zone 'UTC', 'YYYY-MM-DD'))
             from (select coalesce(i.year, i.inferred_year) as year,
                          coalesce(case when btrim(i.canonical_unit) = '' then null else i.canonical_unit end, '')
                              as unit,
                          trim_scale(i.canonical_value) as value, count(*) as members, min(i.created_at) as first_at
                   from indicator i
                   where i.document_id = p_document and i.target_id = p_target and i.kind = 'target'
                     and coalesce(i.year, i.inferred_year) is not null
                   group by 1, 2, 3) v
             group by v.year, v.unit
             returning * loop
        perform target_statement_value_add(p_target, d.year, d.unit, d.date, d.value, 1);
    end loop;
end;
$$;

-- A document's date changed (or its run was stored after its indicators): its rows move to the new date.
create function redate_target_statements(p_document text, p_date text) returns void language plpgsql as
$$
declare
    d target_statement_document;
    wanted text;
begin
    for d in select * from target_statement_document where document_id = p_document loop
        wanted := coalesce(nullif(btrim(p_date), ''), d.first_day);
        if wanted <> d.date then
            perform target_statement_value_add(d.target_id, d.year, d.unit, d.date, d.value, -1);
            perform target_statement_value_add(d.target_id, d.year, d.unit, wanted, d.value, 1);
            update target_statement_document set date = wanted
            where target_id = d.target_id and year = d.year and unit = d.unit and document_id = d.document_id;
        end if;
    end loop;
end;
$$;

-- Inserts (the hot path: one multi-row statement per set) once per statement, from the transition table.
create function target_statements_added() returns trigger language plpgsql as
$$
begin
    perform refresh_target_statements(p.target_id, p.document_id)
    from (select distinct target_id, document_id from added where kind = 'target' order by 1, 2) p;
    return null;
end;
$$;

create trigger indicator_target_statements_insert after insert on indicator
    referencing new table as added for each statement execute function target_statements_added();

-- Deletes and in-place changes are rare (retractions, regrouping, a re-read statement): row by row.
create function target_statements_changed() returns trigger language plpgsql as
$$
begin
    if tg_op in ('DELETE', 'UPDATE') and old.kind = 'target' then
        perform refresh_target_statements(old.target_id, old.document_id);
    end if;
    if tg_op = 'UPDATE' and new.kind = 'target' then
        perform refresh_target_statements(new.target_id, new.document_id);
    end if;
    return null;
end;
$$;

create trigger indicator_target_statements_delete after delete on indicator
    for each row when (old.kind = 'target') execute function target_statements_changed();
create trigger indicator_target_statements_update after update on indicator
    for each row
    when ((old.kind = 'target' or new.kind = 'target')
          and (old.target_id, old.document_id, old.kind, old.attribute, old.year, old.inferred_year,
               old.canonical_unit, old.canonical_value, old.created_at)
              is distinct from
              (new.target_id, new.document_id, new.kind, new.attribute, new.year, new.inferred_year,
               new.canonical_unit, new.canonical_value, new.created_at))
    execute function target_statements_changed();

create function document_run_redated() returns trigger language plpgsql as
$$
begin
    perform redate_target_statements(new.document_id, new.document_date);
    return null;
end;
$$;

create trigger document_run_target_statements_insert after insert on document_run
    for each row execute function document_run_redated();
create trigger document_run_target_statements_update after update of document_date on document_run
    for each row when (old.document_date is distinct from new.document_date)
    execute function document_run_redated();

-- what is stored already
select refresh_target_statements(p.target_id, p.document_id)
from (select distinct target_id, document_id from indicator where kind = 'target') p;
