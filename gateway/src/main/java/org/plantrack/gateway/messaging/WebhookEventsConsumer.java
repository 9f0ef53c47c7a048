package org.plantrack.gateway.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.webhook.Webhooks;

import java.nio.charset.StandardCharsets;
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
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private static final Logger LOG = Logger.getLogger(WebhookEventsConsumer.class);

    @Inject
    Webhooks webhooks;

    @Incoming("webhook-indicator-events")
    public CompletionStage<Void> onIndicatorEvent(Message<String> message) {
        return handle(message, "indicator", IndicatorEventV1.class, LiveStreams::attributes);
    }

    @Incoming("webhook-target-events")
    public CompletionStage<Void> onTargetEvent(Message<String> message) {
        return handle(message, "target", TargetUpdatedV1.class, LiveStreams::attributes);
    }

    private <T> CompletionStage<Void> handle(Message<String> message, String eventName, Class<T> type,
                                             Function<T, Map<String, List<String>>> attributes) {
        String source = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset())
                .orElse("unknown");
        T event;
        try {
            if (message.getPayload() == null) {
                throw new MalformedEventException("empty " + type.getSimpleName() + " record", null);
            }
            event = EventJson.fromBytes(message.getPayload().getBytes(StandardCharsets.UTF_8), type);
        } catch (MalformedEventException e) {
            // the live-stream consumer of this instance's own group records it on the dead-letter topic
            LOG.debugf("no webhook delivery for unreadable record %s: %s", source, e.getMessage());
            return message.ack();
        }
        webhooks.deliver(eventName, message.getPayload(), attributes.apply(event), source)
                .whenComplete((ignored, error) -> message.ack());
        // handled concurrently: the acknowledgement above, not this answer, lets the offset be committed
        return CompletableFuture.completedFuture(null);
    }
}
