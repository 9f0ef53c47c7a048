package org.plantrack.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrack.events.Topics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's orchestration with real PostgreSQL and Kafka, and {@link HealthStub} jars standing in for the
 * four packaged services (the real ones are exercised by the e2e-tests module).
 */
class LauncherTest {

    @TempDir
    Path root;

    @Test
    void startsInfrastructureAndServicesRestartsACrashAndStopsInOrder() throws Exception {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            writeStubJar(spec.jar(root));
        }
        Map<String, String> env = freeServicePorts();
        env.put("PLANTRACK_KAFKA_PORT", Integer.toString(Ports.free()));
        env.put("PLANTRACK_PG_PORT", Integer.toString(Ports.free()));
        env.put("PLANTRACK_JAVA_OPTS", "-Xmx32m");
        LauncherSettings settings = LauncherSettings.from(root, env);
        Launcher launcher = new Launcher(settings);
        Path log = settings.logDir().resolve("launcher.log");
        try {
            launcher.startAll();

            assertThat(Files.readString(log)).contains("PlanTrack is up: http://localhost:" + env.get("PLANTRACK_GATEWAY_PORT"));
            // health is on the management port, not on the public one
            assertThat(get("http://localhost:" + env.get("PLANTRACK_GATEWAY_MANAGEMENT_PORT") + "/q/health/ready"))
                    .contains("UP");
            assertThat(settings.home().resolve("postgres/PG_VERSION")).exists();
            assertThat(settings.home().resolve("kafka/data/meta.properties")).exists();

            Path pidFile = settings.logDir().resolve("target-service.pid");
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.readString(log).contains("target-service is ready again") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Files.readString(log))
                    .contains("restarting target-service (exit code 137)")
                    .contains("target-service is ready again");
        } finally {
            launcher.stopAll();
        }

        List<String> lines = Files.readAllLines(log);
        int kafkaStopped = lines.indexOf(lines.stream().filter(l -> l.endsWith("stopped Kafka")).findFirst().orElseThrow());
        int postgresStopped = lines.indexOf(lines.stream().filter(l -> l.endsWith("stopped PostgreSQL")).findFirst().orElseThrow());
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            int serviceStopped = lines.indexOf(lines.stream().filter(l -> l.endsWith("stopped " + spec.name()))
                    .findFirst().orElseThrow());
            assertThat(serviceStopped).as(spec.name() + " stops before Kafka").isLessThan(kafkaStopped);
        }
        assertThat(kafkaStopped).as("Kafka stops before PostgreSQL").isLessThan(postgresStopped);
        for (String variable : LauncherSettings.PORT_VARIABLES.values()) {
            int port = Integer.parseInt(env.get(variable));
            assertThat(Ports.isFree(port)).as("port " + port + " released").isTrue();
        }
    }

    @Test
    void leftoversOfALauncherKilledHardAreStoppedBeforeStarting() throws Exception {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            writeStubJar(spec.jar(root));
        }
        int kafkaPort = Ports.free();
        Map<String, String> env = freeServicePorts();
        env.put("PLANTRACK_KAFKA_PORT", Integer.toString(kafkaPort));
        env.put("PLANTRACK_PG_PORT", Integer.toString(Ports.free()));
        env.put("PLANTRACK_JAVA_OPTS", "-Xmx32m");
        LauncherSettings settings = LauncherSettings.from(root, env);
        // what a launcher killed with SIGKILL leaves behind: its broker and a service, still running
        KafkaBrokerProcess staleBroker = new KafkaBrokerProcess(settings.home().resolve("kafka"),
                settings.logDir().resolve("kafka.log"), kafkaPort, Ports.free(), true);
        staleBroker.start(Duration.ofMinutes(2));
        long stalePid = Long.parseLong(Files.readString(staleBroker.pidFile()).trim());
        PlanTrackServices.Wiring wiring = new PlanTrackServices.Wiring("unused:9092", "jdbc:postgresql://unused/",
                "u", "p", settings.servicePorts());
        ServiceProcess staleGateway = PlanTrackServices.process(PlanTrackServices.GATEWAY, root, wiring,
                settings.logDir(), List.of("-Xmx32m"), true);
        staleGateway.start();
        staleGateway.awaitReady(Duration.ofSeconds(60));
        long staleGatewayPid = staleGateway.pid();

        Launcher launcher = new Launcher(settings);
        try {
            launcher.startAll();
            String log = Files.readString(settings.logDir().resolve("launcher.log"));
            assertThat(log).contains("stopping leftover process " + stalePid + " from an earlier run (kafka.Kafka)")
                    .contains("stopping leftover process " + staleGatewayPid)
                    .contains("starting Kafka (KRaft) on localhost:" + kafkaPort)
                    .contains("PlanTrack is up");
            assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(ProcessHandle.of(staleGatewayPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        } finally {
            launcher.stopAll();
            staleBroker.stop();
            staleGateway.stop();
        }
    }

    @Test
    void externalKafkaAndPostgresAreUsedAndNeitherIsStarted() throws Exception {
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            writeStubJar(spec.jar(root));
        }
        Path external = root.resolve("external");
        try (KafkaBrokerProcess kafka = new KafkaBrokerProcess(external.resolve("kafka"), external.resolve("kafka.log"),
                Ports.free(), Ports.free(), false);
             EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(external.resolve("pg"),
                     external.resolve("pg.log"), Ports.free())) {
            kafka.start(Duration.ofMinutes(2));
            postgres.start();
            Map<String, String> env = freeServicePorts();
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("PLANTRACK_PG_URL", "jdbc:postgresql://localhost:" + postgres.port());
            env.put("PLANTRACK_JAVA_OPTS", "-Xmx32m");
            LauncherSettings settings = LauncherSettings.from(root, env);
            Launcher launcher = new Launcher(settings);
            try {
                launcher.startAll();
            } finally {
                launcher.stopAll();
            }

            String log = Files.readString(settings.logDir().resolve("launcher.log"));
            assertThat(log).contains("using external PostgreSQL jdbc:postgresql://localhost:" + postgres.port() + "/")
                    .contains("using external Kafka " + kafka.bootstrapServers())
                    .contains("PlanTrack is up")
                    .doesNotContain("starting Kafka").doesNotContain("starting PostgreSQL")
                    .doesNotContain("stopped Kafka").doesNotContain("stopped PostgreSQL");
            assertThat(settings.home().resolve("kafka")).doesNotExist();
            assertThat(settings.home().resolve("postgres")).doesNotExist();

            // the launcher still prepared the external ones: topics and databases exist
            try (var admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).containsAll(Topics.all());
            }
            try (var c = DriverManager.getConnection(postgres.jdbcBaseUrl() + "plantrack_target",
                    EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A runnable jar holding only {@link HealthStub}, at the path of a packaged service. */
    private static void writeStubJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HealthStub.class.getName());
        String entry = HealthStub.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             var classFile = HealthStub.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }

    /** A free HTTP and management port for every service, as the launcher's variables (a mutable map). */
    private static Map<String, String> freeServicePorts() {
        Map<String, String> env = new java.util.HashMap<>();
        LauncherSettings.PORT_VARIABLES.values().forEach(variable -> env.put(variable, Integer.toString(Ports.free())));
        return env;
    }

}
