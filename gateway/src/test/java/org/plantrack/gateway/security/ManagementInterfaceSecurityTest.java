package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 8: metrics and health are served on the management interface, not on the public port, and no
 * metric label names a downstream address (the HTTP client metrics once tagged full internal URLs).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class ManagementInterfaceSecurityTest {

    /** A label value holding an address with a port or a URL with a scheme. */
    private static final Pattern ADDRESS_IN_LABEL = Pattern.compile("=\"[^\"]*(://|[a-z0-9.\\]]:[0-9]{2,5})[^\"]*\"");

    @TestHTTPResource("/")
    URI base;

    @Test
    void thePublicPortServesNeitherMetricsNorHealth() throws Exception {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/metrics/")) {
            assertThat(RawHttp.send(base, "GET", path, null, null).status()).as("public GET " + path).isEqualTo(404);
        }
    }

    @Test
    void theManagementInterfaceServesMetricsAndHealthOnItsOwnPort() {
        URI management = URI.create(ManagementInterface.url("/metrics"));
        assertThat(management.getPort()).isNotEqualTo(base.getPort());
        assertThat(RestAssured.get(management).statusCode()).isEqualTo(200);
        assertThat(RestAssured.get(ManagementInterface.url("/health/live")).statusCode()).isEqualTo(200);
    }

    @Test
    void noMetricLabelNamesADownstreamAddress() {
        // calls to ingest-service (relayed reads and an upload) and to target-service (down in this test)
        given().get("/api/documents/doc-1");
        given().get("/api/documents/doc-2/indicators");
        given().header("X-API-Key", "test-key").contentType("text/plain; charset=UTF-8")
                .body("某市政府工作报告").post("/api/documents");
        given().get("/api/targets");

        String metrics = RestAssured.get(ManagementInterface.url("/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).as("the client calls are measured").contains("http_client_requests");
        for (String client : List.of("ingest", "target")) {
            URI downstream = URI.create(ConfigProvider.getConfig()
                    .getValue("quarkus.rest-client." + client + ".url", String.class));
            assertThat(metrics).as(client + " address in a label")
                    .doesNotContain(downstream.getHost() + ":" + downstream.getPort());
        }
        List<String> leaking = metrics.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> ADDRESS_IN_LABEL.matcher(line).find()).toList();
        assertThat(leaking).as("metric lines whose labels hold an address").isEmpty();
    }
}
