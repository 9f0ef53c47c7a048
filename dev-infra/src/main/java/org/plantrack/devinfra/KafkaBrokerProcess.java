package org.plantrack.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run in a child
 * JVM from the Kafka jars on Maven Central. Its storage is formatted once and kept in {@code dataDir}, so
 * topics and records survive a restart.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** 16 MiB: whole documents travel in DocumentIngestedV1 records. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    private static final String CLASSPATH_RESOURCE = "/org/plantrack/devinfra/runtime-classpath.txt";
    /** Replaces the broker's JVM options ({@code ./plantrack up} and the load benchmark), e.g. for an A/B run. */
    public static final String JAVA_OPTS_ENV = "PLANTRACK_KAFKA_JAVA_OPTS";
    /**
     * C1 only, like ingest-service, target-service and the gateway (ServiceJvmOptions): long into the load
     * benchmark's fast phase the broker's C2 compiler threads still used a large share of its CPU; C1's code is a
     * little slower per request, but the broker needs less CPU per document in all (docs/benchmarks.md, "Kafka
     * clients: cost per record").
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final int controllerPort;
    private final boolean detach;
    private final List<String> jvmOptions;
    private Process process;

    /**
     * @param dataDir        broker home: {@code server.properties}, {@code log4j2.properties} and {@code data/}
     * @param logFile        where the broker's console output is appended
     * @param port           client listener on localhost
     * @param controllerPort KRaft controller listener on localhost
     * @param detach         run the child in its own session (see {@link ChildProcesses#command})
     */
    public KafkaBrokerProcess(Path dataDir, Path logFile, int port, int controllerPort, boolean detach) {
        this(dataDir, logFile, port, controllerPort, detach, defaultJvmOptions(System.getenv(JAVA_OPTS_ENV)));
    }

    public KafkaBrokerProcess(Path dataDir, Path logFile, int port, int controllerPort, boolean detach,
                              List<String> jvmOptions) {
        this.dataDir = dataDir.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.detach = detach;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The options {@code PLANTRACK_KAFKA_JAVA_OPTS} gives, or {@link #DEFAULT_JVM_OPTIONS} when it is unset or blank. */
    static List<String> defaultJvmOptions(String fromEnvironment) {
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return DEFAULT_JVM_OPTIONS;
        }
        return List.of(fromEnvironment.strip().split("\\s+"));
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path pidFile() {
        return dataDir.resolve("broker.pid");
    }

    /** Formats the storage on first use, starts the broker and waits until it answers admin requests. */
    public synchronized void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Files.createDirectories(dataDir.resolve("data"));
            Files.createDirectories(logFile.getParent());
            ChildProcesses.killStale(pidFile(), "kafka.Kafka");
            Path config = writeConfig();
            Path log4j = writeLog4jConfig();
            if (!Files.exists(dataDir.resolve("data").resolve("meta.properties"))) {
                format(config, log4j);
            }
            List<String> command = new ArrayList<>(javaCommand(log4j));
            command.add("kafka.Kafka");
            command.add(config.toString());
            process = new ProcessBuilder(ChildProcesses.command(detach, command))
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            ChildProcesses.writePid(pidFile(), process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
        awaitReady(timeout);
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Graceful shutdown (SIGTERM lets the broker close its logs cleanly), forced after 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ChildProcesses.terminate(process, Duration.ofSeconds(30));
        process = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException ignored) {
            // a stale pid file is checked against the command line before use anyway
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with code " + process.exitValue()
                            + "; last lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 40));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the broker is still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the Kafka broker did not become ready within " + timeout
                            + "; last lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 40));
                }
                sleep(300);
            }
        }
    }

    private void format(Path config, Path log4j) throws IOException {
        List<String> command = new ArrayList<>(javaCommand(log4j));
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()));
        Process formatter = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!formatter.waitFor(2, TimeUnit.MINUTES) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed; last lines of " + logFile + ":\n"
                        + ChildProcesses.tail(logFile, 40));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private List<String> javaCommand(Path log4j) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-Dlog4j2.configurationFile=" + log4j);
        command.add("-cp");
        command.add(brokerClasspath());
        return command;
    }

    private Path writeConfig() throws IOException {
        // Listeners on localhost only: this broker is for one developer machine or one test run.
        String properties = String.join("\n",
                "# written by PlanTrack's KafkaBrokerProcess on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("data"),
                "num.partitions=6",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + MAX_MESSAGE_BYTES,
                "log.retention.hours=168",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLog4jConfig() throws IOException {
        String properties = String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.console.ref = console",
                // the per-partition log/segment chatter would drown everything else
                "logger.kafkaLog.name = kafka.log",
                "logger.kafkaLog.level = warn",
                "logger.storage.name = org.apache.kafka.storage",
                "logger.storage.level = warn",
                "");
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /** The Kafka jars: the runtime classpath of this module, written into its jar at build time. */
    static String brokerClasspath() {
        try (InputStream in = KafkaBrokerProcess.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CLASSPATH_RESOURCE + ": build dev-infra with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
