-- The content and the cleaned text (~21 KB each for a seed-sized document) are TOASTed. PostgreSQL compresses them
-- with pglz by default, in the server, on every upload and every analysis outcome: with the seeds (Chinese plan text,
-- pglz gets them to ~55 %) that cost ~1.8 ms of server time per document, the largest single share of the upload and
-- outcome statements (docs/benchmarks.md, "PostgreSQL and ingest-service: cost per document").
-- A server built with lz4 (the postgres:16 image of docker-compose.yml) compresses them with lz4, several times
-- faster at a similar ratio. A server without it (the embedded zonky build of ./plantrack up, the tests and the load
-- benchmark) stores them out of line uncompressed (STORAGE EXTERNAL): no compression work, about twice the disk for
-- these two columns. Values stored before this migration keep their form until rewritten.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table documents alter column content set compression lz4;
        alter table documents alter column cleaned_text set compression lz4;
    else
        alter table documents alter column content set storage external;
        alter table documents alter column cleaned_text set storage external;
    end if;
end
$$;
