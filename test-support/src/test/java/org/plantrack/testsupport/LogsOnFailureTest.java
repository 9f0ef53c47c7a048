package org.plantrack.testsupport;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogsOnFailureTest {

    @Test
    void aStackThatWouldNotStartPrintsTheLogTailsAndStillFails() {
        LogsOnFailure logs = new LogsOnFailure(() -> "===== last 2 lines of gateway.log\nboom\n");
        IllegalStateException failure = new IllegalStateException("port 8080 in use");

        String printed = printedBy(() -> assertThatThrownBy(
                () -> logs.handleBeforeAllMethodExecutionException(null, failure)).isSameAs(failure));

        assertThat(printed).contains("starting the stack failed: java.lang.IllegalStateException: port 8080 in use")
                .contains("gateway.log\nboom");
    }

    @Test
    void aSkippedSetUpPrintsNothingAndReadsNoLogs() {
        AtomicInteger reads = new AtomicInteger();
        LogsOnFailure logs = new LogsOnFailure(() -> String.valueOf(reads.incrementAndGet()));
        TestAbortedException skipped = new TestAbortedException("no browser on this machine");

        String printed = printedBy(() -> assertThatThrownBy(
                () -> logs.handleBeforeAllMethodExecutionException(null, skipped)).isSameAs(skipped));

        assertThat(printed).isEmpty();
        assertThat(reads).hasValue(0);
    }

    @Test
    void logsThatCannotBeReadAreSaidSoInsteadOfHidingTheFailure() {
        LogsOnFailure logs = new LogsOnFailure(() -> {
            throw new IllegalStateException("no log directory");
        });
        assertThat(logs.report("test x failed")).contains("test x failed")
                .contains("the logs could not be read: java.lang.IllegalStateException: no log directory");
    }

    private static String printedBy(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
