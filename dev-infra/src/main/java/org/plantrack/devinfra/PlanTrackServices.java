package org.plantrack.devinfra;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four PlanTrack services and how each is started from its packaged fast-jar: ports, environment (the same
 * variable names docker-compose.yml uses) and health URL. Shared by the launcher and the end-to-end tests.
 */
public final class PlanTrackServices {

    public static final String INGEST_DATABASE = "plantrack_ingest";
    public static final String TARGET_DATABASE = "plantrack_target";
    public static final List<String> DATABASES = List.of(INGEST_DATABASE, TARGET_DATABASE);

    /**
     * One service: its Maven module (also its name), default HTTP port and default management port (where
     * /q/health and /q/metrics are served; the HTTP port does not serve them).
     */
    public record Spec(String name, int defaultPort, int defaultManagementPort, String database) {

        public Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        /** The key of the management port in {@link Wiring#ports()}, beside the HTTP port under {@link #name()}. */
        public String managementPortKey() {
            return name + MANAGEMENT_SUFFIX;
        }
    }

    private static final String MANAGEMENT_SUFFIX = ".management";

    public static final Spec INGEST = new Spec("ingest-service", 8081, 9001, INGEST_DATABASE);
    public static final Spec NLP = new Spec("nlp-service", 8082, 9002, null);
    public static final Spec TARGET = new Spec("target-service", 8083, 9003, TARGET_DATABASE);
    public static final Spec GATEWAY = new Spec("gateway", 8080, 9000, null);
    /** Start order: the gateway last, it calls the others. */
    public static final List<Spec> ALL = List.of(INGEST, NLP, TARGET, GATEWAY);

    /**
     * Where the infrastructure is and which ports the services get: the HTTP port under the service's name, the
     * management port under {@link Spec#managementPortKey()}.
     */
    public record Wiring(String kafkaBootstrap, String jdbcBaseUrl, String dbUser, String dbPassword,
                         Map<String, Integer> ports) {

        public int port(Spec spec) {
            return ports.getOrDefault(spec.name(), spec.defaultPort());
        }

        public String url(Spec spec) {
            return "http://localhost:" + port(spec);
        }

        public int managementPort(Spec spec) {
            return ports.getOrDefault(spec.managementPortKey(), spec.defaultManagementPort());
        }

        /** Readiness, served on the management interface. */
        public URI readinessUrl(Spec spec) {
            return URI.create("http://localhost:" + managementPort(spec) + "/q/health/ready");
        }

        /** Prometheus metrics, served on the management interface. */
        public URI metricsUrl(Spec spec) {
            return URI.create("http://localhost:" + managementPort(spec) + "/q/metrics");
        }
    }

    /** Environment of one service process; configuration is through environment variables only. */
    public static Map<String, String> environment(Spec spec, Wiring wiring) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(wiring.port(spec)));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(wiring.managementPort(spec)));
        if (spec != GATEWAY) {
            // as in docker-compose.yml, only the gateway is reachable from other machines
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        }
        // health and metrics are for this machine only, the gateway's included
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", wiring.kafkaBootstrap());
        if (spec.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", wiring.jdbcBaseUrl() + spec.database());
            env.put("QUARKUS_DATASOURCE_USERNAME", wiring.dbUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", wiring.dbPassword());
        }
        if (spec == GATEWAY) {
            env.put("INGEST_SERVICE_URL", wiring.url(INGEST));
            env.put("TARGET_SERVICE_URL", wiring.url(TARGET));
        }
        return env;
    }

    /** A (not yet started) process for the service's packaged jar under {@code root}. */
    public static ServiceProcess process(Spec spec, Path root, Wiring wiring, Path logDir, List<String> jvmOptions,
                                         boolean detach) {
        Path jar = spec.jar(root).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw -B install -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return new ServiceProcess(spec.name(), command, environment(spec, wiring), root.resolve(spec.name()),
                logDir.resolve(spec.name() + ".log"), wiring.readinessUrl(spec), detach);
    }

    private PlanTrackServices() {
    }
}
