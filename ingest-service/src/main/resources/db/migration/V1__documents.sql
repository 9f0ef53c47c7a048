-- Documents, identified by their content: the same bytes uploaded twice are one row (content_hash is unique).
create table documents (
    id                  varchar(64)  primary key,
    content_hash        char(64)     not null,
    file_name           varchar(255) not null,
    content_type        varchar(255) not null,
    size_bytes          bigint       not null,
    content             bytea        not null,
    state               varchar(16)  not null,
    failure_reason      text,
    analysis_run        integer      not null,
    title               text,
    script              varchar(32),
    encoding            varchar(64),
    genre               varchar(64),
    region              text,
    region_level        varchar(32),
    plan_period         varchar(32),
    document_date       varchar(64),
    char_count          integer,
    paragraph_count     integer,
    sentence_count      integer,
    heading_count       integer,
    indicator_count     integer,
    sections_json       text,
    cleaning_notes_json text,
    hint_title          text,
    hint_region         text,
    hint_source_url     text,
    hint_date           varchar(64),
    received_at         timestamp with time zone not null,
    analyzed_at         timestamp with time zone,
    updated_at          timestamp with time zone not null,
    constraint documents_content_hash_uk unique (content_hash),
    constraint documents_state_ck check (state in ('RECEIVED', 'ANALYZED', 'FAILED'))
);

create index documents_received_at_idx on documents (received_at desc, id);

-- Transactional outbox: a row is written in the same transaction as the document change it announces and is
-- relayed to Kafka afterwards. The event payload is rebuilt from the document row at relay time (the content bytes
-- are stored once); analysis_run pins the run the event announces.
create table outbox (
    id           bigserial    primary key,
    event_id     varchar(64)  not null,
    topic        varchar(255) not null,
    message_key  varchar(255) not null,
    document_id  varchar(64)  not null,
    analysis_run integer      not null,
    created_at   timestamp with time zone not null,
    sent_at      timestamp with time zone,
    attempts     integer      not null default 0,
    last_error   text,
    constraint outbox_event_id_uk unique (event_id)
);

create index outbox_unsent_idx on outbox (id) where sent_at is null;
