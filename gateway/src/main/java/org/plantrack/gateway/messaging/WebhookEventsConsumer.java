package org.plantrack.gateway.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.plantrack.events.MalformedEventException;
import org.plantrack.gateway.webhook.Webhooks;
import org.plantrack.observability.TraceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Feeds webhook deliveries from Kafka, in the consumer group {@code plantrack-gateway-webhooks} that every gateway
 * instance joins: each record is handled by one instance, so each webhook gets each event once however many
 * gateways run (unlike the live streams, where every instance must see everything).
 * <p>
 * A record is acknowledged only when all its deliveries finished (delivered, or given up and recorded on the
 * dead-letter topic). The throttled commit strategy commits an offset only when every record before it is
 * acknowledged, so records still being delivered when an instance dies are delivered again by the instance that
 * takes its partitions over. Records are not handled one after the other: a slow receiver holds its own bounded
 * queue, not the partition.
 * <p>
 * While no webhook takes an event kind, its channel is paused ({@link WebhookConsumersSwitch}): the consumer keeps
 * its partitions but fetches nothing, and reads on from there when a webhook is registered. A webhook is given only
 * the events published after its registration (by the record timestamp), so that backlog is not delivered to it.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private static final Logger LOG = Logger.getLogger(WebhookEventsConsumer.class);

    @Inject
    Webhooks webhooks;

    @Incoming("webhook-indicator-events")
    public CompletionStage<Void> onIndicatorEvent(Message<String> message) {
        return handle(message, "indicator", EventAttributes::ofIndicatorEvent);
    }

    @Incoming("webhook-target-events")
    public CompletionStage<Void> onTargetEvent(Message<String> message) {
        return handle(message, "target", EventAttributes::ofTargetEvent);
    }

    private CompletionStage<Void> handle(Message<String> message, String eventName,
                                         Function<String, Map<String, List<String>>> attributes) {
        if (!webhooks.mayDeliver(eventName)) {
            // no webhook takes this kind of event (the usual case): nothing to read, the offset may move on
            return message.ack();
        }
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElse(null);
        String source = record == null ? "unknown"
                : record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
        Map<String, List<String>> filterAttributes;
        try {
            filterAttributes = attributes.apply(message.getPayload());
        } catch (MalformedEventException e) {
            // the live-stream consumer of this instance's own group records it on the dead-letter topic
            LOG.debugf("no webhook delivery for unreadable record %s: %s", source, e.getMessage());
            return message.ack();
        }
        // the body is the event as SSE subscribers get it: with the record's trace id added (TraceIds)
        String traceparent = traceparent(record);
        String body = TraceIds.addTo(message.getPayload(), TraceContext.traceId(traceparent));
        Instant publishedAt = record == null || record.getTimestamp() == null
                || record.getTimestamp().toEpochMilli() < 0 ? null : record.getTimestamp();
        webhooks.deliver(eventName, body, filterAttributes, source, traceparent, publishedAt)
                .whenComplete((ignored, error) -> message.ack());
        // handled concurrently: the acknowledgement above, not this answer, lets the offset be committed
        return CompletableFuture.completedFuture(null);
    }

    /** The record's own traceparent, passed on to receivers only when well-formed. */
    private static String traceparent(IncomingKafkaRecordMetadata<?, ?> record) {
        String traceparent = record == null ? null : TraceContext.fromHeaders(record.getHeaders());
        return TraceContext.traceId(traceparent) == null ? null : traceparent.strip();
    }
}
