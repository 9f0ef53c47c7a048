package org.plantrack.gateway.security;

import org.junit.jupiter.api.Test;
import org.plantrack.gateway.webhook.WebhookDestinations;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 2: which webhook destinations are refused, without any connection (names resolve from a table).
 */
class WebhookDestinationsSecurityTest {

    private final Map<String, String> dns = new ConcurrentHashMap<>(Map.of(
            "receiver.example", "203.0.113.10",
            "internal.example", "10.1.2.3",
            "metadata.example", "169.254.169.254",
            "v6-internal.example", "fd12:3456::1"));

    private final WebhookDestinations destinations = new WebhookDestinations(List.of("hooks.internal",
            "127.0.0.1:9000"), this::resolve);

    private InetAddress[] resolve(String host) throws UnknownHostException {
        String address = dns.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private String refusal(String url) {
        return destinations.refusalAtRegistration(URI.create(url)).orElse(null);
    }

    @Test
    void loopbackInEveryFormIsRefused() {
        assertThat(refusal("http://127.0.0.1:8081/documents")).contains("loopback");
        assertThat(refusal("http://127.1.2.3/")).contains("loopback");
        assertThat(refusal("http://localhost:8081/")).contains("loopback");
        assertThat(refusal("http://LOCALHOST./")).contains("loopback");
        assertThat(refusal("http://api.localhost/")).contains("loopback");
        assertThat(refusal("http://[::1]:8081/")).contains("loopback");
        assertThat(refusal("http://[::ffff:127.0.0.1]/")).contains("loopback");
        assertThat(refusal("http://[::ffff:7f00:1]/")).contains("loopback");
        // authorities java.net.URI cannot read a host from are refused rather than guessed at
        assertThat(refusal("http://127.0.0.1./")).contains("not a host name");
    }

    @Test
    void numericFormsOtherThanFourDecimalPartsAreRefused() {
        for (String host : List.of("2130706433", "0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "127.1", "017700000001",
                "127.0.0.01")) {
            assertThat(refusal("http://" + host + ":8081/")).as(host).containsAnyOf("numeric address",
                    "not a host name");
        }
    }

    @Test
    void unspecifiedPrivateLinkLocalAndUniqueLocalAreRefused() {
        assertThat(refusal("http://0.0.0.0:8081/")).contains("unspecified");
        assertThat(refusal("http://[::]/")).contains("unspecified");
        assertThat(refusal("http://10.0.0.5/")).contains("private");
        assertThat(refusal("http://172.16.3.4/")).contains("private");
        assertThat(refusal("http://192.168.1.1/")).contains("private");
        assertThat(refusal("http://100.64.0.1/")).contains("private");
        assertThat(refusal("http://169.254.169.254/latest/meta-data/")).contains("link-local");
        assertThat(refusal("http://[fe80::1]/")).contains("link-local");
        assertThat(refusal("http://[fd00::1]/")).contains("unique-local");
        assertThat(refusal("http://[fc00::1]/")).contains("unique-local");
        assertThat(refusal("http://[::ffff:10.0.0.1]/")).contains("private");
        assertThat(refusal("http://[64:ff9b::a9fe:a9fe]/")).contains("link-local");
        assertThat(refusal("http://224.0.0.1/")).contains("multicast");
        assertThat(refusal("http://255.255.255.255/")).contains("reserved");
    }

    @Test
    void namesAreJudgedByWhatTheyResolveTo() {
        assertThat(refusal("https://internal.example/hook")).contains("10.1.2.3", "private");
        assertThat(refusal("https://metadata.example/")).contains("link-local");
        assertThat(refusal("https://v6-internal.example/")).contains("unique-local");
        assertThat(refusal("https://receiver.example/hook")).isNull();
        assertThat(refusal("https://203.0.113.10/hook")).isNull();
        assertThat(refusal("https://[2001:db8::1]/hook")).isNull();
        // not resolvable now: accepted, judged again before each connection
        assertThat(refusal("https://not-yet.example/hook")).isNull();
    }

    @Test
    void aNameThatLaterPointsInsideIsRefusedAtConnectionTime() {
        URI url = URI.create("https://receiver.example/hook");
        WebhookDestinations.ConnectionCheck before = destinations.checkAtConnection(url);
        assertThat(before.refused()).isFalse();
        assertThat(before.address().getHostAddress()).isEqualTo(dns.get("receiver.example"));
        dns.put("receiver.example", "127.0.0.1");
        WebhookDestinations.ConnectionCheck after = destinations.checkAtConnection(url);
        assertThat(after.refusal()).contains("127.0.0.1", "loopback");
        assertThat(after.address()).as("nothing to connect to").isNull();
    }

    @Test
    void theConnectionCheckNamesTheAddressItJudgedSoTheDeliveryCanPinIt() {
        assertThat(destinations.checkAtConnection(URI.create("https://203.0.113.10/hook")).address().getHostAddress())
                .isEqualTo("203.0.113.10");
        // an allow-listed name is not judged, but still pinned to one answer
        dns.put("hooks.internal", "10.9.9.9");
        assertThat(destinations.checkAtConnection(URI.create("http://hooks.internal:8443/in")).address()
                .getHostAddress()).isEqualTo("10.9.9.9");
        // no answer now: not refused, nothing to connect to (the attempt fails and is retried)
        WebhookDestinations.ConnectionCheck unresolved = destinations.checkAtConnection(
                URI.create("https://not-yet.example/hook"));
        assertThat(unresolved.refused()).isFalse();
        assertThat(unresolved.address()).isNull();
    }

    @Test
    void theAllowListLetsExactlyTheListedHostOrHostAndPortThrough() {
        dns.put("hooks.internal", "10.9.9.9");
        assertThat(refusal("http://hooks.internal:8443/in")).isNull();
        assertThat(refusal("http://HOOKS.internal/in")).isNull();
        assertThat(refusal("http://127.0.0.1:9000/in")).isNull();
        assertThat(refusal("http://127.0.0.1:9001/in")).contains("loopback");
        assertThat(refusal("http://localhost:9000/in")).contains("loopback");
        assertThat(refusal("http://2130706433:9000/in")).contains("numeric");
    }
}
