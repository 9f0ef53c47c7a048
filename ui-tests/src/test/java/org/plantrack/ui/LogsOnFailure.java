package org.plantrack.ui;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/** On a failure: a screenshot of the page as it was, and the end of every process log, so CI shows why. */
final class LogsOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebUiIT.screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
        System.out.println("\n===== test " + context.getDisplayName() + " failed: " + cause + "\n" + UiStack.logTails(120));
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (throwable instanceof TestAbortedException) {
            throw throwable; // skipped (no browser on this machine): nothing ran, nothing to show
        }
        System.out.println("\n===== starting the stack or the browser failed: " + throwable + "\n" + UiStack.logTails(120));
        throw throwable;
    }
}
