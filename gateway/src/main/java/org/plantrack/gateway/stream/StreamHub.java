package org.plantrack.gateway.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fans one Kafka topic out to every SSE subscriber of this gateway instance. Keeps the most recent events so a
 * client reconnecting with Last-Event-ID gets what it missed (within that window). Ids start at the instance's
 * start time in microseconds, so they also keep increasing across a gateway restart. Hubs built with the same
 * {@link Sequence} share one id sequence and one lock: a WebSocket client of both streams then sees ids increase
 * across them, and one id it last saw tells both hubs where to resume.
 */
public final class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);

    private final String name;
    private final int retention;
    private final int maxPendingPerSubscriber;
    private final MeterRegistry metrics;
    /** Looked up once, not by name and tags in the registry for every event. */
    private final Counter published;
    private final ArrayDeque<LiveEvent> recent = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Sequence sequence;

    /** Event ids shared by several hubs, and the lock under which they publish and subscribe. */
    public static final class Sequence {
        private long lastId = System.currentTimeMillis() * 1000;

        private long next() {
            return ++lastId;
        }
    }

    public StreamHub(String name, int retention, int maxPendingPerSubscriber, MeterRegistry metrics) {
        this(name, retention, maxPendingPerSubscriber, metrics, new Sequence());
    }

    public StreamHub(String name, int retention, int maxPendingPerSubscriber, MeterRegistry metrics,
                     Sequence sequence) {
        this.name = name;
        this.retention = retention;
        this.maxPendingPerSubscriber = maxPendingPerSubscriber;
        this.metrics = metrics;
        this.sequence = sequence;
        this.published = metrics.counter("plantrack.gateway.sse.events", "stream", name);
        for (String transport : List.of(SseSubscriber.TRANSPORT, WebSocketSubscriber.TRANSPORT)) {
            Gauge.builder("plantrack.gateway.sse.subscribers", subscribers,
                            list -> list.stream().filter(s -> s.transport().equals(transport)).count())
                    .description("live subscribers of a stream, by transport (sse, websocket)")
                    .tags("stream", name, "transport", transport)
                    .register(metrics);
        }
    }

    /** What a consumer hands over: an event's text and the attributes filters look at. */
    public record Incoming(String json, Map<String, List<String>> attributes) {
    }

    /** Assigns the next id, remembers the event and offers it to every matching subscriber. */
    public LiveEvent publish(String eventName, String json, Map<String, List<String>> attributes) {
        return publishAll(eventName, List.of(new Incoming(json, attributes))).get(0);
    }

    /**
     * Publishes events that arrived together (one Kafka poll) under one lock: ids increase in the given order, all
     * are retained for resumption, and each subscriber is handed the ones it wants in one call, so it can write
     * them to its connection at once instead of one write and flush per event.
     */
    public List<LiveEvent> publishAll(String eventName, List<Incoming> incoming) {
        if (incoming.isEmpty()) {
            return List.of();
        }
        synchronized (sequence) {
            List<LiveEvent> events = new ArrayList<>(incoming.size());
            for (Incoming in : incoming) {
                LiveEvent event = new LiveEvent(sequence.next(), eventName, in.json(), in.attributes());
                events.add(event);
                recent.addLast(event);
            }
            while (recent.size() > retention) {
                recent.removeFirst();
            }
            for (Subscriber subscriber : subscribers) {
                deliver(subscriber, events);
            }
            published.increment(events.size());
            return events;
        }
    }

    /**
     * Registers a subscriber; with {@code lastEventId} it first replays the retained events after that id. Both
     * happen under the hub's lock, so no event falls between the replay and the live feed.
     */
    public void subscribe(Subscriber subscriber, Long lastEventId) {
        synchronized (sequence) {
            subscriber.control(new StreamControl.Connected(name));
            if (lastEventId != null) {
                LiveEvent oldest = recent.peekFirst();
                if (oldest != null && lastEventId < oldest.id() - 1) {
                    subscriber.control(new StreamControl.Gap(oldest.id()));
                }
                List<LiveEvent> missed = new ArrayList<>();
                for (LiveEvent event : recent) {
                    if (event.id() > lastEventId) {
                        missed.add(event);
                    }
                }
                deliver(subscriber, missed);
            }
            subscribers.add(subscriber);
        }
    }

    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    private static final StreamControl HEARTBEAT = new StreamControl.Heartbeat();

    /** A heartbeat to every subscriber: keeps proxies from closing idle streams and finds dead connections. */
    public void heartbeat() {
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.isOpen()) {
                subscribers.remove(subscriber);
            } else {
                subscriber.control(HEARTBEAT);
            }
        }
    }

    public String name() {
        return name;
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /**
     * Hands the subscriber the events it wants in one call. A subscriber that already has the bound of events not
     * yet written is dropped instead: the bound is checked before each poll's events, not within them, so a poll
     * larger than the bound (up to max.poll.records) still reaches a client that keeps up.
     */
    private void deliver(Subscriber subscriber, List<LiveEvent> events) {
        if (!subscriber.isOpen()) {
            subscribers.remove(subscriber);
            return;
        }
        List<LiveEvent> wanted = new ArrayList<>(events.size());
        for (LiveEvent event : events) {
            if (subscriber.wants(event)) {
                wanted.add(event);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        if (subscriber.pending() >= maxPendingPerSubscriber) {
            dropTooSlow(subscriber);
            return;
        }
        subscriber.send(wanted);
    }

    private void dropTooSlow(Subscriber subscriber) {
        subscribers.remove(subscriber);
        metrics.counter("plantrack.gateway.sse.dropped", "stream", name, "transport", subscriber.transport())
                .increment();
        LOG.infof("%s subscriber dropped: %d events not yet written to it", name, subscriber.pending());
        subscriber.drop("too slow: " + subscriber.pending() + " events waiting to be written; reconnect with "
                + "Last-Event-ID to resume");
    }
}
