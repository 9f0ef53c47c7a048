-- Deleting a document keeps a tombstone: the row stays (content emptied) so that uploading the same bytes again
-- continues its analysis-run numbering, and consumers that ignore older runs never mistake the new one for stale.
alter table documents add column deleted_at timestamp with time zone;

drop index documents_received_at_idx;
create index documents_live_received_at_idx on documents (received_at desc, id) where deleted_at is null;
