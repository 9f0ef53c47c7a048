package org.plantrack.gateway.webhook;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 2 (connection time): a delivery connects to the address the destination check judged, not to
 * whatever a second lookup of the name answers (DNS rebinding). The receiver listens on 127.0.0.1 only and its
 * name is allow-listed; the name exists in the test's resolver table alone, so the system resolver cannot answer
 * it at all, and the table is switched to another address between the check and the connection.
 */
class PinnedDeliverySecurityTest {

    private static final String NAME = "receiver.rebinding.test";

    private final Map<String, String> dns = new ConcurrentHashMap<>();
    private final AtomicReference<String> hostHeader = new AtomicReference<>();
    private final AtomicReference<String> receivedTarget = new AtomicReference<>();
    private final AtomicReference<String> receivedBody = new AtomicReference<>();
    private HttpServer receiver;
    private PinnedHttpClient client;

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.createContext("/", exchange -> {
            hostHeader.set(exchange.getRequestHeaders().getFirst("Host"));
            receivedTarget.set(exchange.getRequestURI().toString());
            receivedBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        client = new PinnedHttpClient(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        receiver.stop(0);
    }

    @Test
    void theDeliveryGoesToTheCheckedAddressAfterTheNameWasRebound() throws Exception {
        int port = receiver.getAddress().getPort();
        WebhookDestinations destinations = new WebhookDestinations(List.of(NAME), this::resolve);
        URI url = URI.create("http://" + NAME + ":" + port + "/hooks/in?token=abc");
        dns.put(NAME, "127.0.0.1");

        WebhookDestinations.ConnectionCheck check = destinations.checkAtConnection(url);
        assertThat(check.refused()).isFalse();
        assertThat(check.address().getHostAddress()).isEqualTo("127.0.0.1");
        // the name now points elsewhere (nothing listens on 127.0.0.2 at this port)
        dns.put(NAME, "127.0.0.2");

        int status = client.post(url, check.address(), Map.of("Content-Type", "application/json"),
                "{\"event\":1}".getBytes(StandardCharsets.UTF_8)).get(20, TimeUnit.SECONDS);

        assertThat(status).isEqualTo(204);
        assertThat(receivedBody.get()).isEqualTo("{\"event\":1}");
        // the receiver still sees the name it was registered under, and the path and query as registered
        assertThat(hostHeader.get()).isEqualTo(NAME + ":" + port);
        assertThat(receivedTarget.get()).isEqualTo("/hooks/in?token=abc");
    }

    @Test
    void aNameThatReboundIntoARefusedRangeIsNotConnectedTo() {
        // not allow-listed: judged at each connection
        WebhookDestinations destinations = new WebhookDestinations(List.of(), this::resolve);
        dns.put(NAME, "127.0.0.1");
        WebhookDestinations.ConnectionCheck check = destinations.checkAtConnection(
                URI.create("http://" + NAME + ":" + receiver.getAddress().getPort() + "/hooks/in"));
        assertThat(check.refusal()).contains("127.0.0.1", "loopback");
        assertThat(check.address()).isNull();
        assertThat(receivedBody.get()).as("nothing was sent").isNull();
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        receiver.removeContext("/");
        receiver.createContext("/", exchange -> {
            receivedTarget.set(exchange.getRequestURI().toString());
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/elsewhere");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        int status = client.post(URI.create("http://" + NAME + ":" + receiver.getAddress().getPort() + "/hooks/in"),
                InetAddress.getByName("127.0.0.1"), Map.of(), new byte[0]).get(20, TimeUnit.SECONDS);
        assertThat(status).isEqualTo(307);
        assertThat(receivedTarget.get()).isEqualTo("/hooks/in");
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        String address = dns.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }
}
