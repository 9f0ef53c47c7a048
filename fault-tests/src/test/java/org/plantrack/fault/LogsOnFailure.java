package org.plantrack.fault;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.plantrack.devinfra.ChildProcesses;

import java.nio.file.Path;

/** On a failed scenario (or a stack that would not start), prints the end of every process log of the run. */
final class LogsOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    private static final int LINES = 120;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        dump("scenario " + context.getDisplayName() + " failed: " + cause);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        dump("starting the stack failed: " + throwable);
        throw throwable;
    }

    private static void dump(String reason) {
        FaultStack stack = FaultToleranceIT.stack;
        StringBuilder out = new StringBuilder("\n===== " + reason + "\n");
        if (stack != null) {
            for (Path log : stack.logFiles()) {
                out.append("===== last ").append(LINES).append(" lines of ").append(log).append('\n')
                        .append(ChildProcesses.tail(log, LINES)).append('\n');
            }
        }
        System.out.println(out);
    }
}
