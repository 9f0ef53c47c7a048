package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 7: a request line over 16 KiB and a header block over 20 KiB get the gateway's own 414 and 431
 * as problem+json (before: a bare 414 or 431 from the HTTP decoder, no body). Sent over a raw socket: a client
 * library would refuse or rewrite such requests.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class RequestHeadLimitsSecurityTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aRequestLineOver16KiBGetsA414Problem() throws Exception {
        // a region filter of 2000 percent-encoded 广 (%E5%B9%BF): 18 000 characters of query
        RawHttp.Answer answer = RawHttp.send(base, "GET", "/api/indicators?region=" + "%E5%B9%BF".repeat(2000),
                null, null);
        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getInt("status")).isEqualTo(414);
        assertThat(problem.getString("detail")).contains("request line").contains("16384");
        assertThat(problem.getString("instance")).isEqualTo("/api/indicators");
    }

    @Test
    void aRequestLineJustUnderTheLimitIsServed() throws Exception {
        String target = "/api/indicators?region=" + "a".repeat(16_384 - 10 - 3 - "/api/indicators?region=".length());
        RawHttp.Answer answer = RawHttp.send(base, "GET", target, null, null);
        assertThat(answer.status()).isNotIn(414, 431);
    }

    @Test
    void headersOver20KiBGetA431Problem() throws Exception {
        String headers = ("X-Padding: " + "p".repeat(7_000) + "\r\n").repeat(3);
        RawHttp.Answer answer = RawHttp.send(base, "GET", "/api/documents", headers, null);
        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getInt("status")).isEqualTo(431);
        assertThat(problem.getString("detail")).contains("headers").contains("20480");
    }
}
