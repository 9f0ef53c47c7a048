package org.plantrack.nlpservice.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.nlpservice.service.AnalysisOutcome;

/**
 * Publishes the result of one analysis, keyed by document id, and returns only once the broker has acknowledged
 * every record. The indicator set goes first: when the document shows ANALYZED its indicators are already on their
 * way to target-service. A crash between the two sends means the incoming record is not acknowledged and is
 * analysed again; the duplicate indicator set is harmless because target-service replaces sets idempotently.
 */
@ApplicationScoped
public class AnalysisPublisher {

    private static final Logger LOG = Logger.getLogger(AnalysisPublisher.class);

    @Inject
    @Channel("indicators-out")
    MutinyEmitter<IndicatorsExtractedV1> indicators;

    @Inject
    @Channel("analyzed-out")
    MutinyEmitter<DocumentAnalyzedV1> analyzed;

    /** Attempts per record beyond the producer's own retries (which cover short broker hiccups). */
    @ConfigProperty(name = "plantrack.publish.attempts", defaultValue = "5")
    int attempts;

    @ConfigProperty(name = "plantrack.publish.backoff-ms", defaultValue = "500")
    long backoffMs;

    public void publish(AnalysisOutcome outcome) {
        // Deliberately sequential: the two records go to different topics through different producers, so Kafka
        // guarantees no order between them (the idempotent producer only orders records of one partition). Awaiting
        // the indicators' ack before sending the outcome is what makes "ANALYZED implies the indicators are stored
        // in the broker" true; it costs one broker round trip (milliseconds), while throughput comes from analysing
        // documents of different partitions concurrently (channel concurrency in application.properties). Sending both
        // at once would save that round trip only by giving up the guarantee (a transaction would cost more than it
        // saves), so what was cut instead is the producers' linger (linger.ms=0): 5 ms of waiting on each send.
        if (outcome.indicators() != null) {
            send(indicators, outcome.indicators().documentId(), outcome.indicators(), "indicators");
        }
        send(analyzed, outcome.analyzed().documentId(), outcome.analyzed(), "analysis outcome");
    }

    private <T> void send(MutinyEmitter<T> emitter, String key, T payload, String what) {
        long wait = backoffMs;
        for (int attempt = 1; ; attempt++) {
            try {
                // explicit: the producer may send on another thread, where the record's context is not current
                emitter.sendMessageAndAwait(KafkaRecord.of(key, payload)
                        .addMetadata(TracingMetadata.withCurrent(Context.current())));
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw new PublishFailedException("could not publish the " + what + " of document " + key
                            + " after " + attempt + " attempts: " + e.getMessage(), e);
                }
                LOG.warnf("publishing the %s of document %s failed (attempt %d of %d), retrying in %d ms: %s",
                        what, key, attempt, attempts, wait, e.toString());
                sleep(wait);
                wait = Math.min(wait * 2, 30_000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting to retry a publish", e);
        }
    }

    /** Publishing failed for good; the incoming record is nacked and so lands on the dead-letter topic. */
    public static class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
