-- An event Kafka refuses for good (e.g. larger than the topic allows) is given up instead of blocking the relay;
-- its document is marked FAILED in the same transaction.
alter table outbox add column given_up_at timestamp with time zone;

drop index outbox_unsent_idx;
create index outbox_pending_idx on outbox (id) where sent_at is null and given_up_at is null;
