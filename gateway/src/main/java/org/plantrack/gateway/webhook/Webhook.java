package org.plantrack.gateway.webhook;

import org.plantrack.events.WebhookRegisteredV1;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LiveStreams;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One registered webhook: where to POST, which events, and the secret that signs each body. The secret never leaves
 * this object after registration (views are built by {@link #view}). {@code pending} bounds the deliveries waiting
 * or being retried for this webhook, so one slow or failing receiver cannot hold unbounded memory.
 */
public final class Webhook {

    private final String id;
    private final URI url;
    private final Map<String, List<String>> filters;
    private final Set<String> events;
    private final byte[] secret;
    private final Instant createdAt;
    private final Map<String, EventFilter> filterByEvent;
    private final AtomicBoolean active = new AtomicBoolean(true);
    final AtomicInteger pending = new AtomicInteger();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    /** The outcomes GET shows; twenty are enough to see a pattern (every attempt failing, one slow receiver). */
    final RecentDeliveries recent = new RecentDeliveries(20);

    Webhook(String id, URI url, Map<String, List<String>> filters, Set<String> events, byte[] secret,
            Instant createdAt, Map<String, EventFilter> filterByEvent) {
        this.id = id;
        this.url = url;
        this.filters = filters;
        this.events = events;
        this.secret = secret;
        this.createdAt = createdAt;
        this.filterByEvent = filterByEvent;
    }

    /** A webhook as read back from its stored registration (already validated when it was registered). */
    static Webhook from(WebhookRegisteredV1 registration) {
        Map<String, List<String>> filters = registration.filters() == null ? Map.of() : registration.filters();
        return new Webhook(registration.webhookId(), URI.create(registration.url()), filters,
                Set.copyOf(registration.events()),
                registration.secret().getBytes(StandardCharsets.UTF_8), registration.createdAt(),
                Map.of("indicator", EventFilter.parse(filters, LiveStreams.INDICATOR_FILTERS),
                        "target", EventFilter.parse(filters, LiveStreams.TARGET_FILTERS)));
    }

    public String id() {
        return id;
    }

    public URI url() {
        return url;
    }

    /** The X-PlanTrack-Signature of a body: "sha256=" and the hex HMAC-SHA256 keyed with the secret. */
    public String sign(byte[] body) {
        return "sha256=" + Webhooks.hmacHex(secret, body);
    }

    boolean isActive() {
        return active.get();
    }

    void deactivate() {
        active.set(false);
    }

    /**
     * Published before this webhook was registered (by the record's timestamp): not for it. The webhook consumers
     * are paused while no webhook exists and read on from where they stopped when one is registered; what was
     * published meanwhile is history the new webhook did not ask for.
     */
    boolean predates(Instant publishedAt) {
        return publishedAt != null && createdAt != null && publishedAt.isBefore(createdAt);
    }

    /** The event kind is subscribed, whatever the filter. */
    boolean takes(String eventName) {
        return events.contains(eventName);
    }

    /** The event kind is subscribed and its attributes pass this webhook's filter for that kind. */
    boolean wants(String eventName, Map<String, List<String>> attributes) {
        EventFilter filter = filterByEvent.get(eventName);
        return events.contains(eventName) && filter != null && filter.matches(attributes);
    }

    /** What GET answers: everything but the secret, and the URL without the credentials it may carry. */
    public WebhookView view() {
        return new WebhookView(id, MaskedUrl.of(url), filters, events.stream().sorted().toList(), createdAt, delivered.get(),
                dropped.get(), pending.get(), recent.newestFirst(), null);
    }
}
