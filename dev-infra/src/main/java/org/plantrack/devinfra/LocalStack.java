package org.plantrack.devinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PlanTrack as a user runs it, for tests and tools: one embedded PostgreSQL, one Kafka broker process (KRaft) with
 * every topic, and the four packaged services as processes, all on free ports under a throw-away work folder.
 */
public final class LocalStack implements AutoCloseable {

    private final Path work;
    private final Path logs;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private PlanTrackServices.Wiring wiring;

    private LocalStack(Path work) {
        this.work = work;
        this.logs = work.resolve("logs");
    }

    /**
     * Starts everything and waits until every service is ready; on failure whatever was started is stopped again.
     *
     * @param root       the repository root, holding {@code <service>/target/quarkus-app/quarkus-run.jar}
     * @param work       emptied first; data and logs of this run go there
     */
    public static LocalStack start(Path root, Path work, List<String> jvmOptions, Duration startup) throws IOException {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            if (!Files.isRegularFile(spec.jar(root))) {
                throw new IllegalStateException(spec.jar(root) + " is missing: package " + spec.name()
                        + " first (the reactor build ./mvnw -B verify does)");
            }
        }
        LocalStack stack = new LocalStack(work);
        try {
            stack.boot(root, jvmOptions, startup);
            return stack;
        } catch (IOException | RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void boot(Path root, List<String> jvmOptions, Duration startup) throws IOException {
        deleteRecursively(work);
        Files.createDirectories(logs);

        postgres = new EmbeddedPostgresServer(work.resolve("postgres"), logs.resolve("postgres.log"), Ports.free());
        postgres.start();
        PostgresDatabases.ensure(postgres.jdbcBaseUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                PlanTrackServices.DATABASES, Duration.ofMinutes(1));

        kafka = new KafkaBrokerProcess(work.resolve("kafka"), logs.resolve("kafka.log"), Ports.free(), Ports.free(), false);
        kafka.start(Duration.ofMinutes(2));
        KafkaTopics.ensurePlanTrackTopics(kafka.bootstrapServers(), Duration.ofMinutes(1));

        Map<String, Integer> ports = new LinkedHashMap<>();
        PlanTrackServices.ALL.forEach(spec -> ports.put(spec.name(), Ports.free()));
        wiring = new PlanTrackServices.Wiring(kafka.bootstrapServers(), postgres.jdbcBaseUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, ports);
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            ServiceProcess service = PlanTrackServices.process(spec, root, wiring, logs, jvmOptions, false);
            services.add(service);
            service.start();
        }
        for (ServiceProcess service : services) {
            service.awaitReady(startup);
        }
    }

    public String gatewayUrl() {
        return wiring.url(PlanTrackServices.GATEWAY);
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public Path logs() {
        return logs;
    }

    /** The end of every process log of the run, for a failure report. */
    public String logTails(int lines) {
        return logTails(logs, lines);
    }

    /** The end of every {@code *.log} in a folder; usable when starting the stack itself failed. */
    public static String logTails(Path logs, int lines) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                out.append("===== last ").append(lines).append(" lines of ").append(log).append('\n')
                        .append(ChildProcesses.tail(log, lines)).append('\n');
            }
        } catch (IOException e) {
            out.append("(no logs: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }

    /** Stops the services, then Kafka, then PostgreSQL (the order the launcher uses). */
    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
