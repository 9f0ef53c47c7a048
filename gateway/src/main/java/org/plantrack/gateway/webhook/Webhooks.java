package org.plantrack.gateway.webhook;

import org.plantrack.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.events.DeadLetterRecords;
import org.plantrack.events.EventIds;
import org.plantrack.events.Topics;
import org.plantrack.events.WebhookRegisteredV1;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.observability.TraceContext;
import org.plantrack.retry.ClassifiedFailure;
import org.plantrack.retry.DeadLetterSenders;
import org.plantrack.retry.GivenUpException;
import org.plantrack.retry.PermanentFailures;
import org.plantrack.retry.Retries;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;

/**
 * Webhook registrations (durable and shared by every gateway instance, see {@link WebhookRegistry}) and their
 * deliveries.
 * <p>
 * {@link #deliver} is called by the consumer group {@code plantrack-gateway-webhooks} that all gateway instances
 * share, so each event is handled by one instance only. It never blocks: it matches filters and hands the work to
 * a small pool of its own; the answer completes once every matching webhook got the event or gave up (recorded on
 * the gateway's dead-letter topic), and only then is the record's offset committed. A crash before that re-delivers
 * the record (same X-PlanTrack-Delivery id) rather than losing it. Each webhook holds at most {@code max-pending}
 * deliveries (waiting, in flight or between retries); beyond that the event is given up for it ("queue-full").
 * A failed attempt (connection error, timeout, non-2xx) is retried with the delivery variant of the retry policy
 * ({@code plantrack.retry.delivery.*}, docs/reliability.md "Retries"); the fault-tolerance timer starts each new
 * attempt, so no thread waits between attempts. A 4xx other than 408 and 429 is not retried (the policy's
 * PermanentFailures): the delivery is given up at once as "refused-by-receiver".
 */
@ApplicationScoped
@Startup
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class);

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "plantrack.webhook.topic", defaultValue = Topics.WEBHOOKS)
    String topic;

    @Inject
    Retries retries;

    /** Given-up deliveries go to plantrack.dlq.gateway through the retry module's one dead-letter producer. */
    @Inject
    DeadLetterSenders deadLetters;

    @ConfigProperty(name = "plantrack.webhook.max-pending", defaultValue = "1000")
    int maxPending;

    @ConfigProperty(name = "plantrack.webhook.request-timeout", defaultValue = "10s")
    Duration requestTimeout;

    @ConfigProperty(name = "plantrack.webhook.max-registrations", defaultValue = "100")
    int maxRegistrations;

    /** Hosts (or host:port) webhooks may reach although they are loopback or internal: PLANTRACK_WEBHOOK_ALLOWED_HOSTS. */
    @ConfigProperty(name = "plantrack.webhook.allowed-hosts")
    Optional<List<String>> allowedHosts;

    private final SecureRandom random = new SecureRandom();
    private WebhookRegistry registry;
    private ExecutorService workers;
    private PinnedHttpClient client;
    private WebhookDestinations destinations;

    @PostConstruct
    void init() {
        destinations = WebhookDestinations.withSystemResolver(allowedHosts.orElse(List.of()));
        registry = new WebhookRegistry(bootstrapServers, topic).start();
        workers = Executors.newFixedThreadPool(2, daemon("webhook-delivery"));
        client = new PinnedHttpClient(Duration.ofSeconds(5), requestTimeout);
        metrics.gaugeMapSize("plantrack.gateway.webhook.registrations", Tags.empty(), registry.view());
    }

    /**
     * Deliveries still running are abandoned without completing: their records stay uncommitted and the consumer
     * group hands them to another instance (or this one after its restart).
     */
    @PreDestroy
    void close() {
        workers.shutdownNow();
        client.close();
        registry.close();
    }

    /**
     * Runs the listener whenever a webhook is added or removed on this instance (from any instance, via the
     * registration topic) and once the stored registrations are known.
     */
    public void onRegistrationsChanged(Runnable listener) {
        registry.onChange(listener);
    }

    /**
     * True when, as far as the stored registrations are known, some webhook takes events of this kind: false
     * before they are read (the consumer may as well wait) and when there is none (the usual case).
     */
    public boolean anyTakes(String eventName) {
        return registry.isCaughtUp() && mayDeliver(eventName);
    }

    /** True once the registrations stored before this instance started are known. */
    public boolean isReady() {
        return registry.isCaughtUp();
    }

    /** Validates and stores a registration; the answer is the only one that carries the secret. */
    public WebhookView register(JsonNode body) {
        WebhookRequest request = WebhookRequest.parse(body);
        destinations.refusalAtRegistration(request.url()).ifPresent(reason -> {
            throw new ProblemException(ProblemType.WEBHOOK_DESTINATION_REFUSED,
                    "url: " + reason + "; webhooks may only reach public addresses (internal receivers must be "
                            + "listed in PLANTRACK_WEBHOOK_ALLOWED_HOSTS)");
        });
        if (registry.size() >= maxRegistrations) {
            throw new ProblemException(ProblemType.WEBHOOK_LIMIT,
                    "at most " + maxRegistrations + " webhooks can be registered; delete one first");
        }
        String secret = request.secret() != null ? request.secret() : newSecret();
        WebhookRegisteredV1 registration = new WebhookRegisteredV1(EventIds.newId(),
                WebhookRegisteredV1.SCHEMA_VERSION, UUID.randomUUID().toString(), request.url().toString(),
                request.filters(), request.events().stream().sorted().toList(), secret, Instant.now());
        Webhook hook = storing(() -> registry.register(registration));
        LOG.infof("webhook %s registered for %s, events %s", hook.id(), MaskedUrl.of(hook.url()), request.events());
        return hook.view().withSecret(secret);
    }

    public List<WebhookView> list() {
        return registry.all().stream().map(Webhook::view)
                .sorted(Comparator.comparing(WebhookView::createdAt).thenComparing(WebhookView::id))
                .toList();
    }

    public Optional<WebhookView> get(String id) {
        return registry.get(id).map(Webhook::view);
    }

    /** Removes a webhook everywhere; its deliveries still waiting or between retries are abandoned. */
    public boolean remove(String id) {
        return storing(() -> registry.remove(id));
    }

    /**
     * False when no registered webhook takes events of this kind, so the caller can skip reading the event at all.
     * True until the registrations stored before start-up are known ({@link #deliver} waits for them).
     */
    public boolean mayDeliver(String eventName) {
        if (!registry.isCaughtUp()) {
            return true;
        }
        for (Webhook hook : registry.all()) {
            if (hook.isActive() && hook.takes(eventName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Offers one event to every matching webhook. Never blocks; the answer completes when each matching webhook
     * received it or gave up on it.
     *
     * @param source      where the event was read (topic-partition@offset): the same record always gets the same
     *                    delivery id per webhook, so a receiver can recognise a re-delivery after a crash
     * @param traceparent the W3C trace context of the event's record, sent on as the POST's {@code traceparent}
     *                    header (so a receiver can continue the trace); null when the record had none
     * @param publishedAt the record's timestamp: a webhook registered after it does not get the event
     */
    public CompletableFuture<Void> deliver(String eventName, String json, Map<String, List<String>> attributes,
                                           String source, String traceparent, Instant publishedAt) {
        if (!registry.isCaughtUp()) {
            // right after start-up: match against every stored registration, not the few read so far
            return registry.caughtUp().thenCompose(ready -> deliver(eventName, json, attributes, source,
                    traceparent, publishedAt));
        }
        List<CompletableFuture<Void>> deliveries = new ArrayList<>();
        byte[] body = null;
        for (Webhook hook : registry.all()) {
            if (hook.isActive() && !hook.predates(publishedAt) && hook.wants(eventName, attributes)) {
                if (body == null) {
                    body = json.getBytes(StandardCharsets.UTF_8);
                }
                String deliveryId = UUID.nameUUIDFromBytes((hook.id() + "|" + source)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                deliveries.add(offer(new Delivery(hook, deliveryId, eventName, body, hook.sign(body), source,
                        traceparent, new CompletableFuture<>())));
            }
        }
        return CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> offer(Delivery delivery) {
        Webhook hook = delivery.hook();
        if (hook.pending.incrementAndGet() > maxPending) {
            hook.pending.decrementAndGet();
            giveUp(delivery, "queue-full", maxPending + " deliveries already pending for this webhook", 0, null);
            return delivery.done();
        }
        try {
            workers.execute(() -> start(delivery));
        } catch (RejectedExecutionException e) {
            hook.pending.decrementAndGet(); // shutting down: left uncommitted, delivered after the restart
        }
        return delivery.done();
    }

    /** Runs the delivery's attempts; its outcome is handled on the delivery pool (giving up writes to Kafka). */
    private void start(Delivery delivery) {
        Webhook hook = delivery.hook();
        retries.delivery().callAsync("webhook " + hook.id() + ": delivery " + delivery.id(),
                        attempt -> attempt(delivery, attempt), failure -> !(failure instanceof Abandoned))
                .whenComplete((delivered, failure) -> {
                    try {
                        workers.execute(() -> finish(delivery, delivered, failure));
                    } catch (RejectedExecutionException e) {
                        hook.pending.decrementAndGet(); // shutting down: left uncommitted, delivered after the restart
                    }
                });
    }

    /**
     * One attempt, on the delivery pool (checking the destination resolves its name): completes with the 2xx answer,
     * or fails with what went wrong; an {@link Abandoned} failure is not retried.
     */
    private CompletionStage<Delivered> attempt(Delivery delivery, int attempt) {
        Webhook hook = delivery.hook();
        CompletableFuture<WebhookDestinations.ConnectionCheck> checked;
        try {
            checked = CompletableFuture.supplyAsync(() -> {
                if (!hook.isActive()) {
                    throw new Abandoned("unregistered", "the webhook was removed");
                }
                WebhookDestinations.ConnectionCheck check = destinations.checkAtConnection(hook.url());
                if (check.refused()) {
                    // not retried: the same name is likely to point to the same place a moment later
                    throw new Abandoned("destination-refused", check.refusal());
                }
                return check;
            }, workers);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new Abandoned(SHUTDOWN, "the gateway is stopping"));
        }
        if (attempt > 1) {
            metrics.counter("plantrack.gateway.webhook.retries").increment();
        }
        return checked.thenCompose(check -> post(delivery, attempt, check)).thenApply(status -> {
            if (status / 100 != 2) {
                throw new NotAccepted(status);
            }
            return new Delivered(status, attempt);
        }).whenComplete((delivered, failure) -> {
            if (failure != null && !(unwrap(failure) instanceof Abandoned)) {
                metrics.counter("plantrack.gateway.webhook.failed-attempts").increment();
                LOG.debugf("webhook %s: delivery %s attempt %d failed (%s)", hook.id(), delivery.id(), attempt,
                        why(unwrap(failure)));
            }
        });
    }

    private CompletableFuture<Integer> post(Delivery delivery, int attempt, WebhookDestinations.ConnectionCheck check) {
        Webhook hook = delivery.hook();
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("User-Agent", "PlanTrack-Webhook/0.1");
        headers.put("X-PlanTrack-Event", delivery.eventName());
        headers.put("X-PlanTrack-Delivery", delivery.id());
        headers.put("X-PlanTrack-Webhook", hook.id());
        headers.put("X-PlanTrack-Attempt", Integer.toString(attempt));
        headers.put("X-PlanTrack-Signature", delivery.signature());
        if (delivery.traceparent() != null) {
            headers.put(TraceContext.HEADER, delivery.traceparent());
        }
        return check.address() == null
                ? CompletableFuture.failedFuture(new java.net.UnknownHostException(hook.url().getHost()))
                // connect to the address that was judged, never to a second DNS answer
                : client.post(hook.url(), check.address(), headers, delivery.body());
    }

    private void finish(Delivery delivery, Delivered delivered, Throwable failure) {
        Webhook hook = delivery.hook();
        hook.pending.decrementAndGet();
        if (delivered != null) {
            hook.delivered.incrementAndGet();
            hook.recent.add(DeliveryOutcome.delivered(delivery.id(), delivery.eventName(), delivered.status(),
                    delivered.attempt()));
            metrics.counter("plantrack.gateway.webhook.delivered").increment();
            delivery.done().complete(null);
            return;
        }
        Throwable givenUp = unwrap(failure);
        int attempts = givenUp instanceof GivenUpException g ? g.attempts() : 1;
        Throwable last = unwrap(givenUp instanceof GivenUpException ? givenUp.getCause() : givenUp);
        if (last instanceof Abandoned abandoned) {
            switch (abandoned.reason()) {
                case SHUTDOWN -> {
                    // left uncommitted: delivered after the restart
                }
                case "unregistered" -> {
                    dropped(hook, "unregistered");
                    delivery.done().complete(null);
                }
                default -> giveUp(delivery, abandoned.reason(), abandoned.getMessage(), attempts - 1, null);
            }
            return;
        }
        Integer lastStatus = last instanceof NotAccepted notAccepted ? notAccepted.status : null;
        if (lastStatus != null && givenUp instanceof GivenUpException g && g.permanent()) {
            giveUp(delivery, "refused-by-receiver", "attempt " + attempts + " was answered " + why(last)
                    + ", which no retry changes", attempts, lastStatus);
            return;
        }
        giveUp(delivery, "retries-exhausted", attempts + " attempts failed, the last with " + why(last), attempts,
                lastStatus);
    }

    private static String why(Throwable failure) {
        return failure instanceof NotAccepted notAccepted ? "HTTP " + notAccepted.status
                : failure.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /**
     * Records the event on plantrack.dlq.gateway (key: webhook id, value: the event, the reason in the headers
     * as the messaging connector writes its own dead letters), then lets the record's offset be committed.
     * attempts and lastStatus (null without an HTTP answer) go to the webhook's recent deliveries.
     */
    private void giveUp(Delivery delivery, String reason, String detail, int attempts, Integer lastStatus) {
        Webhook hook = delivery.hook();
        dropped(hook, reason);
        hook.recent.add(DeliveryOutcome.givenUp(delivery.id(), delivery.eventName(), lastStatus, attempts, reason));
        LOG.warnf("webhook %s: delivery %s of %s given up (%s: %s); recorded on %s", hook.id(), delivery.id(),
                delivery.source(), reason, detail, Topics.DLQ_GATEWAY);
        var record = new ProducerRecord<>(Topics.DLQ_GATEWAY, hook.id(), delivery.body());
        record.headers()
                .add(DeadLetterRecords.REASON, ("webhook " + reason + ": " + detail).getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-source", delivery.source().getBytes(StandardCharsets.UTF_8))
                .add("plantrack-webhook-id", hook.id().getBytes(StandardCharsets.UTF_8))
                .add("plantrack-webhook-url", MaskedUrl.of(hook.url()).getBytes(StandardCharsets.UTF_8))
                .add("plantrack-delivery-id", delivery.id().getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.sendWithoutWaiting(record, (metadata, error) -> {
                if (error != null) {
                    LOG.errorf(error, "webhook %s: could not record given-up delivery %s on %s", hook.id(),
                            delivery.id(), Topics.DLQ_GATEWAY);
                }
                delivery.done().complete(null);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "webhook %s: could not record given-up delivery %s", hook.id(), delivery.id());
            delivery.done().complete(null);
        }
    }

    private void dropped(Webhook hook, String reason) {
        hook.dropped.incrementAndGet();
        metrics.counter("plantrack.gateway.webhook.dropped", "reason", reason).increment();
    }

    private static <T> T storing(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (WebhookRegistry.RegistryUnavailableException e) {
            // the cause names the registry topic and the broker's error: for the log, not for the client
            LOG.warnf(e, "webhook registration not stored");
            throw new ProblemException(ProblemType.WEBHOOK_STORE_UNAVAILABLE,
                    "the registration could not be stored durably; nothing was changed, try again");
        }
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Hex HMAC-SHA256 of the body: what X-PlanTrack-Signature carries after "sha256=". */
    public static String hmacHex(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Delivery(Webhook hook, String id, String eventName, byte[] body, String signature, String source,
                            String traceparent, CompletableFuture<Void> done) {
    }

    /** A 2xx answer and the attempt that got it. */
    private record Delivered(int status, int attempt) {
    }

    /** The receiver answered, but not with a 2xx: retried like a connection failure. */
    /** A non-2xx answer; a 4xx other than 408 and 429 would be the same answer to any retry of the request. */
    private static final class NotAccepted extends RuntimeException implements ClassifiedFailure {
        private final int status;

        NotAccepted(int status) {
            super("HTTP " + status, null, false, false);
            this.status = status;
        }

        @Override
        public boolean permanent() {
            return PermanentFailures.isPermanentHttpStatus(status);
        }
    }

    private static final String SHUTDOWN = "shutdown";

    /** A delivery that is not tried again: the webhook is gone, its destination is refused, or the gateway stops. */
    private static final class Abandoned extends RuntimeException {
        private final String reason;

        Abandoned(String reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
