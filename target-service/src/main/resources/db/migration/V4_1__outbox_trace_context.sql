-- The trace context (W3C traceparent) of the indicator set whose application wrote the row: the publisher sends
-- later, from its own thread, and continues that trace in the records it publishes.
alter table outbox add column traceparent varchar(55);
