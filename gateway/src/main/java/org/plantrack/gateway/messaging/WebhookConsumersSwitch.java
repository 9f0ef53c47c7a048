package org.plantrack.gateway.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.plantrack.gateway.webhook.Webhooks;

import java.util.Map;

/**
 * Pauses each webhook channel while no webhook takes its kind of event, and resumes it when one does. Without
 * webhooks (the usual case) the delivery group would otherwise fetch, hand over and acknowledge every indicator and
 * target event for nothing. The channels start paused (pausable.initially-paused) until the stored registrations
 * are read.
 * <p>
 * A paused channel stops asking the connector for records; the connector then pauses the consumer's partitions
 * but keeps polling, so the consumer stays in the group with its partitions (no rebalance, so each event is still
 * delivered by one instance) and no offset moves on. On resume it reads on from where it stopped; events published
 * before a webhook was registered are not delivered to it ({@code Webhook#predates}). Each instance switches on its
 * own view of the registrations, which every instance reads from the same topic.
 */
@ApplicationScoped
public class WebhookConsumersSwitch {

    private static final Logger LOG = Logger.getLogger(WebhookConsumersSwitch.class);
    /** Channel name to the event kind it carries. */
    static final Map<String, String> CHANNELS = Map.of(
            "webhook-indicator-events", "indicator",
            "webhook-target-events", "target");

    @Inject
    ChannelRegistry channels;

    @Inject
    Webhooks webhooks;

    void start(@Observes StartupEvent started) {
        webhooks.onRegistrationsChanged(this::update);
        update();
    }

    /** Resumes the channels some webhook wants, pauses the others. */
    synchronized void update() {
        CHANNELS.forEach((channel, eventName) -> {
            PausableChannel pausable = channels.getPausable(channel);
            if (pausable == null) {
                return;
            }
            boolean wanted = webhooks.anyTakes(eventName);
            if (wanted && pausable.isPaused()) {
                pausable.resume();
                LOG.infof("webhook channel %s resumed: a webhook takes %s events", channel, eventName);
            } else if (!wanted && !pausable.isPaused()) {
                pausable.pause();
                LOG.infof("webhook channel %s paused: no webhook takes %s events", channel, eventName);
            }
        });
    }

    /** Whether the channel is paused now (for tests and health data). */
    public boolean isPaused(String channel) {
        PausableChannel pausable = channels.getPausable(channel);
        return pausable != null && pausable.isPaused();
    }
}
