-- Outbox rows that carry their event as written (document state changes, deletions). A row without a payload is a
-- DocumentIngestedV1, built at relay time from the document row so the content bytes are stored once.
-- "if not exists": the outbox table may gain the same column from another change; either way it is one column.
alter table outbox add column if not exists payload bytea;
