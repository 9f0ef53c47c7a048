-- Indicator inserts fold into the statement groups once per INSERT statement instead of once per row. V6's row
-- trigger ran two upserts per indicator (statement_group, target_document): ~35 per indicator set, the largest
-- PostgreSQL cost of the pipeline. The inserts now arrive as multi-row statements (JDBC batches rewritten by the
-- driver, reWriteBatchedInserts), and a statement trigger reads all of a statement's new rows at once from its
-- transition table. Deletes and in-place updates are rare (retractions, regrouping) and keep V6's row triggers.
--
-- target_tally keeps per target the number of indicators and of documents, so the summary no longer sums
-- target_document, which grows with every document that ever mentioned the target.

create table target_tally (
    target_id bigint not null primary key references target (id) on delete cascade,
    members   int    not null,
    documents int    not null
);

insert into target_tally
select target_id, sum(members), count(*) from target_document group by target_id;

-- All rows of one INSERT statement: grouped by target and group key first, so each group gets ONE upsert (ON
-- CONFLICT cannot update a row twice in a statement). The folded values are those statement_group_add would reach
-- row by row: counts add up, extremes combine with least/greatest, and the newest member is the latest created_at,
-- ties going to the smallest id in "C" collation.
create function indicator_statement_groups_added() returns trigger language plpgsql as
$$
begin
    insert into statement_group as g
    select a.target_id, a.k, min(a.year), min(a.inferred_year), min(a.kind), min(a.change), min(a.canonical_unit),
           min(a.unit), min(a.canonical_value), min(a.qualifier), min(a.canonical_baseline), count(*), min(a.value),
           min(a.document_id collate "C"), max(a.document_id collate "C"), max(a.created_at),
           (array_agg(a.id order by a.created_at desc, a.id collate "C"))[1], min(a.id collate "C")
    from (select n.*, statement_group_key(n.year, n.inferred_year, n.kind, n.change, n.canonical_unit, n.unit,
                                          n.canonical_value, n.qualifier, n.canonical_baseline) as k
          from added n) a
    group by a.target_id, a.k
    on conflict (target_id, group_key) do update set
        members        = g.members + excluded.members,
        min_value      = least(g.min_value, excluded.min_value),
        first_document = least(g.first_document, excluded.first_document),
        last_document  = greatest(g.last_document, excluded.last_document),
        newest_id      = case when excluded.newest_at > g.newest_at
                                   or (excluded.newest_at = g.newest_at and excluded.newest_id < g.newest_id)
                              then excluded.newest_id else g.newest_id end,
        newest_at      = greatest(g.newest_at, excluded.newest_at),
        smallest_id    = least(g.smallest_id, excluded.smallest_id);

    -- per target and document; a row that did not exist before is a new document of the target (xmax = 0: the
    -- row version was inserted by this statement, not updated by its ON CONFLICT branch)
    with per_document as (
        select target_id, document_id, count(*)::int as members from added group by target_id, document_id
    ), stored as (
        insert into target_document as d select * from per_document
        on conflict (target_id, document_id) do update set members = d.members + excluded.members
        returning d.target_id, (d.xmax = 0) as created
    ), per_target as (
        select p.target_id, p.members, s.documents
        from (select target_id, sum(members)::int as members from per_document group by target_id) p
        join (select target_id, count(*) filter (where created)::int as documents from stored group by target_id) s
            using (target_id)
    )
    insert into target_tally as t select target_id, members, documents from per_target
    on conflict (target_id) do update set members   = t.members + excluded.members,
                                          documents = t.documents + excluded.documents;
    return null;
end;
$$;

-- One indicator leaves a target and document (retraction, or the old side of an in-place change).
create function target_document_leave(p_target bigint, p_document text) returns void language plpgsql as
$$
declare
    left_members int;
    document_gone boolean;
begin
    update target_document set members = members - 1 where target_id = p_target and document_id = p_document
    returning members into left_members;
    document_gone := found and left_members <= 0;
    if document_gone then
        delete from target_document where target_id = p_target and document_id = p_document;
    end if;
    update target_tally
    set members   = members - 1,
        documents = documents - case when document_gone then 1 else 0 end
    where target_id = p_target;
end;
$$;

-- One indicator joins a target and document (the new side of an in-place change).
create function target_document_join(p_target bigint, p_document text) returns void language plpgsql as
$$
declare
    created boolean;
begin
    insert into target_document as d values (p_target, p_document, 1)
    on conflict (target_id, document_id) do update set members = d.members + 1
    returning (d.xmax = 0) into created;
    insert into target_tally as t values (p_target, 1, case when created then 1 else 0 end)
    on conflict (target_id) do update set members   = t.members + 1,
                                          documents = t.documents + excluded.documents;
end;
$$;

-- V6's retraction, its target_document bookkeeping now also counting in target_tally
create or replace function statement_group_retract(r indicator) returns void language plpgsql as
$$
declare
    k text := statement_group_key(r.year, r.inferred_year, r.kind, r.change, r.canonical_unit, r.unit,
                                  r.canonical_value, r.qualifier, r.canonical_baseline);
    g statement_group;
begin
    update statement_group set members = members - 1 where target_id = r.target_id and group_key = k
    returning * into g;
    if found then
        if g.members <= 0 then
            delete from statement_group where target_id = r.target_id and group_key = k;
        elsif r.value = g.min_value or r.document_id in (g.first_document, g.last_document)
            or r.id in (g.newest_id, g.smallest_id) then
            perform refresh_statement_group(r.target_id, k); -- an extreme left: read the rest of the group
        end if;
    end if;
    perform target_document_leave(r.target_id, r.document_id);
end;
$$;

-- V6's row trigger without its insert branch (inserts: indicator_statement_groups_added)
create or replace function indicator_statement_groups() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform statement_group_retract(old);
    elsif tg_op = 'UPDATE' then
        -- changed in place (regrouped to another target, a field corrected): the row is already in its new state,
        -- so the old group is recomputed without it and the new one with it
        perform refresh_statement_group(old.target_id, statement_group_key(old.year, old.inferred_year, old.kind,
                old.change, old.canonical_unit, old.unit, old.canonical_value, old.qualifier, old.canonical_baseline));
        perform refresh_statement_group(new.target_id, statement_group_key(new.year, new.inferred_year, new.kind,
                new.change, new.canonical_unit, new.unit, new.canonical_value, new.qualifier, new.canonical_baseline));
        if old.target_id <> new.target_id or old.document_id <> new.document_id then
            perform target_document_leave(old.target_id, old.document_id);
            perform target_document_join(new.target_id, new.document_id);
        end if;
    end if;
    return null;
end;
$$;

drop trigger indicator_statement_groups_insert_delete on indicator;
create trigger indicator_statement_groups_delete after delete on indicator
    for each row execute function indicator_statement_groups();
create trigger indicator_statement_groups_insert after insert on indicator
    referencing new table as added
    for each statement execute function indicator_statement_groups_added();

drop function statement_group_add(indicator);
