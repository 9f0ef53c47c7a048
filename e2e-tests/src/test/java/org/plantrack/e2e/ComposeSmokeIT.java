package org.plantrack.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrack.devinfra.PlanTrackServices;
import org.plantrack.devinfra.Ports;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml brought up for real (images built from the packaged services), one document uploaded through
 * the published gateway, and its indicator event awaited over SSE. Needs a Docker engine with the compose plugin;
 * without one (as on the CI machine) the test is skipped, and ComposeFileTest validates the file instead.
 */
class ComposeSmokeIT {

    static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final String NO_DOCKER = "no Docker engine: the compose stack is not started "
            + "(docker-compose.yml is still validated by ComposeFileTest)";

    private static final String API_KEY = "compose-smoke-key";
    private static ComposeContainer stack;
    private static String gateway;

    @BeforeAll
    static void startTheStack() {
        if (!dockerAvailable()) {
            return; // the test reports itself skipped, see NO_DOCKER
        }
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            assertThat(spec.jar(ROOT)).as("packaged " + spec.name() + " (the images copy target/quarkus-app)")
                    .isRegularFile();
        }
        stack = new ComposeContainer(ROOT.resolve("docker-compose.yml").toFile())
                .withBuild(true)
                // a free host port: the default 8080 may be taken on a developer machine
                .withEnv("PLANTRACK_GATEWAY_PORT", String.valueOf(Ports.free()))
                // secrets come from the environment only (the file has no defaults for them)
                .withEnv(Map.of("PLANTRACK_API_KEY", API_KEY, "POSTGRES_PASSWORD", "smoke-postgres",
                        "INGEST_DB_PASSWORD", "smoke-ingest", "TARGET_DB_PASSWORD", "smoke-target",
                        "GRAFANA_ADMIN_PASSWORD", "smoke-grafana"))
                // readiness is on the management port, which compose does not publish: wait for the health check
                .withExposedService("gateway", 8080, Wait.forHealthcheck())
                .withRemoveVolumes(true)
                .withStartupTimeout(Duration.ofMinutes(10));
        stack.start();
        gateway = "http://" + stack.getServiceHost("gateway", 8080) + ":" + stack.getServicePort("gateway", 8080);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * The gateway reads indicator events from the latest offset, so the first upload may finish before its consumer
     * has partitions; each attempt uploads new bytes (a new document) until one's event arrives on the stream.
     */
    @Test
    void anUploadedDocumentsIndicatorEventArrivesOverSse() throws Exception {
        // assumed here, not in @BeforeAll, so the build reports this test as skipped instead of not counting it
        Assumptions.assumeTrue(stack != null, NO_DOCKER);
        try (SseSubscription stream = SseSubscription.open(URI.create(gateway + "/api/indicators/stream"),
                Duration.ofSeconds(5))) {
            AssertionError last = null;
            for (int attempt = 1; attempt <= 4; attempt++) {
                String document = String.join("\n",
                        "临江市国民经济和社会发展第十五个五年规划纲要",
                        "到2030年森林覆盖率提高到45%以上，地区生产总值达到5000亿元。",
                        "（容器冒烟测试 " + UUID.randomUUID() + "）", "");
                HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(
                                URI.create(gateway + "/api/documents?fileName=compose-smoke.txt"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .header("X-API-Key", API_KEY)
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(upload.statusCode()).as("upload: %s", upload.body()).isEqualTo(202);
                String id = JSON.readTree(upload.body()).path("id").asText();
                try {
                    var events = stream.await(e -> id.equals(e.path("indicator").path("documentId").asText()),
                            Duration.ofSeconds(90));
                    assertThat(events).extracting(e -> e.path("indicator").path("metric").asText())
                            .anySatisfy(metric -> assertThat(metric).contains("森林覆盖率"));
                    return;
                } catch (AssertionError notSeen) {
                    last = notSeen;
                }
            }
            throw last;
        }
    }
}
