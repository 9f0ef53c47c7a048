package org.plantrack.e2e;

import org.junit.jupiter.api.Test;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.Prerequisites;
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
    private static final Map<String, Integer> PORTS =
            Map.of("gateway", 8080, "ingest-service", 8081, "nlp-service", 8082, "target-service", 8083);
    /** Where each service serves /q/health and /q/metrics (its management interface, published nowhere). */
    private static final Map<String, Integer> MANAGEMENT_PORTS =
            Map.of("gateway", 9000, "ingest-service", 9001, "nlp-service", 9002, "target-service", 9003);

    /** The secrets an operator must provide: the file has no value for any of them. */
    private static final List<String> SECRETS = List.of("PLANTRACK_API_KEY", "POSTGRES_PASSWORD", "INGEST_DB_PASSWORD",
            "TARGET_DB_PASSWORD", "GRAFANA_ADMIN_PASSWORD");

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Map<String, String> secrets = new java.util.HashMap<>();
        SECRETS.forEach(name -> secrets.put(name, "test-" + name.toLowerCase()));
        ComposeRun run = dockerComposeConfig(secrets);
        assertThat(run.exitCode()).as("docker-compose config -q said:%n%s", run.output()).isZero();
    }

    @Test
    void secretsComeFromTheEnvironmentNeverFromTheFile() throws Exception {
        // every password, key or secret a service gets is a required variable without a default
        for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
            Object environment = service.getValue().get("environment");
            if (!(environment instanceof Map<?, ?> variables)) {
                continue;
            }
            variables.forEach((name, value) -> {
                if (String.valueOf(name).matches(".*(PASSWORD|API_KEY|SECRET|TOKEN).*")) {
                    assertThat(String.valueOf(value)).as(service.getKey() + " " + name)
                            .matches("\\$\\{[A-Z_]+:\\?[^}]*}");
                }
            });
        }
        // and compose refuses to start without them, naming what is missing
        ComposeRun run = dockerComposeConfig(Map.of());
        assertThat(run.exitCode()).as("docker-compose config without secrets said:%n%s", run.output()).isNotZero();
        assertThat(run.output()).containsAnyOf(SECRETS.toArray(String[]::new));
    }

    private record ComposeRun(int exitCode, String output) {
    }

    /** {@code docker-compose config -q} with exactly these secrets in its environment (none inherited). */
    private static ComposeRun dockerComposeConfig(Map<String, String> secrets) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        SECRETS.forEach(builder.environment()::remove);
        builder.environment().putAll(secrets);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            Prerequisites.require(false, "docker-compose (apt-get install docker-compose; .ci/run installs it)");
            throw notInstalled;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ComposeRun(process.exitValue(), output);
    }

    /**
     * The schema and best-practice linter dclint (npm, pinned in .ci/package.json, installed by .ci/run into
     * .ci/node_modules): schema errors and warnings alike fail the build. Its rule choices are in .dclintrc.
     */
    @Test
    void dclintFindsNothing() throws Exception {
        Path dclint = ROOT.resolve(".ci/node_modules/.bin/dclint");
        Prerequisites.require(Files.isExecutable(dclint), "dclint (npm ci --prefix .ci, what .ci/run does)");
        ProcessBuilder builder = new ProcessBuilder(dclint.toString(), "--config", ".dclintrc", "--max-warnings", "0",
                "--no-color", "docker-compose.yml")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException noNode) {
            fail("dclint could not start (is node on the PATH?): " + noNode.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("dclint said:%n%s", output).isZero();
        assertThat(output).as("dclint said:%n%s", output).doesNotContain("warning", "error");
    }

    @Test
    void onlyTheGatewayIsPublishedAndServicesCanScale() throws IOException {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> {
            assertThat(service).as(name + " has a fixed container name").doesNotContainKey("container_name");
            if (service.containsKey("profiles")) {
                // optional tooling (Grafana) may be reachable, but from this machine only
                for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
                    assertThat(String.valueOf(port)).as(name + " port").startsWith("127.0.0.1:");
                }
            } else if (!name.equals("gateway")) {
                assertThat(service).as(name + " publishes a port").doesNotContainKey("ports");
            }
        });
        assertThat((List<?>) services.get("gateway").get("ports")).singleElement().asString().endsWith(":8080");
    }

    /**
     * Issue 13, finding 8: the gateway shares a network only with what it calls, and only the gateway (and the
     * optional UIs, published on 127.0.0.1) sits on a network with a route out.
     */
    @Test
    void theGatewayCannotReachTheDatabaseAndOnlyItHasAWayOut() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> networks;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            networks = map(compose.get("networks"));
        }
        java.util.function.Function<String, List<?>> networksOf = name -> {
            Object list = services.get(name).get("networks");
            assertThat(list).as(name + " names its networks (the default network would join everything)")
                    .isInstanceOf(List.class);
            return (List<?>) list;
        };
        java.util.Set<String> gatewayNets = new java.util.HashSet<>();
        networksOf.apply("gateway").forEach(n -> gatewayNets.add(String.valueOf(n)));
        for (String isolated : List.of("postgres", "nlp-service", "kafka-init")) {
            assertThat(networksOf.apply(isolated)).as(isolated + " shares no network with the gateway")
                    .noneMatch(n -> gatewayNets.contains(String.valueOf(n)));
        }
        for (String called : List.of("ingest-service", "target-service", "kafka")) {
            assertThat(networksOf.apply(called)).as("the gateway reaches " + called)
                    .anyMatch(n -> gatewayNets.contains(String.valueOf(n)));
        }
        services.forEach((name, service) -> {
            for (Object net : networksOf.apply(name)) {
                Object definition = networks.get(String.valueOf(net));
                boolean internal = definition instanceof Map<?, ?> d && Boolean.TRUE.equals(d.get("internal"));
                if (!internal) {
                    assertThat(name.equals("gateway") || service.containsKey("profiles"))
                            .as(name + " is on " + net + ", a network with a route out").isTrue();
                }
            }
        });
    }

    @Test
    void everyServiceIsBuiltHealthCheckedRestartedAndLimited() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).containsKeys("build", "healthcheck", "restart", "deploy", "depends_on", "environment");
            assertThat(map(service.get("build")).get("context")).isEqualTo("./" + name);
            // health is not on the public port: the check asks the management interface
            assertThat(String.valueOf(map(service.get("healthcheck")).get("test"))).as(name + " health check")
                    .contains("/dev/tcp/127.0.0.1/" + MANAGEMENT_PORTS.get(name) + " ").contains("/q/health/ready");
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
        // the rebuild procedure of the README replays this topic from the start: it must be compacted, not expire
        assertThat(command).contains("--entity-name " + Topics.INDICATORS_EXTRACTED + " --add-config cleanup.policy=compact");
    }

    @Test
    @SuppressWarnings("unchecked")
    void imagesRunAsAnUnprivilegedUserFromTheFastJar() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : SERVICES) {
            Map<String, Object> build = (Map<String, Object>) services.get(name).get("build");
            Path context = ROOT.resolve(String.valueOf(build.get("context"))).normalize();
            Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
            assertThat(context).as(name + " build context").isEqualTo(ROOT.resolve(name));
            assertThat(dockerfile).as(name + " Dockerfile").exists();
            String recipe = Files.readString(dockerfile);
            assertThat(recipe).as(name).contains("COPY target/quarkus-app/");
            List<String> users = recipe.lines().filter(l -> l.startsWith("USER ")).toList();
            assertThat(users).as(name + " USER").isNotEmpty();
            assertThat(users.get(users.size() - 1)).isNotIn("USER root", "USER 0");
            // the image listens where compose's health check and the other services look for it
            Map<String, Object> args = (Map<String, Object>) build.get("args");
            assertThat(args).as(name + " build args").isNotNull();
            assertThat(String.valueOf(args.get("SERVICE_PORT"))).as(name + " SERVICE_PORT")
                    .isEqualTo(String.valueOf(PORTS.get(name)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theObservabilityProfileScrapesEveryServiceAndHasADashboard() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat((List<Object>) services.get("prometheus").get("profiles")).containsExactly("observability");
        assertThat((List<Object>) services.get("grafana").get("profiles")).containsExactly("observability");
        assertThat((List<Object>) services.get("jaeger").get("profiles")).containsExactly("observability");
        for (String name : SERVICES) {
            assertThat((Map<String, Object>) services.get(name).get("environment")).as(name + " environment")
                    .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4317")
                    .containsEntry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        }

        Map<String, Object> prometheus;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker/prometheus/prometheus.yml"))) {
            prometheus = new Yaml().load(reader);
        }
        Map<String, String> scraped = new java.util.HashMap<>();
        for (Object job : (List<?>) prometheus.get("scrape_configs")) {
            Map<String, Object> config = map(job);
            assertThat(config.get("metrics_path")).isEqualTo("/q/metrics");
            Map<String, Object> sd = map(((List<?>) config.get("dns_sd_configs")).get(0));
            scraped.put(String.valueOf(((List<?>) sd.get("names")).get(0)), String.valueOf(sd.get("port")));
        }
        // metrics are scraped from the management ports, which the public ports do not serve
        assertThat(scraped).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ingest-service", "9001", "nlp-service", "9002", "target-service", "9003", "gateway", "9000"));

        var dashboard = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ROOT.resolve("docker/grafana/dashboards/plantrack-pipeline.json").toFile());
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(8);
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target ->
                assertThat(target.path("expr").asText()).as(panel.path("title").asText()).isNotBlank()));
        assertThat(dashboard.toString()).contains("plantrack_nlp_analysis_seconds", "kafka_consumer_fetch_manager_records_lag_max",
                "plantrack_gateway_sse_subscribers", "plantrack_documents", "plantrack_dead_letters_total");
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
