package org.plantrack.fault;

import org.plantrack.devinfra.ChildProcesses;
import org.plantrack.devinfra.EmbeddedPostgresServer;
import org.plantrack.devinfra.KafkaBrokerProcess;
import org.plantrack.devinfra.KafkaTopics;
import org.plantrack.devinfra.PlanTrackServices;
import org.plantrack.devinfra.Ports;
import org.plantrack.devinfra.PostgresDatabases;
import org.plantrack.devinfra.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Kafka broker, one PostgreSQL (both databases on the same server, as the launcher runs them) and the four
 * services, shared by all scenarios, with the faults the scenarios inject: SIGKILL and restart of a service,
 * stopping and restarting the broker or the database, and a second nlp-service instance in the same group.
 *
 * <p>The services run from a copy of their {@code target/quarkus-app} taken at the start: other builds in the
 * same checkout may re-package a service while the scenarios run, and a restarted service must be the same one.
 */
final class FaultStack implements AutoCloseable {

    static final Duration STARTUP = Duration.ofMinutes(4);
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC");

    final Path work;
    final Path logs;
    private final Path apps;
    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private PlanTrackServices.Wiring wiring;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private ServiceProcess secondNlp;

    FaultStack(Path work) {
        this.work = work;
        this.logs = work.resolve("logs");
        this.apps = work.resolve("apps");
    }

    void start(Path root) throws IOException {
        stopLeftovers();
        deleteRecursively(work);
        Files.createDirectories(logs);
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            Path app = root.resolve(spec.name()).resolve("target/quarkus-app");
            if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(app + "/quarkus-run.jar is missing: package " + spec.name()
                        + " first (./mvnw -B -q -pl " + spec.name() + " package -DskipTests)");
            }
            copyRecursively(app, apps.resolve(spec.name()).resolve("target/quarkus-app"));
        }

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
            ServiceProcess service = PlanTrackServices.process(spec, apps, wiring, logs, JVM, false);
            services.put(spec.name(), service);
            service.start();
        }
        awaitAllReady();
    }

    Path nlpApp() {
        return apps.resolve(PlanTrackServices.NLP.name()).resolve("target/quarkus-app");
    }

    String kafkaBootstrap() {
        return wiring.kafkaBootstrap();
    }

    String gatewayUrl() {
        return wiring.url(PlanTrackServices.GATEWAY);
    }

    ServiceProcess service(PlanTrackServices.Spec spec) {
        return services.get(spec.name());
    }

    void awaitAllReady() {
        for (ServiceProcess service : services.values()) {
            if (service.isAlive() || service.pid() < 0) {
                service.awaitReady(STARTUP);
            }
        }
        if (secondNlp != null && secondNlp.isAlive()) {
            secondNlp.awaitReady(STARTUP);
        }
    }

    /** SIGKILL: no shutdown hook, no offset commit, no graceful close of anything. */
    static void kill(ServiceProcess service) {
        ProcessHandle handle = ProcessHandle.of(service.pid())
                .orElseThrow(() -> new IllegalStateException(service.name() + " is not running"));
        handle.destroyForcibly(); // SIGKILL on Linux
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(service.name() + " did not die after SIGKILL", e);
        }
    }

    static void restart(ServiceProcess service) {
        service.start();
        service.awaitReady(STARTUP);
    }

    void stopKafka() {
        kafka.stop();
    }

    void startKafka() {
        kafka.start(Duration.ofMinutes(2));
    }

    void stopPostgres() {
        postgres.stop();
    }

    void startPostgres() {
        postgres.start();
    }

    /** A second nlp-service on its own port, same consumer group (the group id is the service's configuration). */
    ServiceProcess startSecondNlp() {
        Map<String, Integer> ports = new LinkedHashMap<>(wiring.ports());
        ports.put(PlanTrackServices.NLP.name(), Ports.free());
        PlanTrackServices.Wiring second = new PlanTrackServices.Wiring(wiring.kafkaBootstrap(), wiring.jdbcBaseUrl(),
                wiring.dbUser(), wiring.dbPassword(), ports);
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(JVM);
        command.add("-jar");
        command.add(nlpApp().resolve("quarkus-run.jar").toString());
        // own name, so its own log and pid file (the first instance's pid file must not be taken for a leftover)
        secondNlp = new ServiceProcess("nlp-service-2", command, PlanTrackServices.environment(PlanTrackServices.NLP, second),
                apps.resolve(PlanTrackServices.NLP.name()), logs.resolve("nlp-service-2.log"),
                URI.create(second.url(PlanTrackServices.NLP) + "/q/health/ready"), false);
        secondNlp.start();
        secondNlp.awaitReady(STARTUP);
        return secondNlp;
    }

    /** A run killed half-way leaves its children running; they would hold the ports' data directories. */
    private void stopLeftovers() {
        EmbeddedPostgresServer.stopStalePostmaster(work.resolve("postgres"));
        ChildProcesses.killStale(work.resolve("kafka").resolve("broker.pid"), "kafka.Kafka");
        for (String name : List.of("ingest-service", "nlp-service", "nlp-service-2", "target-service", "gateway")) {
            ChildProcesses.killStale(logs.resolve(name + ".pid"), apps.toString());
        }
    }

    List<Path> logFiles() {
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        if (secondNlp != null) {
            secondNlp.stop();
        }
        services.values().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
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
