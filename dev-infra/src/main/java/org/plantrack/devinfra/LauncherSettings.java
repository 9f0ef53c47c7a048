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
 *   <li>{@code PLANTRACK_HOME}: state folder (default {@code <root>/.plantrack}: kafka/, postgres/, logs/).</li>
 *   <li>{@code PLANTRACK_JAVA_OPTS}: JVM options of every service process, instead of
 *       {@link ServiceJvmOptions#defaults()}.</li>
 * </ul>
 */
public record LauncherSettings(Path root, Path home, String externalKafka, String externalPgUrl, String pgUser,
                               String pgPassword, int kafkaPort, int pgPort, Map<String, Integer> servicePorts,
                               ServiceJvmOptions serviceJvmOptions) {

    public static LauncherSettings from(Path root, Map<String, String> env) {
        Path home = value(env, "PLANTRACK_HOME") == null ? root.resolve(".plantrack") : Path.of(env.get("PLANTRACK_HOME"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(PlanTrackServices.GATEWAY.name(), port(env, "PLANTRACK_GATEWAY_PORT", 8080));
        ports.put(PlanTrackServices.INGEST.name(), port(env, "PLANTRACK_INGEST_PORT", 8081));
        ports.put(PlanTrackServices.NLP.name(), port(env, "PLANTRACK_NLP_PORT", 8082));
        ports.put(PlanTrackServices.TARGET.name(), port(env, "PLANTRACK_TARGET_PORT", 8083));
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
}
