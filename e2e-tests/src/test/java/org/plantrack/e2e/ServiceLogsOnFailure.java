package org.plantrack.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;

/**
 * On a failure (in a test or while starting the stack), prints the end of every process log of the run, so a
 * CI log shows why a service misbehaved without access to the machine.
 */
final class ServiceLogsOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    private static final int LINES = 150;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        dump("test " + context.getDisplayName() + " failed: " + cause);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        dump("starting the stack failed: " + throwable);
        throw throwable;
    }

    private static void dump(String reason) {
        StringBuilder out = new StringBuilder("\n===== " + reason + "\n");
        for (Path log : PipelineIT.logFiles()) {
            out.append("===== last ").append(LINES).append(" lines of ").append(log).append('\n')
                    .append(PipelineIT.tail(log, LINES)).append('\n');
        }
        System.out.println(out);
    }
}
