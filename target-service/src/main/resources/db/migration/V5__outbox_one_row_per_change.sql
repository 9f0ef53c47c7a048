-- One outbox row per applied indicator set instead of one per event: a document with 69 indicators wrote ~133 rows
-- (an insert, a read and a delete each, a JSON text each in its own tuple). A row now holds every record of its
-- transaction, in the order they are published: record n is (topics[n], message_keys[n], payloads[n]); the
-- traceparent column is shared by all of them. Parallel text arrays rather than one JSON document: the payloads
-- are already JSON texts and stay byte for byte what is published, with nothing to parse around them.
alter table outbox
    add column topics       text[],
    add column message_keys text[],
    add column payloads     text[];

-- Rows written by the previous layout are still to be published: each becomes a row of one record, same id, so
-- the publisher (in id order) sends them before anything written after the upgrade.
update outbox set topics = array[topic], message_keys = array[message_key], payloads = array[payload];

alter table outbox
    drop column topic,
    drop column message_key,
    drop column payload,
    alter column topics set not null,
    alter column message_keys set not null,
    alter column payloads set not null,
    add constraint outbox_records_aligned check (cardinality(topics) > 0
        and cardinality(message_keys) = cardinality(topics) and cardinality(payloads) = cardinality(topics));
