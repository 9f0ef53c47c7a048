package org.plantrack.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.ingest.service.DocumentService;

import java.time.Duration;

/**
 * Tracks analysis outcomes. Records are read as bytes and parsed here, so an unreadable record is recognised as
 * such: the document it is keyed by ends FAILED with the reason, and the exception sends the record to the
 * dead-letter topic (failure-strategy=dead-letter-queue). Any other failure (the database is down, a lock timed out)
 * is transient: the record is retried with backoff until it is stored, never dead-lettered, because a lost outcome
 * would leave its document RECEIVED forever. The offset is committed only after the update commits.
 */
@ApplicationScoped
public class AnalysisResultConsumer {

    private static final Logger LOG = Logger.getLogger(AnalysisResultConsumer.class);

    @Inject
    DocumentService documents;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "plantrack.consumer.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("documents-analyzed")
    @Blocking
    public void onResult(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        // the key is the document id; removed afterwards because a worker thread may run another record next
        if (record.key() != null) {
            MDC.put("documentId", record.key());
        }
        try {
            apply(parse(record));
        } finally {
            MDC.remove("documentId");
        }
    }

    private void apply(DocumentAnalyzedV1 event) throws InterruptedException {
        Duration backoff = Duration.ofMillis(250);
        for (int attempt = 1; ; attempt++) {
            try {
                if (documents.applyAnalysis(event)) {
                    LOG.infof("document %s run %d: %s", event.documentId(), event.analysisRun(), event.outcome());
                }
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    // not acknowledged: the record is delivered again after the restart
                    throw e;
                }
                LOG.warnf("storing the analysis result of %s failed (attempt %d), retrying in %d ms: %s",
                        event.documentId(), attempt, backoff.toMillis(), e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private DocumentAnalyzedV1 parse(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.value() == null) {
                throw new MalformedEventException("empty DocumentAnalyzedV1 record", null);
            }
            DocumentAnalyzedV1 event = EventJson.fromBytes(record.value(), DocumentAnalyzedV1.class);
            if (event.documentId() == null || event.outcome() == null) {
                throw new MalformedEventException("DocumentAnalyzedV1 without documentId or outcome", null);
            }
            return event;
        } catch (MalformedEventException e) {
            metrics.counter("plantrack.dead.letters", "topic", record.topic()).increment();
            if (record.key() != null) {
                failUnreadable(record.key(), "analysis result unreadable: " + e.getMessage());
            }
            throw e;
        }
    }

    private void failUnreadable(String documentId, String reason) {
        try {
            documents.failUnreadableResult(documentId, reason);
        } catch (RuntimeException e) {
            // the record still goes to the dead-letter topic, with its reason, for an operator to replay
            LOG.errorf("could not mark document %s failed (%s): %s", documentId, reason, e.getMessage());
        }
    }
}
