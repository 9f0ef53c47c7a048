-- The trace context (W3C traceparent) of the request that wrote the row: the relay publishes later, on its own
-- thread, and writes it as the record's traceparent header so the trace continues through Kafka.
alter table outbox add column traceparent varchar(55);
