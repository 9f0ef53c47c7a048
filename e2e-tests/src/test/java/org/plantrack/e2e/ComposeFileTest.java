package org.plantrack.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.plantrack.events.Topics;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is validated: by docker-compose itself
 * ({@code config -q}: schema, interpolation, anchors) and by the rules the operations issue sets.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "target-service", "gateway");

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            if (System.getenv("CI") != null) {
                fail("docker-compose is not installed, but .ci/run installs it (apt-get install docker-compose)");
            }
            Assumptions.abort("docker-compose is not installed (apt-get install docker-compose); .ci/run installs it");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("docker-compose config -q said:%n%s", output).isZero();
    }

    @Test
    void onlyTheGatewayIsPublishedAndServicesCanScale() throws IOException {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> {
            assertThat(service).as(name + " has a fixed container name").doesNotContainKey("container_name");
            if (!name.equals("gateway")) {
                assertThat(service).as(name + " publishes a port").doesNotContainKey("ports");
            }
        });
        assertThat((List<?>) services.get("gateway").get("ports")).singleElement().asString().endsWith(":8080");
    }

    @Test
    void everyServiceIsBuiltHealthCheckedRestartedAndLimited() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).containsKeys("build", "healthcheck", "restart", "deploy", "depends_on", "environment");
            assertThat(map(service.get("build")).get("context")).isEqualTo("./" + name);
            assertThat(String.valueOf(map(service.get("healthcheck")).get("test"))).contains("/q/health/ready");
            assertThat(map(map(map(service.get("deploy")).get("resources")).get("limits"))).containsKeys("cpus", "memory");
            map(service.get("depends_on")).values().forEach(dependency ->
                    assertThat(map(dependency).get("condition")).as(name + " depends_on condition")
                            .isIn("service_healthy", "service_completed_successfully"));
            assertThat(map(service.get("environment"))).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_HTTP_PORT");
        }
        assertThat(map(services.get("ingest-service").get("environment")).get("QUARKUS_DATASOURCE_JDBC_URL"))
                .asString().endsWith("/plantrack_ingest");
        assertThat(map(services.get("target-service").get("environment")).get("QUARKUS_DATASOURCE_JDBC_URL"))
                .asString().endsWith("/plantrack_target");
        assertThat(services.get("kafka")).containsKeys("healthcheck", "volumes");
        assertThat(services.get("postgres")).containsKeys("healthcheck", "volumes");
    }

    @Test
    void theInitJobCreatesEveryTopicWithSixPartitions() throws IOException {
        String command = String.valueOf(services().get("kafka-init").get("command"));
        for (String topic : Topics.all()) {
            assertThat(command).as("kafka-init creates " + topic).contains(topic);
        }
        assertThat(command).contains("--partitions " + Topics.DEFAULT_PARTITIONS);
    }

    @Test
    void imagesRunAsAnUnprivilegedUserFromTheFastJar() throws IOException {
        for (String name : SERVICES) {
            String dockerfile = Files.readString(ROOT.resolve(name).resolve("Dockerfile"));
            assertThat(dockerfile).as(name).contains("COPY target/quarkus-app/");
            List<String> users = dockerfile.lines().filter(l -> l.startsWith("USER ")).toList();
            assertThat(users).as(name + " USER").isNotEmpty();
            assertThat(users.get(users.size() - 1)).isNotIn("USER root", "USER 0");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
