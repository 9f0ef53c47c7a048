package org.plantrack.devinfra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launcher configuration, from environment variables only (the same style as the services and compose).
 *
 * <ul>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS}: use this external Kafka, start none.</li>
 *   <li>{@code PLANTRACK_PG_URL} (e.g. {@code jdbc:postgresql://db:5432/}), {@code PLANTRACK_PG_USER},
 *       {@code PLANTRACK_PG_PASSWORD}: use this external PostgreSQL, start none.</li>
 *   <li>{@code PLANTRACK_KAFKA_PORT} (9092), {@code PLANTRACK_PG_PORT} (5432): ports of the local ones.</li>
 *   <li>{@code PLANTRACK_GATEWAY_PORT} (8080), {@code PLANTRACK_INGEST_PORT} (8081), {@code PLANTRACK_NLP_PORT}
 *       (8082), {@code PLANTRACK_TARGET_PORT} (8083).</li>
 *   <li>{@code PLANTRACK_GATEWAY_MANAGEMENT_PORT} (9000), {@code PLANTRACK_INGEST_MANAGEMENT_PORT} (9001),
 *       {@code PLANTRACK_NLP_MANAGEMENT_PORT} (9002), {@code PLANTRACK_TARGET_MANAGEMENT_PORT} (9003): where each
 *       service serves /q/health and /q/metrics (on 127.0.0.1).</li>
 *   <li>{@code PLANTRACK_HOME}: state folder (default {@code <root>/.plantrack}: kafka/, postgres/, logs/).</li>
 *   <li>{@code PLANTRACK_JAVA_OPTS}: JVM options of every service process, instead of
 *       {@link ServiceJvmOptions#defaults()}.</li>
 * </ul>
 */
public record LauncherSettings(Path root, Path home, String externalKafka, String externalPgUrl, String pgUser,
                               String pgPassword, int kafkaPort, int pgPort, Map<String, Integer> servicePorts,
                               ServiceJvmOptions serviceJvmOptions) {

    /** The variable that sets each entry of {@link #servicePorts()} (HTTP and management port of each service). */
    public static final Map<String, String> PORT_VARIABLES = orderedMap(
            PlanTrackServices.GATEWAY.name(), "PLANTRACK_GATEWAY_PORT",
            PlanTrackServices.INGEST.name(), "PLANTRACK_INGEST_PORT",
            PlanTrackServices.NLP.name(), "PLANTRACK_NLP_PORT",
            PlanTrackServices.TARGET.name(), "PLANTRACK_TARGET_PORT",
            PlanTrackServices.GATEWAY.managementPortKey(), "PLANTRACK_GATEWAY_MANAGEMENT_PORT",
            PlanTrackServices.INGEST.managementPortKey(), "PLANTRACK_INGEST_MANAGEMENT_PORT",
            PlanTrackServices.NLP.managementPortKey(), "PLANTRACK_NLP_MANAGEMENT_PORT",
            PlanTrackServices.TARGET.managementPortKey(), "PLANTRACK_TARGET_MANAGEMENT_PORT");

    private static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    public static LauncherSettings from(Path root, Map<String, String> env) {
        Path home = value(env, "PLANTRACK_HOME") == null ? root.resolve(".plantrack") : Path.of(env.get("PLANTRACK_HOME"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        PORT_VARIABLES.forEach((key, variable) -> ports.put(key, port(env, variable, DEFAULT_PORTS.get(key))));
        String javaOpts = value(env, "PLANTRACK_JAVA_OPTS");
        ServiceJvmOptions jvm = javaOpts == null ? ServiceJvmOptions.defaults()
                : ServiceJvmOptions.same(Arrays.stream(javaOpts.trim().split("\\s+")).toList());
        String pgUrl = value(env, "PLANTRACK_PG_URL");
        return new LauncherSettings(root.toAbsolutePath(), home.toAbsolutePath(),
                value(env, "KAFKA_BOOTSTRAP_SERVERS"),
                pgUrl == null ? null : PostgresDatabases.normaliseBaseUrl(pgUrl),
                orElse(value(env, "PLANTRACK_PG_USER"), EmbeddedPostgresServer.USER),
                orElse(value(env, "PLANTRACK_PG_PASSWORD"), EmbeddedPostgresServer.PASSWORD),
                port(env, "PLANTRACK_KAFKA_PORT", 9092), port(env, "PLANTRACK_PG_PORT", 5432),
                Map.copyOf(ports), jvm);
    }

    public boolean startsKafka() {
        return externalKafka == null;
    }

    public boolean startsPostgres() {
        return externalPgUrl == null;
    }

    public Path logDir() {
        return home.resolve("logs");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = value(env, name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a TCP port number, not '" + value + "'");
        }
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            ports.put(spec.name(), spec.defaultPort());
            ports.put(spec.managementPortKey(), spec.defaultManagementPort());
        }
        return ports;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
