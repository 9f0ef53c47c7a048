package org.plantrack.ui;

import org.plantrack.devinfra.ChildProcesses;
import org.plantrack.devinfra.EmbeddedPostgresServer;
import org.plantrack.devinfra.KafkaBrokerProcess;
import org.plantrack.devinfra.KafkaTopics;
import org.plantrack.devinfra.PlanTrackServices;
import org.plantrack.devinfra.Ports;
import org.plantrack.devinfra.PostgresDatabases;
import org.plantrack.devinfra.ServiceProcess;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PlanTrack as a user runs it: one real Kafka broker (KRaft, child JVM), one embedded PostgreSQL and the four
 * packaged services as separate processes (the gateway's jar carries the web UI).
 */
final class UiStack implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = ROOT.resolve("ui-tests/target/ui-run");
    static final Path LOGS = WORK.resolve("logs");

    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private String gateway;

    static UiStack start() throws IOException {
        UiStack stack = new UiStack();
        try {
            stack.boot();
            return stack;
        } catch (RuntimeException | IOException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void boot() throws IOException {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            assertThat(spec.jar(ROOT)).as("packaged " + spec.name() + " (run the reactor build: ./mvnw -B verify)")
                    .isRegularFile();
        }
        deleteRecursively(WORK);
        Files.createDirectories(LOGS);

        postgres = new EmbeddedPostgresServer(WORK.resolve("postgres"), LOGS.resolve("postgres.log"), Ports.free());
        postgres.start();
        PostgresDatabases.ensure(postgres.jdbcBaseUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                PlanTrackServices.DATABASES, Duration.ofMinutes(1));

        kafka = new KafkaBrokerProcess(WORK.resolve("kafka"), LOGS.resolve("kafka.log"), Ports.free(), Ports.free(), false);
        kafka.start(Duration.ofMinutes(2));
        KafkaTopics.ensurePlanTrackTopics(kafka.bootstrapServers(), Duration.ofMinutes(1));

        Map<String, Integer> ports = new LinkedHashMap<>();
        PlanTrackServices.ALL.forEach(spec -> ports.put(spec.name(), Ports.free()));
        PlanTrackServices.Wiring wiring = new PlanTrackServices.Wiring(kafka.bootstrapServers(), postgres.jdbcBaseUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, ports);
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            ServiceProcess service = PlanTrackServices.process(spec, ROOT, wiring, LOGS,
                    List.of("-Xmx384m", "-XX:+UseSerialGC"), false);
            services.add(service);
            service.start();
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(4));
        }
        gateway = wiring.url(PlanTrackServices.GATEWAY);
    }

    String gateway() {
        return gateway;
    }

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

    /** The end of every process log of the run, for a failure report. */
    static String logTails(int lines) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(LOGS)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                out.append("===== last ").append(lines).append(" lines of ").append(log).append('\n')
                        .append(ChildProcesses.tail(log, lines)).append('\n');
            }
        } catch (IOException e) {
            out.append("(no logs: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
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
