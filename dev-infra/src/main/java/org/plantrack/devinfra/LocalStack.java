package org.plantrack.devinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 *
 * <p>Tests that inject faults (fault-tests) and the load benchmark use the same stack through {@link #builder}: they
 * can run the services from a snapshot of their packaged apps, stop and start the broker and the database, and add
 * more instances of a service to its consumer group.
 */
public final class LocalStack implements AutoCloseable {

    private final Options options;
    private final Path work;
    private final Path logs;
    private final Path apps;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private PlanTrackServices.Wiring wiring;

    private LocalStack(Options options) {
        this.options = options;
        this.work = options.work;
        this.logs = work.resolve("logs");
        // a snapshot lives in the work folder, so a service restarted mid-run is the one that was started, even
        // when another build in the checkout re-packages it meanwhile
        this.apps = options.snapshotApps ? work.resolve("apps") : options.root;
    }

    /** How a stack is started; {@link #start()} starts it. */
    public static final class Options {
        private final Path root;
        private final Path work;
        private ServiceJvmOptions jvmOptions = ServiceJvmOptions.same(List.of("-Xmx384m", "-XX:+UseSerialGC"));
        private Duration startup = Duration.ofMinutes(4);
        private boolean snapshotApps;

        private Options(Path root, Path work) {
            this.root = root;
            this.work = work;
        }

        /** The same options for every service. */
        public Options jvmOptions(List<String> options) {
            this.jvmOptions = ServiceJvmOptions.same(options);
            return this;
        }

        public Options jvmOptions(ServiceJvmOptions options) {
            this.jvmOptions = options;
            return this;
        }

        /** How long each service may take to report ready (also on restarts). */
        public Options startup(Duration timeout) {
            this.startup = timeout;
            return this;
        }

        /** Run the services from a copy of their {@code target/quarkus-app} taken at the start. */
        public Options snapshotApps() {
            this.snapshotApps = true;
            return this;
        }

        public LocalStack start() throws IOException {
            return LocalStack.start(this);
        }
    }

    /**
     * @param root the repository root, holding {@code <service>/target/quarkus-app/quarkus-run.jar}
     * @param work emptied first; data and logs of the run go there
     */
    public static Options builder(Path root, Path work) {
        return new Options(root, work);
    }

    /**
     * Starts everything and waits until every service is ready; on failure whatever was started is stopped again.
     *
     * @param root       the repository root, holding {@code <service>/target/quarkus-app/quarkus-run.jar}
     * @param work       emptied first; data and logs of this run go there
     */
    public static LocalStack start(Path root, Path work, List<String> jvmOptions, Duration startup) throws IOException {
        return builder(root, work).jvmOptions(jvmOptions).startup(startup).start();
    }

    private static LocalStack start(Options options) throws IOException {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            if (!Files.isRegularFile(spec.jar(options.root))) {
                throw new IllegalStateException(spec.jar(options.root) + " is missing: package " + spec.name()
                        + " first (the reactor build ./mvnw -B verify does)");
            }
        }
        LocalStack stack = new LocalStack(options);
        try {
            stack.boot();
            return stack;
        } catch (IOException | RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void boot() throws IOException {
        stopLeftovers();
        deleteRecursively(work);
        Files.createDirectories(logs);
        if (options.snapshotApps) {
            for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
                Path app = options.root.resolve(spec.name()).resolve("target/quarkus-app");
                copyRecursively(app, apps.resolve(spec.name()).resolve("target/quarkus-app"));
            }
        }

        postgres = new EmbeddedPostgresServer(work.resolve("postgres"), logs.resolve("postgres.log"), Ports.free());
        postgres.start();
        PostgresDatabases.ensure(postgres.jdbcBaseUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                PlanTrackServices.DATABASES, Duration.ofMinutes(1));

        kafka = new KafkaBrokerProcess(work.resolve("kafka"), logs.resolve("kafka.log"), Ports.free(), Ports.free(), false);
        kafka.start(Duration.ofMinutes(2));
        KafkaTopics.ensurePlanTrackTopics(kafka.bootstrapServers(), Duration.ofMinutes(1));

        Map<String, Integer> ports = new LinkedHashMap<>();
        PlanTrackServices.ALL.forEach(spec -> {
            ports.put(spec.name(), Ports.free());
            ports.put(spec.managementPortKey(), Ports.free());
        });
        wiring = new PlanTrackServices.Wiring(kafka.bootstrapServers(), postgres.jdbcBaseUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, ports);
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            ServiceProcess service = PlanTrackServices.process(spec, apps, wiring, logs,
                    options.jvmOptions.forService(spec.name()), false);
            services.add(service);
            service.start();
        }
        awaitAllReady();
    }

    /** Waits for every service and extra instance that is running (or supervised) to report ready. */
    public void awaitAllReady() {
        for (ServiceProcess service : services) {
            if (service.isAlive() || service.pid() < 0) {
                service.awaitReady(options.startup);
            }
        }
        for (ServiceProcess extra : extraInstances) {
            if (extra.isAlive()) {
                extra.awaitReady(options.startup);
            }
        }
    }

    /** The running process of one of the four services. */
    public ServiceProcess service(PlanTrackServices.Spec spec) {
        return services.stream().filter(s -> s.name().equals(spec.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(spec.name() + " is not part of this stack"));
    }

    /** Starts {@code service} again (after a crash or a kill) and waits until it is ready. */
    public void restart(ServiceProcess service) {
        service.start();
        service.awaitReady(options.startup);
    }

    /**
     * One more instance of a service, on its own port with its own log, configured like the first one, so it joins
     * the same consumer group: how scale-out works, on one machine.
     *
     * @param name the instance name, also the name of its log and pid file (e.g. {@code nlp-service-2})
     */
    public ServiceProcess startExtraInstance(PlanTrackServices.Spec spec, String name) {
        Map<String, Integer> ports = new LinkedHashMap<>(wiring.ports());
        ports.put(spec.name(), Ports.free());
        ports.put(spec.managementPortKey(), Ports.free());
        PlanTrackServices.Wiring own = new PlanTrackServices.Wiring(wiring.kafkaBootstrap(), wiring.jdbcBaseUrl(),
                wiring.dbUser(), wiring.dbPassword(), ports);
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(options.jvmOptions.forService(spec.name()));
        command.add("-jar");
        command.add(spec.jar(apps).toString());
        ServiceProcess instance = new ServiceProcess(name, command, PlanTrackServices.environment(spec, own),
                apps.resolve(spec.name()), logs.resolve(name + ".log"), own.readinessUrl(spec),
                false);
        extraInstances.add(instance);
        instance.start();
        instance.awaitReady(options.startup);
        return instance;
    }

    /** The folder holding {@code <service>/target/quarkus-app} of the running services (a snapshot or the root). */
    public Path appsRoot() {
        return apps;
    }

    public PlanTrackServices.Wiring wiring() {
        return wiring;
    }

    public String kafkaBootstrap() {
        return wiring.kafkaBootstrap();
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

    /** Every process log of the run, sorted by name. */
    public List<Path> logFiles() {
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
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
        extraInstances.forEach(ServiceProcess::stop);
        services.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    /** A run killed half-way leaves its children running; they would hold the data directories and ports. */
    private void stopLeftovers() {
        EmbeddedPostgresServer.stopStalePostmaster(work.resolve("postgres"));
        ChildProcesses.killStale(work.resolve("kafka").resolve("broker.pid"), "kafka.Kafka");
        try (Stream<Path> pidFiles = Files.exists(logs) ? Files.list(logs) : Stream.empty()) {
            for (Path pidFile : pidFiles.filter(f -> f.toString().endsWith(".pid")).toList()) {
                ChildProcesses.killStale(pidFile, apps.toString());
            }
        } catch (IOException e) {
            // nothing listed, nothing to stop
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
