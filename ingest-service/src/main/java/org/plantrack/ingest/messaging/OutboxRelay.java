package org.plantrack.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.ingest.domain.OutboxEvent;
import org.plantrack.ingest.service.DocumentService;
import org.plantrack.observability.TraceContext;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka and marks a row sent only once the broker acknowledged it. Runs on its own thread,
 * woken after each commit that enqueued rows and by a periodic poll that catches up after a broker outage, so
 * uploads never wait for Kafka. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances share
 * the work without publishing a row twice; a crash between ack and commit republishes a row, which consumers
 * tolerate (events carry their id and analysis run).
 * <p>
 * An upload hands the event it announces to the relay ({@link DocumentService.OutboxEnqueued}):
 * building it again from the table meant reading back the content the upload had just written, the largest part
 * of the relay's cost. Those events wait in memory, bounded by {@code plantrack.outbox.handoff-max-bytes}, keyed by
 * their outbox row; the row is still claimed, published and marked exactly as before, and a row without a handed
 * event (written before a restart, by another instance, by a reanalysis, or beyond the bound) is read from the table.
 * <p>
 * Rows with a payload (document state changes, deletions: {@code DocumentEventsOutbox}) carry their event as
 * written and are sent as they are, in the same row order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    Producer<String, byte[]> producer;


    @Inject
    EntityManager em;

    @Inject
    DocumentService documents;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "plantrack.outbox.batch-size", defaultValue = "10")
    int batchSize;

    @ConfigProperty(name = "plantrack.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    /** Content bytes the handed-over events may hold at most; older ones are dropped (then read from the table). */
    @ConfigProperty(name = "plantrack.outbox.handoff-max-bytes", defaultValue = "67108864")
    long handoffMaxBytes;

    /** How old the pending gauge may get; the relay drains once per upload, and the count must not follow it. */
    @ConfigProperty(name = "plantrack.outbox.pending-refresh", defaultValue = "PT1S")
    Duration pendingRefresh;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    /** When the pending rows were last counted (System.nanoTime); only the relay thread touches it. */
    private long pendingCountedAt;
    private boolean pendingCounted;
    private volatile boolean stopping;
    /** After this long a handed-over event is no longer expected to be claimed here (a drain takes milliseconds). */
    private static final long HANDED_OVER_MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(2);

    private record HandedOver(DocumentIngestedV1 event, long at) {
    }

    /** Events handed over by uploads, by outbox row id, oldest first; guarded by itself. */
    private final LinkedHashMap<Long, HandedOver> handedOver = new LinkedHashMap<>();
    private long handedOverBytes;

    void onStart(@Observes StartupEvent event) {
        metrics.gauge("plantrack.outbox.pending", pending);
        wakeUp();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the event while the upload's transaction is still open, so it is there before any drain can see the
     * row. Should the transaction roll back, no row with that id ever exists and the entry ages out.
     */
    void receive(@Observes DocumentService.OutboxEnqueued event) {
        if (event.event() != null) {
            handOver(event.outboxId(), event.event());
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentService.OutboxEnqueued event) {
        wakeUp();
    }

    private void handOver(long outboxId, DocumentIngestedV1 event) {
        long now = System.nanoTime();
        synchronized (handedOver) {
            handedOver.put(outboxId, new HandedOver(event, now));
            handedOverBytes += event.content().length;
            // oldest first: beyond the bound, or rows another instance published (or a rollback left) long ago
            var oldest = handedOver.values().iterator();
            while (oldest.hasNext()) {
                HandedOver head = oldest.next();
                if (handedOverBytes <= handoffMaxBytes && now - head.at() < HANDED_OVER_MAX_AGE_NANOS) {
                    break;
                }
                handedOverBytes -= head.event().content().length;
                oldest.remove();
            }
        }
    }

    private DocumentIngestedV1 takeHandedOver(long outboxId) {
        synchronized (handedOver) {
            HandedOver held = handedOver.remove(outboxId);
            if (held == null) {
                return null;
            }
            handedOverBytes -= held.event().content().length;
            return held.event();
        }
    }


    @Scheduled(every = "${plantrack.outbox.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Queues one drain unless one is already waiting to run: bursts of uploads coalesce into few drains. */
    public void wakeUp() {
        if (!stopping && drainQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew()
                        .timeout((int) sendTimeout.toSeconds() * 2 + 10)
                        .call(this::publishBatch);
            } while (published == batchSize && !stopping);
            // a count query per drain was one per upload under load; the periodic poll drains too, so the gauge
            // is never older than the poll interval plus the refresh period
            long now = System.nanoTime();
            if (!pendingCounted || now - pendingCountedAt >= pendingRefresh.toNanos()) {
                pending.set(QuarkusTransaction.requiringNew().call(OutboxEvent::countPending));
                pendingCountedAt = now;
                pendingCounted = true;
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay could not publish (will retry on the next poll): %s", e.getMessage());
        }
    }

    /** @return rows published, or -1 when some send failed (the caller stops and the poll retries later) */
    int publishBatch() {
        List<OutboxEvent> rows = claim();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, DocumentIngestedV1> events = new HashMap<>();
        List<OutboxEvent> unknown = new ArrayList<>();
        for (OutboxEvent row : rows) {
            if (row.payload != null) {
                continue; // complete as written
            }
            DocumentIngestedV1 event = takeHandedOver(row.id);
            if (event != null) {
                events.put(row.id, event);
            } else {
                unknown.add(row);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, DocumentIngestedV1> announced = documentsOf(unknown);
            for (OutboxEvent row : unknown) {
                DocumentIngestedV1 document = announced.get(row.documentId);
                if (document != null) {
                    events.put(row.id, new DocumentIngestedV1(row.eventId, DocumentIngestedV1.SCHEMA_VERSION,
                            document.documentId(), document.contentHash(), document.fileName(),
                            document.contentType(), document.sizeBytes(), document.content(), document.hints(),
                            row.analysisRun, document.receivedAt()));
                }
            }
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            Future<RecordMetadata> send = send(row, events.get(row.id));
            sends.add(send);
            Throwable refusal = send.isDone() ? refusal(send) : null;
            if (refusal != null) {
                // the broker is unreachable (no metadata within max.block.ms) or the record cannot go: trying the
                // rest now would only wait the same time again for each; they stay pending for the next drain
                // (this row's attempt and error are recorded with the acknowledgements below)
                metrics.counter("plantrack.outbox.refused", "topic", row.topic).increment();
                LOG.warnf("outbox relay: the event of document %s run %d was refused at once (%s: %s); %d later "
                        + "row(s) wait for the next drain", row.documentId, row.analysisRun,
                        refusal.getClass().getSimpleName(), refusal.getMessage(), rows.size() - sends.size());
                break;
            }
        }
        List<OutboxEvent> claimed = rows;
        rows = rows.subList(0, sends.size());
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int failures = 0;
        Set<Long> sent = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent row = rows.get(i);
            // this thread is not a request: the row brings the document id and trace id of its log lines
            MDC.put("documentId", row.documentId);
            putIfPresent("traceId", TraceContext.traceId(row.traceparent));
            try {
                sends.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(row.id);
                metrics.counter("plantrack.outbox.published", "topic", row.topic).increment();
                LOG.infof("document %s run %d published to %s", row.documentId, row.analysisRun, row.topic);
            } catch (Exception e) {
                row.attempts++;
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                row.lastError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                if (isPermanent(cause)) {
                    // retrying cannot help (e.g. the record is larger than Kafka accepts): the document must still
                    // reach a final state, and the rows behind this one must not wait for it
                    row.givenUpAt = Instant.now();
                    if (row.payload == null) {
                        documents.failUnpublishable(row.documentId, row.analysisRun,
                                "the document could not be handed to analysis: " + row.lastError);
                    }
                    metrics.counter("plantrack.outbox.given.up", "topic", row.topic).increment();
                    LOG.errorf("outbox event %s for document %s given up: %s", row.eventId, row.documentId,
                            row.lastError);
                } else {
                    failures++;
                    metrics.counter("plantrack.outbox.send.failures", "topic", row.topic).increment();
                }
            } finally {
                MDC.remove("documentId");
                MDC.remove("traceId");
            }
        }
        markSent(sent);
        recordFailures(rows);
        if (failures > 0) {
            // kept for the next attempt, which would otherwise read them from the table
            for (OutboxEvent row : claimed) {
                DocumentIngestedV1 event = events.get(row.id);
                if (!sent.contains(row.id) && row.givenUpAt == null && event != null) {
                    handOver(row.id, event);
                }
            }
            LOG.warnf("outbox relay: %d of %d events not acknowledged by Kafka; first error: %s",
                    failures, rows.size(), rows.stream().filter(r -> r.lastError != null).findFirst()
                            .map(r -> r.lastError).orElse("?"));
            return -1;
        }
        return rows.size();
    }

    /**
     * Up to a batch of pending rows in id order, locked for this transaction ({@code skip locked}: rows another
     * instance is publishing are left to it), as plain objects: the relay writes back what changes itself
     * ({@link #markSent}, {@link #recordFailures}). Loaded as managed entities they cost a native entity query,
     * hydration and a dirty check at every commit: ~7 % of the service's CPU in the load benchmark, for rows of which
     * only the sent mark changes in the common case.
     */
    private List<OutboxEvent> claim() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<OutboxEvent> rows = new ArrayList<>(batchSize);
            try (PreparedStatement select = connection.prepareStatement("select id, event_id, topic, message_key, "
                    + "document_id, analysis_run, attempts, traceparent, payload from outbox "
                    + "where sent_at is null and given_up_at is null order by id limit ? for update skip locked")) {
                select.setInt(1, batchSize);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        OutboxEvent row = new OutboxEvent();
                        row.id = r.getLong(1);
                        row.eventId = r.getString(2);
                        row.topic = r.getString(3);
                        row.messageKey = r.getString(4);
                        row.documentId = r.getString(5);
                        row.analysisRun = r.getInt(6);
                        row.attempts = r.getInt(7);
                        row.traceparent = r.getString(8);
                        row.payload = r.getBytes(9);
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }

    /** Stores the attempt count, error and give-up time of the rows whose send failed (rare: one update each). */
    private void recordFailures(List<OutboxEvent> rows) {
        List<OutboxEvent> failed = rows.stream().filter(row -> row.lastError != null).toList();
        if (failed.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox set attempts = ?, "
                    + "last_error = ?, given_up_at = ? where id = ?")) {
                for (OutboxEvent row : failed) {
                    update.setInt(1, row.attempts);
                    update.setString(2, row.lastError);
                    if (row.givenUpAt == null) {
                        update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        update.setObject(3, row.givenUpAt.atOffset(ZoneOffset.UTC));
                    }
                    update.setLong(4, row.id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /**
     * One UPDATE for every acknowledged row of the batch instead of one per row (the rows' entities stay clean, so
     * the commit writes nothing more for them). Under load this ran once per upload.
     */
    private void markSent(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox set sent_at = ?, "
                    + "attempts = attempts + 1, last_error = null where id = any(?)")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                update.executeUpdate();
            }
        });
    }

    /** Kafka errors that are not retriable (timeouts, unreachable brokers and the like are). */
    private static boolean isPermanent(Throwable cause) {
        return cause instanceof ApiException && !(cause instanceof RetriableException)
                && !(cause instanceof org.apache.kafka.common.errors.AuthenticationException)
                && !(cause instanceof org.apache.kafka.common.errors.AuthorizationException);
    }

    private static void putIfPresent(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    /** Why a completed send failed, or null when it succeeded. */
    private static Throwable refusal(Future<?> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not waited for (the send is done), but keep the flag
            return e;
        } catch (RuntimeException e) {
            return e; // cancelled
        }
    }

    /**
     * What the batch's events announce, read with one query for the whole batch: the columns of the event only,
     * as values. Loading each document as an entity took two queries per row (the row, then its lazy content) and
     * copied the content into the session. An event id is generated per row, so the map holds the event without it.
     * Deleted documents are left out: there is nothing left to announce.
     */
    private Map<String, DocumentIngestedV1> documentsOf(List<OutboxEvent> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.documentId));
        List<Object[]> found = em.createQuery("select d.id, d.contentHash, d.fileName, d.contentType, d.sizeBytes, "
                        + "d.content, d.hintTitle, d.hintRegion, d.hintSourceUrl, d.hintDate, d.receivedAt "
                        + "from Document d where d.id in :ids and d.deletedAt is null", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<String, DocumentIngestedV1> byId = new HashMap<>();
        for (Object[] d : found) {
            String id = (String) d[0];
            byId.put(id, new DocumentIngestedV1(null, DocumentIngestedV1.SCHEMA_VERSION, id, (String) d[1],
                    (String) d[2], (String) d[3], (Long) d[4], (byte[]) d[5],
                    new DocumentHintsV1((String) d[6], (String) d[7], (String) d[8], (String) d[9]),
                    0, (Instant) d[10]));
        }
        return byId;
    }

    private Future<RecordMetadata> send(OutboxEvent row, DocumentIngestedV1 event) {
        if (row.payload == null && event == null) {
            // the document was deleted before its event left; there is nothing left to announce
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic, row.messageKey,
                row.payload != null ? row.payload : EventJson.toBytes(event));
        if (row.traceparent != null) {
            // the plain producer is not instrumented: continue the upload's trace by hand
            record.headers().add(TraceContext.HEADER, row.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            // send() itself throws when metadata cannot be fetched within max.block.ms (broker down)
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }
}
