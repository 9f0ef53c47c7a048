package org.plantrack.gateway.stream;

import org.plantrack.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.web.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A cap on the live subscriptions one client (by remote address) holds at once: an SSE stream is one, a WebSocket
 * one per stream it carries. Each open subscription costs a connection, a buffer and a share of every event's
 * fan-out, so without a cap one client could open thousands. Subscriptions are not released explicitly: each one
 * registers how to tell it is still open, and closed ones stop counting at the next admission.
 * <p>
 * Behind a reverse proxy every client has the proxy's address unless the gateway is told to trust forwarded
 * headers (quarkus.http.proxy.proxy-address-forwarding), so the cap then applies to the proxy as a whole.
 */
@ApplicationScoped
public class SubscriberQuota {

    @ConfigProperty(name = "plantrack.stream.max-subscriptions-per-client", defaultValue = "32")
    int maxPerClient;

    private final List<Held> held = new ArrayList<>();

    private record Held(String client, int count, BooleanSupplier open) {
    }

    /**
     * Counts {@code count} subscriptions of this client, open as long as {@code open} says; a 429 problem when they
     * would take the client over the cap.
     */
    public synchronized void admit(String client, int count, BooleanSupplier open) {
        held.removeIf(h -> !h.open().getAsBoolean());
        int used = held.stream().filter(h -> h.client().equals(client)).mapToInt(Held::count).sum();
        if (used + count > maxPerClient) {
            throw new ProblemException(ProblemType.TOO_MANY_SUBSCRIPTIONS,
                    "this client already holds " + used + " live subscriptions (at most " + maxPerClient
                            + " at once: an SSE stream counts one, a WebSocket one per stream); close one first");
        }
        held.add(new Held(client, count, open));
    }
}
