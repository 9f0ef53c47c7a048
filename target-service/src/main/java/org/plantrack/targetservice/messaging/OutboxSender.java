package org.plantrack.targetservice.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.plantrack.observability.TraceContext;
import org.plantrack.targetservice.domain.OutboxChange;
import org.plantrack.targetservice.domain.OutboxRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbox rows with a plain idempotent producer and tells which rows may be deleted. Every record of every row
 * is handed to the producer in row order, then in record order, before any acknowledgement is awaited (the
 * producer batches them); the producer is idempotent (acks=all, at most 5 requests in flight) so the records of one
 * partition land in the order they were sent, retries included.
 * <p>
 * A row is published only when every one of its records was acknowledged, and rows are released in order: the
 * rows before the first one with a failed record. That one and all behind it stay and are sent again, whole, on a
 * later round, so a consumer may see some records twice but never misses one, and the last copies it sees of the
 * records of one key are in the order they were written. Plain Java (no CDI), so tests drive it directly.
 */
public final class OutboxSender {

    private final Producer<String, byte[]> producer;
    private final Duration ackTimeout;

    public OutboxSender(Producer<String, byte[]> producer, Duration ackTimeout) {
        this.producer = producer;
        this.ackTimeout = ackTimeout;
    }

    /**
     * What a round achieved: the ids of the rows whose records were all acknowledged (a prefix of the rows, in
     * order), how many records they held, and the first failure (null when every row went out).
     */
    public record Outcome(List<Long> published, int records, String failure) {
    }

    public Outcome send(List<OutboxChange> rows) {
        List<List<Future<RecordMetadata>>> sent = new ArrayList<>(rows.size());
        rows:
        for (OutboxChange row : rows) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(row.records().size());
            sent.add(acks);
            byte[] traceparent = row.traceparent() == null ? null
                    : row.traceparent().getBytes(StandardCharsets.UTF_8);
            for (OutboxRecord r : row.records()) {
                Future<RecordMetadata> ack = send(r, traceparent);
                acks.add(ack);
                if (ack.isDone() && failed(ack)) {
                    // refused without a round trip (no metadata within max.block.ms: broker away; or too large):
                    // every further send would wait as long again; this row and the rest stay for a later round
                    break rows;
                }
            }
        }
        List<Long> published = new ArrayList<>(rows.size());
        int records = 0;
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int n = 0; n < sent.size(); n++) {
            OutboxChange row = rows.get(n);
            List<Future<RecordMetadata>> acks = sent.get(n);
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(published, records, "interrupted while awaiting acknowledgements");
                } catch (Exception e) {
                    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                    return new Outcome(published, records, "record " + (i + 1) + " of " + row.records().size()
                            + " of outbox row " + row.id() + " (" + row.records().get(i).topic()
                            + ") was not acknowledged: " + cause);
                }
            }
            if (acks.size() < row.records().size()) {
                return new Outcome(published, records, "outbox row " + row.id() + " was not sent completely");
            }
            published.add(row.id());
            records += acks.size();
        }
        return new Outcome(published, records, null);
    }

    private Future<RecordMetadata> send(OutboxRecord r, byte[] traceparent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(r.topic(), r.key(),
                r.payload().getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            // the plain producer is not instrumented: the change's trace continues through this header
            record.headers().add(TraceContext.HEADER, traceparent);
        }
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            // send() itself throws when it cannot get the topic's metadata within max.block.ms (broker down)
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean failed(Future<?> done) {
        try {
            done.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
