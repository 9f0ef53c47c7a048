package org.plantrack.fault;

import org.plantrack.devinfra.LocalStack;
import org.plantrack.devinfra.PlanTrackServices;
import org.plantrack.devinfra.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@link LocalStack} shared by all scenarios, with the faults they inject: SIGKILL and restart of a service,
 * stopping and restarting the broker or the database, and a second nlp-service instance in the same group.
 *
 * <p>The services run from a snapshot of their {@code target/quarkus-app} taken at the start: other builds in the
 * same checkout may re-package a service while the scenarios run, and a restarted service must be the same one.
 */
final class FaultStack implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC");

    private final LocalStack stack;

    private FaultStack(LocalStack stack) {
        this.stack = stack;
    }

    static FaultStack start(Path root, Path work) throws IOException {
        return new FaultStack(LocalStack.builder(root, work).jvmOptions(JVM).startup(STARTUP).snapshotApps().start());
    }

    Path nlpApp() {
        return stack.appsRoot().resolve(PlanTrackServices.NLP.name()).resolve("target/quarkus-app");
    }

    String kafkaBootstrap() {
        return stack.kafkaBootstrap();
    }

    String gatewayUrl() {
        return stack.gatewayUrl();
    }

    ServiceProcess service(PlanTrackServices.Spec spec) {
        return stack.service(spec);
    }

    void awaitAllReady() {
        stack.awaitAllReady();
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

    void restart(ServiceProcess service) {
        stack.restart(service);
    }

    void stopKafka() {
        stack.kafka().stop();
    }

    void startKafka() {
        stack.kafka().start(Duration.ofMinutes(2));
    }

    void stopPostgres() {
        stack.postgres().stop();
    }

    void startPostgres() {
        stack.postgres().start();
    }

    /** A second nlp-service on its own port, same consumer group (the group id is the service's configuration). */
    ServiceProcess startSecondNlp() {
        return stack.startExtraInstance(PlanTrackServices.NLP, "nlp-service-2");
    }

    List<Path> logFiles() {
        return stack.logFiles();
    }

    @Override
    public void close() {
        stack.close();
    }
}
