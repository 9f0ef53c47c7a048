package org.plantrack.gateway.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plantrack.gateway.rest.ProblemException;
import org.plantrack.gateway.stream.LiveEvent;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Webhook registrations of this gateway instance, kept in memory (the gateway has no database: a restart forgets
 * them, and each instance delivers only to the webhooks registered with it), and their deliveries.
 * <p>
 * {@link #dispatch} runs on the Kafka consumer thread and only matches filters and hands work to a small pool of
 * its own, so a slow receiver never slows the pipeline or the SSE fan-out. Each webhook holds at most
 * {@code max-pending} deliveries (waiting, in flight or between retries); beyond that an event is dropped for it and
 * counted. A failed attempt (connection error, timeout, non-2xx) is retried after an exponential backoff until
 * {@code max-attempts}, then dropped and counted.
 */
@ApplicationScoped
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "plantrack.webhook.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "plantrack.webhook.initial-backoff", defaultValue = "1s")
    Duration initialBackoff;

    @ConfigProperty(name = "plantrack.webhook.max-pending", defaultValue = "1000")
    int maxPending;

    @ConfigProperty(name = "plantrack.webhook.request-timeout", defaultValue = "10s")
    Duration requestTimeout;

    @ConfigProperty(name = "plantrack.webhook.max-registrations", defaultValue = "100")
    int maxRegistrations;

    private final Map<String, Webhook> hooks = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private ExecutorService workers;
    private ScheduledExecutorService retries;
    private HttpClient client;

    @PostConstruct
    void init() {
        workers = Executors.newFixedThreadPool(2, daemon("webhook-delivery"));
        retries = Executors.newSingleThreadScheduledExecutor(daemon("webhook-retry"));
        client = HttpClient.newBuilder()
                .executor(workers)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        metrics.gaugeMapSize("plantrack.gateway.webhook.registrations", Tags.empty(), hooks);
    }

    @PreDestroy
    void close() {
        retries.shutdownNow();
        workers.shutdownNow();
    }

    /** Validates and stores a registration; the answer is the only one that carries the secret. */
    public WebhookView register(JsonNode body) {
        WebhookRequest request = WebhookRequest.parse(body);
        if (hooks.size() >= maxRegistrations) {
            throw new ProblemException(409, "webhook-limit", "Too many webhooks",
                    "this gateway instance holds at most " + maxRegistrations + " webhooks; delete one first");
        }
        String secret = request.secret() != null ? request.secret() : newSecret();
        Webhook hook = new Webhook(UUID.randomUUID().toString(), request.url(), request.filters(), request.events(),
                secret.getBytes(StandardCharsets.UTF_8), Instant.now(), request.filterByEvent());
        hooks.put(hook.id(), hook);
        LOG.infof("webhook %s registered for %s, events %s", hook.id(), hook.url(), request.events());
        return hook.view().withSecret(secret);
    }

    public List<WebhookView> list() {
        return hooks.values().stream().map(Webhook::view)
                .sorted(Comparator.comparing(WebhookView::createdAt).thenComparing(WebhookView::id))
                .toList();
    }

    public Optional<WebhookView> get(String id) {
        return Optional.ofNullable(hooks.get(id)).map(Webhook::view);
    }

    /** Removes a webhook; its deliveries still waiting or between retries are dropped. */
    public boolean remove(String id) {
        Webhook hook = hooks.remove(id);
        if (hook == null) {
            return false;
        }
        hook.deactivate();
        return true;
    }

    /** Offers a live event to every matching webhook. Never blocks. */
    public void dispatch(LiveEvent event) {
        if (hooks.isEmpty()) {
            return;
        }
        byte[] body = event.json().getBytes(StandardCharsets.UTF_8);
        for (Webhook hook : hooks.values()) {
            if (hook.isActive() && hook.wants(event.name(), event.attributes())) {
                offer(hook, event.name(), body);
            }
        }
    }

    private void offer(Webhook hook, String eventName, byte[] body) {
        if (hook.pending.incrementAndGet() > maxPending) {
            hook.pending.decrementAndGet();
            dropped(hook, "queue-full");
            return;
        }
        Delivery delivery = new Delivery(hook, UUID.randomUUID().toString(), eventName, body,
                "sha256=" + hmacHex(hook.secret(), body));
        try {
            workers.execute(() -> attempt(delivery, 1));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            finish(delivery, "shutdown");
        }
    }

    private void attempt(Delivery delivery, int attempt) {
        if (!delivery.hook().isActive()) {
            finish(delivery, "unregistered");
            return;
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(delivery.hook().url())
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "PlanTrack-Webhook/0.1")
                    .header("X-PlanTrack-Event", delivery.eventName())
                    .header("X-PlanTrack-Delivery", delivery.id())
                    .header("X-PlanTrack-Webhook", delivery.hook().id())
                    .header("X-PlanTrack-Attempt", Integer.toString(attempt))
                    .header("X-PlanTrack-Signature", delivery.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                    .build();
        } catch (RuntimeException e) {
            finish(delivery, "invalid-request");
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                delivery.hook().delivered.incrementAndGet();
                delivery.hook().pending.decrementAndGet();
                metrics.counter("plantrack.gateway.webhook.delivered").increment();
                return;
            }
            String why = failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
            if (attempt >= maxAttempts) {
                LOG.warnf("webhook %s: delivery %s dropped after %d attempts (last: %s)", delivery.hook().id(),
                        delivery.id(), attempt, why);
                finish(delivery, "retries-exhausted");
                return;
            }
            metrics.counter("plantrack.gateway.webhook.retries").increment();
            LOG.debugf("webhook %s: delivery %s attempt %d failed (%s), retrying", delivery.hook().id(),
                    delivery.id(), attempt, why);
            try {
                retries.schedule(() -> attempt(delivery, attempt + 1), backoff(attempt).toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                finish(delivery, "shutdown");
            }
        });
    }

    /** initial-backoff, doubled after every failed attempt (1s, 2s, 4s, ...), at most five minutes. */
    Duration backoff(int failedAttempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void finish(Delivery delivery, String reason) {
        delivery.hook().pending.decrementAndGet();
        dropped(delivery.hook(), reason);
    }

    private void dropped(Webhook hook, String reason) {
        hook.dropped.incrementAndGet();
        metrics.counter("plantrack.gateway.webhook.dropped", "reason", reason).increment();
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

    private record Delivery(Webhook hook, String id, String eventName, byte[] body, String signature) {
    }
}
