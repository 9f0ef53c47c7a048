package org.plantrack.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.plantrack.observability.TraceContext;
import org.plantrack.retry.PermanentFailures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends claimed rows with an idempotent producer and tells which rows are published. Every record of every row is
 * handed to the producer in row order, then record order, before any acknowledgement is awaited (the producer
 * batches them); with {@code enable.idempotence} and at most 5 requests in flight the records of one partition land
 * in the order they were sent, retries included.
 * <p>
 * Rows are released in order: a row counts as published only when every one of its records was acknowledged and
 * every row before it is published (or given up). The first row with a record that failed for a reason that may pass
 * (broker away, timeout) and every row behind it stay pending and are sent again, whole, in a later round: a consumer
 * may see a record twice, never misses one, and the last copies it sees of one key's records are in the order they
 * were written. A record the broker refuses for good (too large, invalid, not authorised: {@link PermanentFailures},
 * the rule every retry of the services follows) gives its row up instead: retrying cannot help and the rows behind
 * it must not wait forever. Plain Java (no CDI), so tests drive it directly.
 */
public final class OutboxSender {

    private final Producer<String, byte[]> producer;
    private final Duration ackTimeout;

    public OutboxSender(Producer<String, byte[]> producer, Duration ackTimeout) {
        this.producer = producer;
        this.ackTimeout = ackTimeout;
    }

    /**
     * What a round achieved.
     *
     * @param published the rows whose records were all acknowledged, in order
     * @param givenUp   rows refused for good, with the reason
     * @param failed    the row that stopped the round (it and the rows behind it stay pending), or null
     * @param failure   why it stopped (names the row, the record and the cause), or null when every row went out
     */
    public record Outcome(List<OutboxRow> published, Map<OutboxRow, String> givenUp, OutboxRow failed,
                          String failure) {

        /** How many records the published rows held. */
        public int records() {
            return published.stream().mapToInt(r -> r.records().size()).sum();
        }
    }

    public Outcome send(List<OutboxRow> rows) {
        List<List<Future<RecordMetadata>>> sent = new ArrayList<>(rows.size());
        rows:
        for (OutboxRow row : rows) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(row.records().size());
            sent.add(acks);
            byte[] traceparent = row.traceparent() == null ? null
                    : row.traceparent().getBytes(StandardCharsets.UTF_8);
            for (OutboxRecord r : row.records()) {
                Future<RecordMetadata> ack = send(r, traceparent);
                acks.add(ack);
                if (ack.isDone()) {
                    Throwable refusal = failureOf(ack);
                    if (refusal != null && !PermanentFailures.isPermanent(refusal)) {
                        // refused without a round trip (no metadata within max.block.ms: the broker is away): every
                        // further send would wait as long again; this row and the rest stay for a later round
                        break rows;
                    }
                }
            }
        }
        List<OutboxRow> published = new ArrayList<>(rows.size());
        Map<OutboxRow, String> givenUp = new LinkedHashMap<>();
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int n = 0; n < sent.size(); n++) {
            OutboxRow row = rows.get(n);
            List<Future<RecordMetadata>> acks = sent.get(n);
            String permanent = null;
            for (int i = 0; i < acks.size(); i++) {
                Throwable cause;
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(published, givenUp, row, "interrupted while awaiting acknowledgements");
                } catch (ExecutionException e) {
                    cause = e.getCause() == null ? e : e.getCause();
                } catch (Exception e) {
                    cause = e; // timed out waiting, or cancelled
                }
                String what = "record " + (i + 1) + " of " + row.records().size() + " of " + row.describe() + " ("
                        + row.records().get(i).topic() + ", key " + row.records().get(i).key() + ")";
                if (!PermanentFailures.isPermanent(cause)) {
                    return new Outcome(published, givenUp, row, what + " was not acknowledged: " + cause);
                }
                if (permanent == null) {
                    permanent = what + " was refused for good: " + cause;
                }
            }
            if (permanent != null) {
                givenUp.put(row, permanent);
            } else if (acks.size() < row.records().size()) {
                return new Outcome(published, givenUp, row, row.describe() + " was not sent completely");
            } else {
                published.add(row);
            }
        }
        return new Outcome(published, givenUp, null, null);
    }

    private Future<RecordMetadata> send(OutboxRecord r, byte[] traceparent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(r.topic(), r.key(), r.payload());
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

    private static Throwable failureOf(Future<?> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
