package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With reads protected, the WebSocket upgrade applies the same key rules and answers as REST: the same problem
 * types for a missing and a wrong key, the key also accepted as the apiKey parameter (browsers cannot set headers on
 * a WebSocket), and the path judged in its canonical form.
 */
@QuarkusTest
@TestProfile(WebSocketKeySecurityTest.ProtectedReads.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class WebSocketKeySecurityTest {

    public static class ProtectedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plantrack.protect-reads", "true");
        }
    }

    @Test
    void theUpgradeIsRefusedLikeARestReadWithoutTheKey() {
        Response socket = given().get("/api/ws");
        Response rest = given().get("/api/indicators");
        for (Response response : new Response[] {socket, rest}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("https://plantrack.org/problems/api-key-missing");
        }
        assertThat(socket.jsonPath().getString("detail")).contains("apiKey parameter");
    }

    @Test
    void aWrongKeyIsInvalidInTheHeaderOrTheParameter() {
        for (Response response : new Response[] {given().header("X-API-Key", "not-the-key").get("/api/ws"),
                given().queryParam("apiKey", "test-key-but-longer").get("/api/ws")}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.jsonPath().getString("type")).endsWith("/api-key-invalid");
        }
    }

    @Test
    void theRightKeyPassesTheCheck() {
        // a plain GET is not an upgrade, so it fails after the check, but not with 401
        assertThat(given().queryParam("apiKey", "test-key").get("/api/ws").statusCode()).isNotEqualTo(401);
        assertThat(given().header("X-API-Key", "test-key").get("/api/ws").statusCode()).isNotEqualTo(401);
    }
}
