package org.plantrack.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * For tests that run the services as processes: on a failed test, or a stack that would not start, prints the end of
 * every process log, so a CI log shows why a service misbehaved without access to the machine. Register it on the
 * test class with the module's way of reading its logs:
 * <pre>{@code @RegisterExtension
 * static final LogsOnFailure LOGS = new LogsOnFailure(() -> LocalStack.logTails(LOGS_DIR, 150));}</pre>
 * A test or set-up that was skipped (an assumption, e.g. no browser on this machine) ran nothing: nothing is printed.
 */
public final class LogsOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    private final Supplier<String> logTails;
    private final Consumer<ExtensionContext> onTestFailure;

    /** @param logTails the last lines of every process log, each headed by its file name */
    public LogsOnFailure(Supplier<String> logTails) {
        this(logTails, context -> { });
    }

    /** @param onTestFailure what else to keep of a failed test, before the logs are printed (e.g. a screenshot) */
    public LogsOnFailure(Supplier<String> logTails, Consumer<ExtensionContext> onTestFailure) {
        this.logTails = logTails;
        this.onTestFailure = onTestFailure;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        onTestFailure.accept(context);
        System.out.println(report("test " + context.getDisplayName() + " failed: " + cause));
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        if (!(throwable instanceof TestAbortedException)) {
            System.out.println(report("starting the stack failed: " + throwable));
        }
        throw throwable;
    }

    String report(String reason) {
        String tails;
        try {
            tails = logTails.get();
        } catch (RuntimeException e) {
            tails = "(the logs could not be read: " + e + ")";
        }
        return "\n===== " + reason + "\n" + tails;
    }
}
