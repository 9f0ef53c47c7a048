package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 1 (and 5 for the webhook reads): with a key configured, no write gets through without it by any
 * spelling of its path (percent-encoded, doubled slashes, dot segments, case variants, trailing slash, matrix
 * parameters), and neither does a read of the webhook registrations. Before the fix the filter compared the raw path
 * with "/api/" while the router served the decoded one, so {@code POST /%61pi/documents} needed no key.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class ApiKeySecurityTest {

    @TestHTTPResource("/")
    URI base;

    /** Every write endpoint of the gateway, as method and path (relative, without the leading "/api/"). */
    private static final List<Map.Entry<String, String>> WRITES = List.of(
            Map.entry("POST", "documents"),
            Map.entry("DELETE", "documents/doc-1"),
            Map.entry("POST", "documents/doc-1/reanalyze"),
            Map.entry("POST", "documents/doc-1/retry"),
            Map.entry("POST", "documents/retry-failed"),
            Map.entry("POST", "documents/reanalyze-missing-text"),
            Map.entry("POST", "metrics/synonyms"),
            Map.entry("POST", "webhooks"),
            Map.entry("DELETE", "webhooks/hook-1"),
            Map.entry("PUT", "documents/doc-1"),
            Map.entry("PATCH", "webhooks/hook-1"));

    /** Ways to write /api/{rest} that a router may serve as that path. */
    private static final List<Function<String, String>> SPELLINGS = List.of(
            rest -> "/api/" + rest,
            rest -> "/%61pi/" + rest,
            rest -> "/%61%70%69/" + rest,
            rest -> "/api/%" + Integer.toHexString(rest.charAt(0)) + rest.substring(1),
            rest -> "/%2561pi/" + rest,
            rest -> "//api/" + rest,
            rest -> "/api//" + rest,
            rest -> "/./api/" + rest,
            rest -> "/api/./" + rest,
            rest -> "/x/../api/" + rest,
            rest -> "/api/x/%2e%2e/" + rest,
            rest -> "/API/" + rest,
            rest -> "/Api/" + rest.toUpperCase(),
            rest -> "/api/" + rest + "/",
            rest -> "/api;x=1/" + rest);

    @Test
    void noWriteSucceedsWithoutTheKeyWhateverTheSpellingOfItsPath() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (var write : WRITES) {
            for (var spelling : SPELLINGS) {
                String path = spelling.apply(write.getValue());
                RawHttp.Answer answer = RawHttp.send(base, write.getKey(), path,
                        "Content-Type: application/json\r\n", "{\"url\":\"https://203.0.113.7/h\"}");
                if (answer.status() != 401) {
                    leaks.add(write.getKey() + " " + path + " -> " + answer.status());
                } else {
                    assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
                }
            }
        }
        assertThat(leaks).as("writes answered without the key").isEmpty();
    }

    @Test
    void aWrongKeyIsRefusedTooWhateverTheSpelling() throws Exception {
        for (var spelling : SPELLINGS) {
            String path = spelling.apply("documents/retry-failed");
            assertThat(RawHttp.send(base, "POST", path, "X-API-Key: not-the-key\r\n", "").status()).as(path)
                    .isEqualTo(401);
        }
    }

    @Test
    void webhookRegistrationsAreNotReadableWithoutTheKeyWhateverTheSpelling() throws Exception {
        for (String rest : List.of("webhooks", "webhooks/hook-1")) {
            for (var spelling : SPELLINGS) {
                String path = spelling.apply(rest);
                RawHttp.Answer answer = RawHttp.send(base, "GET", path, null, null);
                assertThat(answer.status()).as("GET " + path).isEqualTo(401);
            }
        }
        assertThat(RawHttp.send(base, "GET", "/api/webhooks", "X-API-Key: test-key\r\n", null).status())
                .isEqualTo(200);
    }

    @Test
    void otherReadsStayOpenWhenReadsAreNotProtected() throws Exception {
        assertThat(RawHttp.send(base, "GET", "/api/documents", null, null).status()).isEqualTo(200);
        // health is on the management interface, which the API key does not guard (it is not public)
        assertThat(io.restassured.RestAssured.get(ManagementInterface.url("/health/live")).statusCode()).isEqualTo(200);
    }
}
