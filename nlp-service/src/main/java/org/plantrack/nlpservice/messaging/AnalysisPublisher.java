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
import org.jboss.logging.MDC;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.nlpservice.service.AnalysisOutcome;
import org.plantrack.observability.RecordContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Publishes the results of a poll's analyses, keyed by document id, and returns only once the broker has
 * acknowledged every record (or a record failed for good). All indicator sets of the poll are sent at once and
 * awaited together, then all outcomes: two broker round trips per poll instead of two per document, and still "an
 * ANALYZED outcome implies its indicators are in the broker" (the two records go to different topics through
 * different producers, so Kafka would not order them by itself). A crash in between means the incoming records are
 * not acknowledged and are analysed again; the duplicate indicator set is harmless because target-service replaces
 * sets idempotently (per document, keyed by analysis run).
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

    /** One analysis to publish, with the trace context of the record it came from (its outputs continue it). */
    public record Outgoing(AnalysisOutcome outcome, Context trace) {
    }

    /**
     * Publishes every outcome; @return per outgoing (same index), null when all its records were acknowledged, or
     * why they could not be published after all attempts (then its outcome was not sent).
     */
    public List<String> publishAll(List<Outgoing> outgoing) {
        Map<Integer, String> failures = new HashMap<>();
        List<Integer> withIndicators = new ArrayList<>();
        for (int i = 0; i < outgoing.size(); i++) {
            if (outgoing.get(i).outcome().indicators() != null) {
                withIndicators.add(i);
            }
        }
        sendWithRetry(indicators, outgoing, withIndicators, o -> o.outcome().indicators(),
                o -> o.outcome().indicators().documentId(), "indicators", failures);
        // an outcome only once its indicator set is acknowledged: no ANALYZED without indicators in the broker
        List<Integer> outcomes = new ArrayList<>();
        for (int i = 0; i < outgoing.size(); i++) {
            if (!failures.containsKey(i)) {
                outcomes.add(i);
            }
        }
        sendWithRetry(analyzed, outgoing, outcomes, o -> o.outcome().analyzed(),
                o -> o.outcome().analyzed().documentId(), "analysis outcome", failures);
        List<String> result = new ArrayList<>(outgoing.size());
        for (int i = 0; i < outgoing.size(); i++) {
            result.add(failures.get(i));
        }
        return result;
    }

    /**
     * Sends the records of {@code indexes} all at once and awaits their acks; the ones that failed are sent again
     * after a backoff (exponential), up to {@code attempts} times, and end in {@code failures} if they never get
     * through.
     */
    private <T> void sendWithRetry(MutinyEmitter<T> emitter, List<Outgoing> outgoing, List<Integer> indexes,
                                   Function<Outgoing, T> payload, Function<Outgoing, String> key, String what,
                                   Map<Integer, String> failures) {
        List<Integer> pending = indexes;
        long wait = backoffMs;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
            for (int i : pending) {
                Outgoing o = outgoing.get(i);
                // explicit: the producer sends on another thread, where the record's context is not current
                acks.add(emitter.sendMessage(KafkaRecord.of(key.apply(o), payload.apply(o))
                        .addMetadata(TracingMetadata.withCurrent(o.trace()))).subscribeAsCompletionStage());
            }
            List<Integer> failed = new ArrayList<>();
            String lastError = null;
            for (int n = 0; n < pending.size(); n++) {
                String error = await(acks.get(n));
                if (error != null) {
                    int i = pending.get(n);
                    failed.add(i);
                    lastError = error;
                    if (attempt >= attempts) {
                        failures.put(i, "could not publish the " + what + " of document " + key.apply(outgoing.get(i))
                                + " after " + attempt + " attempts: " + error);
                    } else {
                        logRetry(key.apply(outgoing.get(i)), what, attempt, wait, error);
                    }
                }
            }
            if (failed.isEmpty() || attempt >= attempts) {
                return;
            }
            LOG.debugf("%d of %d %s records failed (last: %s), retrying in %d ms", failed.size(), pending.size(),
                    what, lastError, wait);
            sleep(wait);
            wait = Math.min(wait * 2, 30_000);
            pending = failed;
        }
    }

    private static String await(CompletableFuture<Void> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for the broker's acknowledgements", e);
        }
    }

    private static void logRetry(String documentId, String what, int attempt, long wait, String error) {
        // the line is about one document of the batch: it carries that document's id like every other line
        Object previous = MDC.get(RecordContext.DOCUMENT_ID);
        MDC.put(RecordContext.DOCUMENT_ID, documentId);
        try {
            LOG.warnf("publishing the %s of document %s failed (attempt %d), retrying in %d ms: %s",
                    what, documentId, attempt, wait, error);
        } finally {
            if (previous == null) {
                MDC.remove(RecordContext.DOCUMENT_ID);
            } else {
                MDC.put(RecordContext.DOCUMENT_ID, previous);
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

    /** Publishing was interrupted (shutdown): the batch is not acknowledged and is delivered again. */
    public static class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
