package org.plantrack.ui;

import org.plantrack.devinfra.LocalStack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * PlanTrack as a user runs it: one real Kafka broker (KRaft, child JVM), one embedded PostgreSQL and the four
 * packaged services as separate processes (the gateway's jar carries the web UI).
 */
final class UiStack implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = ROOT.resolve("ui-tests/target/ui-run");
    static final Path LOGS = WORK.resolve("logs");

    private final LocalStack stack;

    private UiStack(LocalStack stack) {
        this.stack = stack;
    }

    static UiStack start() throws IOException {
        return start(List.of());
    }

    /** With more JVM options for every service, e.g. gateway settings as {@code -Dplantrack.protect-reads=true}. */
    static UiStack start(List<String> moreJvmOptions) throws IOException {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC"));
        options.addAll(moreJvmOptions);
        return new UiStack(LocalStack.start(ROOT, WORK, options, Duration.ofMinutes(4)));
    }

    String gateway() {
        return stack.gatewayUrl();
    }

    @Override
    public void close() {
        stack.close();
    }

    /** The end of every process log of the run, for a failure report. */
    static String logTails(int lines) {
        return LocalStack.logTails(LOGS, lines);
    }
}
