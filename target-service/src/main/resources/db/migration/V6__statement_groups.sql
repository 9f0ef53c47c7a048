-- Statement groups kept up to date instead of recomputed. A target's summary reads its indicators collapsed into
-- groups of rows that agree on every field the rules look at (Statements). The apply transaction used to compute
-- them with a GROUP BY over every indicator of each touched target, so PostgreSQL's work per document grew with the
-- targets' history (hundreds of statements each in the load benchmark). The groups now live in a table maintained
-- by triggers on indicator, whatever writes it (applying a set, regrouping after a synonym, retracting a deleted
-- document), and the summary reads only the groups and the per-document counts.

-- The grouping fields as one comparable text (NULL and empty text differ; numbers with trim_scale, so 4000 and
-- 4000.0 fall into one group as they did under GROUP BY).
create function statement_group_key(year int, inferred_year int, kind text, change text, canonical_unit text,
                                    unit text, canonical_value numeric, qualifier text, canonical_baseline numeric)
    returns text language sql immutable as
$$
select concat_ws(E'\x1f', coalesce('=' || year::text, '-'), coalesce('=' || inferred_year::text, '-'),
                 coalesce('=' || kind, '-'), coalesce('=' || change, '-'), coalesce('=' || canonical_unit, '-'),
                 coalesce('=' || unit, '-'), coalesce('=' || trim_scale(canonical_value)::text, '-'),
                 coalesce('=' || qualifier, '-'), coalesce('=' || trim_scale(canonical_baseline)::text, '-'))
$$;

-- One row per statement group of a target: the grouping fields, the member count, and what the summary reads of
-- the members: the smallest value, the first and last document, the newest member (created_at, then smallest id)
-- and the smallest id. Ids compare in "C" collation, the order of Java's String.compareTo.
create table statement_group (
    target_id          bigint      not null references target (id) on delete cascade,
    group_key          text        not null,
    year               int,
    inferred_year      int,
    kind               text        not null,
    change             text,
    canonical_unit     text,
    unit               text,
    canonical_value    numeric     not null,
    qualifier          text,
    canonical_baseline numeric,
    members            int         not null,
    min_value          numeric     not null,
    first_document     text collate "C" not null,
    last_document      text collate "C" not null,
    newest_at          timestamptz not null,
    newest_id          text collate "C" not null,
    smallest_id        text collate "C" not null,
    primary key (target_id, group_key)
);

-- Indicators per target and document: the summary's document count is the number of rows of a target.
create table target_document (
    target_id   bigint not null references target (id) on delete cascade,
    document_id text   not null,
    members     int    not null,
    primary key (target_id, document_id)
);

-- Recomputes one group from the indicator table (deletes it when no member is left): after a member that was one
-- of the group's extremes leaves, or a member is changed in place.
create function refresh_statement_group(p_target bigint, p_key text) returns void language plpgsql as
$$
begin
    delete from statement_group where target_id = p_target and group_key = p_key;
    insert into statement_group
    select i.target_id, p_key, min(i.year), min(i.inferred_year), min(i.kind), min(i.change),
           min(i.canonical_unit), min(i.unit), min(i.canonical_value), min(i.qualifier), min(i.canonical_baseline),
           count(*), min(i.value), min(i.document_id collate "C"), max(i.document_id collate "C"), max(i.created_at),
           (array_agg(i.id order by i.created_at desc, i.id collate "C"))[1], min(i.id collate "C")
    from indicator i
    where i.target_id = p_target
      and statement_group_key(i.year, i.inferred_year, i.kind, i.change, i.canonical_unit, i.unit,
                              i.canonical_value, i.qualifier, i.canonical_baseline) = p_key
    group by i.target_id;
end;
$$;

create function statement_group_add(r indicator) returns void language plpgsql as
$$
begin
    insert into statement_group as g
    values (r.target_id, statement_group_key(r.year, r.inferred_year, r.kind, r.change, r.canonical_unit, r.unit,
                                             r.canonical_value, r.qualifier, r.canonical_baseline),
            r.year, r.inferred_year, r.kind, r.change, r.canonical_unit, r.unit, r.canonical_value, r.qualifier,
            r.canonical_baseline, 1, r.value, r.document_id, r.document_id, r.created_at, r.id, r.id)
    on conflict (target_id, group_key) do update set
        members        = g.members + 1,
        min_value      = least(g.min_value, excluded.min_value),
        first_document = least(g.first_document, excluded.first_document),
        last_document  = greatest(g.last_document, excluded.last_document),
        newest_id      = case when excluded.newest_at > g.newest_at
                                   or (excluded.newest_at = g.newest_at and excluded.newest_id < g.newest_id)
                              then excluded.newest_id else g.newest_id end,
        newest_at      = greatest(g.newest_at, excluded.newest_at),
        smallest_id    = least(g.smallest_id, excluded.smallest_id);
    insert into target_document as d values (r.target_id, r.document_id, 1)
    on conflict (target_id, document_id) do update set members = d.members + 1;
end;
$$;

create function statement_group_retract(r indicator) returns void language plpgsql as
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
    update target_document set members = members - 1 where target_id = r.target_id and document_id = r.document_id;
    delete from target_document where target_id = r.target_id and document_id = r.document_id and members <= 0;
end;
$$;

create function indicator_statement_groups() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform statement_group_add(new);
    elsif tg_op = 'DELETE' then
        perform statement_group_retract(old);
    else
        -- changed in place (regrouped to another target, a field corrected): the row is already in its new state,
        -- so the old group is recomputed without it and the new one with it
        perform refresh_statement_group(old.target_id, statement_group_key(old.year, old.inferred_year, old.kind,
                old.change, old.canonical_unit, old.unit, old.canonical_value, old.qualifier, old.canonical_baseline));
        perform refresh_statement_group(new.target_id, statement_group_key(new.year, new.inferred_year, new.kind,
                new.change, new.canonical_unit, new.unit, new.canonical_value, new.qualifier, new.canonical_baseline));
        if old.target_id <> new.target_id or old.document_id <> new.document_id then
            update target_document set members = members - 1
            where target_id = old.target_id and document_id = old.document_id;
            delete from target_document
            where target_id = old.target_id and document_id = old.document_id and members <= 0;
            insert into target_document as d values (new.target_id, new.document_id, 1)
            on conflict (target_id, document_id) do update set members = d.members + 1;
        end if;
    end if;
    return null;
end;
$$;

create trigger indicator_statement_groups_insert_delete after insert or delete on indicator
    for each row execute function indicator_statement_groups();
-- analysis_run and the texts change on every re-application; only changes the summary can see count
create trigger indicator_statement_groups_update after update on indicator
    for each row
    when ((old.target_id, old.document_id, old.id, old.created_at, old.value, old.year, old.inferred_year, old.kind,
           old.change, old.canonical_unit, old.unit, old.canonical_value, old.qualifier, old.canonical_baseline)
          is distinct from
          (new.target_id, new.document_id, new.id, new.created_at, new.value, new.year, new.inferred_year, new.kind,
           new.change, new.canonical_unit, new.unit, new.canonical_value, new.qualifier, new.canonical_baseline))
    execute function indicator_statement_groups();

-- the groups and document counts of what is stored already
insert into statement_group
select i.target_id, statement_group_key(i.year, i.inferred_year, i.kind, i.change, i.canonical_unit, i.unit,
                                        i.canonical_value, i.qualifier, i.canonical_baseline) as k,
       min(i.year), min(i.inferred_year), min(i.kind), min(i.change), min(i.canonical_unit), min(i.unit),
       min(i.canonical_value), min(i.qualifier), min(i.canonical_baseline), count(*), min(i.value),
       min(i.document_id collate "C"), max(i.document_id collate "C"), max(i.created_at),
       (array_agg(i.id order by i.created_at desc, i.id collate "C"))[1], min(i.id collate "C")
from indicator i
group by i.target_id, k;

insert into target_document
select target_id, document_id, count(*) from indicator group by target_id, document_id;
