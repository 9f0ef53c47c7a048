package org.plantrack.retry;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.util.TypeLiteral;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One variant of the retry policy ({@link RetryConfig}) as a SmallRye Fault Tolerance guard: exponential backoff, no
 * jitter (one consumer per partition retries, there is no herd to spread), no time limit besides the attempts.
 * <p>
 * The guard is built once per variant and shared by every call: building one per call (as before) cost more CPU
 * than the publishing it guarded (docs/benchmarks.md, "nlp-service and ingest-service around the analysis"). What
 * is particular to a call (its description for the log lines, its attempt count, which failures it may retry, the
 * caller's logging context) travels with the failure instead: each failed attempt reaches the guard as a
 * {@link FailedAttempt} that carries its {@link Work}, and the guard's retry predicate and retry log line read it
 * there. A call that succeeds at once allocates nothing for its retries.
 * <p>
 * A failure {@link PermanentFailures} calls permanent is never retried, in any variant: the work ends at once. Of
 * the other failures the caller may exclude more ({@code transientFailure}); an {@link Error} or an interruption
 * never is retried. What is not retried, or still fails after the last attempt, ends as a {@link GivenUpException}.
 */
public final class RetryPolicy {

    private static final Logger LOG = Logger.getLogger(RetryPolicy.class);
    private static final TypeLiteral<CompletionStage<Object>> ASYNC = new TypeLiteral<>() {
    };

    /** For work where any exception may be transient (a database or broker call), unless it is a permanent one. */
    public static final Predicate<Throwable> ANY_EXCEPTION = e -> true;

    private final String name;
    private final RetryConfig.Variant variant;
    private final BooleanSupplier stopping;
    private final String attemptsOf;
    private final Guard guard;

    RetryPolicy(String name, RetryConfig.Variant variant, BooleanSupplier stopping) {
        if (variant.factor() < 1) {
            throw new IllegalArgumentException("plantrack.retry." + name + ".factor must be at least 1");
        }
        this.name = name;
        this.variant = variant;
        this.stopping = stopping;
        this.attemptsOf = variant.maxAttempts().isPresent() ? " of " + variant.maxAttempts().getAsInt() : "";
        this.guard = buildGuard();
    }

    /** The variant's name as in the configuration: until-done, bounded or delivery. */
    public String name() {
        return name;
    }

    /** Runs {@code action} on this thread, waiting between attempts; any exception counts as transient. */
    public void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        }, ANY_EXCEPTION);
    }

    /** Calls {@code action} on this thread, waiting between attempts; any exception counts as transient. */
    public <T> T call(String what, Callable<T> action) {
        return call(what, action, ANY_EXCEPTION);
    }

    /** Calls {@code action} on this thread until it returns, waiting between attempts (the thread sleeps). */
    @SuppressWarnings("unchecked")
    public <T> T call(String what, Callable<T> action, Predicate<Throwable> transientFailure) {
        // retries happen on this thread, whose logging context is the caller's: nothing to carry along
        Work work = new Work(what, transientFailure, null);
        try {
            return (T) guard.call(() -> {
                work.attempts++;
                try {
                    return action.call();
                } catch (Exception e) {
                    throw new FailedAttempt(work, e);
                }
            }, Object.class);
        } catch (Exception e) {
            Throwable last = e instanceof FailedAttempt failed ? failed.getCause() : e;
            if (last instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw givenUp(work, last);
        }
    }

    /**
     * Starts {@code attempt} (given the attempt's number, from 1) and, when its stage fails with a transient failure,
     * starts it again after the backoff without holding a thread in between (the fault-tolerance timer schedules
     * it). The answer completes with the first success, or fails with a {@link GivenUpException}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> CompletionStage<T> callAsync(String what, IntFunction<CompletionStage<T>> attempt,
                                            Predicate<Throwable> transientFailure) {
        // an asynchronous retry is logged on the timer's thread: the line carries the caller's context all the same
        // (MDC.getMap() is a copy already)
        Work work = new Work(what, transientFailure, MDC.getMap());
        CompletionStage<Object> guarded;
        try {
            guarded = guard.get(() -> {
                CompletionStage<T> stage;
                try {
                    stage = attempt.apply(++work.attempts);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(new FailedAttempt(work, e));
                }
                CompletableFuture<Object> outcome = new CompletableFuture<>();
                stage.whenComplete((value, failure) -> {
                    if (failure == null) {
                        outcome.complete(value);
                    } else {
                        outcome.completeExceptionally(new FailedAttempt(work, unwrap(failure)));
                    }
                });
                return (CompletionStage) outcome;
            }, ASYNC);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(givenUp(work, lastFailure(e)));
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        guarded.whenComplete((value, failure) -> {
            if (failure == null) {
                answer.complete((T) value);
            } else {
                answer.completeExceptionally(givenUp(work, lastFailure(failure)));
            }
        });
        return answer;
    }

    private Guard buildGuard() {
        Guard.Builder.RetryBuilder retry = Guard.create()
                .withDescription("plantrack.retry." + name)
                .withThreadOffload(false)
                .withRetry()
                .maxRetries(variant.maxAttempts().isPresent() ? variant.maxAttempts().getAsInt() - 1 : -1)
                .maxDuration(0, ChronoUnit.MILLIS) // no limit: the attempts bound the work (or nothing does)
                .delay(Math.min(variant.initialDelay().toMillis(), variant.maxDelay().toMillis()), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(this::retried)
                .beforeRetry(this::logRetry);
        if (growing()) {
            retry = retry.withExponentialBackoff()
                    .factor(variant.factor())
                    .maxDelay(variant.maxDelay().toMillis(), ChronoUnit.MILLIS)
                    .done();
        }
        return retry.done().build();
    }

    /** The guard's retry predicate: only a failed attempt of a call, with a failure that call may retry. */
    private boolean retried(Throwable e) {
        FailedAttempt failed = failedAttempt(e);
        if (failed == null) {
            return false;
        }
        Throwable cause = failed.getCause();
        return cause instanceof Exception && !(cause instanceof InterruptedException)
                && retriable(unwrap(cause), failed.work.transientFailure) && !stopping.getAsBoolean();
    }

    private void logRetry(Throwable e) {
        FailedAttempt failed = failedAttempt(e);
        if (failed == null) {
            return; // never the case: only failed attempts are retried
        }
        Work work = failed.work;
        inLogContext(work.logContext, () -> LOG.warnf("%s failed (attempt %d%s), retrying (plantrack.retry.%s): %s",
                work.what, work.attempts, attemptsOf, name, unwrap(failed.getCause())));
    }

    /** Retried at all: neither permanent ({@link PermanentFailures}) nor excluded by the caller. */
    private static boolean retriable(Throwable failure, Predicate<Throwable> transientFailure) {
        return !PermanentFailures.isPermanent(failure) && transientFailure.test(failure);
    }

    private GivenUpException givenUp(Work work, Throwable last) {
        boolean notRetriable = last instanceof Exception && !(last instanceof InterruptedException)
                && !retriable(last, work.transientFailure);
        return new GivenUpException(work.what, work.attempts, last, stopping.getAsBoolean(), notRetriable);
    }

    /** False for a constant delay (factor 1, or no room above the initial delay), which SmallRye's backoff refuses. */
    private boolean growing() {
        return variant.factor() > 1 && variant.maxDelay().compareTo(variant.initialDelay()) > 0;
    }

    /** Runs {@code log} in {@code context} (null: the current one), restoring this thread's context afterwards. */
    private static void inLogContext(Map<String, Object> context, Runnable log) {
        if (context == null) {
            log.run();
            return;
        }
        Map<String, Object> current = MDC.getMap();
        if (current.equals(context)) {
            log.run();
            return;
        }
        MDC.clear();
        context.forEach(MDC::put);
        try {
            log.run();
        } finally {
            MDC.clear();
            current.forEach(MDC::put);
        }
    }

    /** The failure an asynchronous call ends with: its last attempt's, without the wrappers. */
    private static Throwable lastFailure(Throwable failure) {
        Throwable e = unwrap(failure);
        return e instanceof FailedAttempt failed ? failed.getCause() : e;
    }

    private static FailedAttempt failedAttempt(Throwable failure) {
        return unwrap(failure) instanceof FailedAttempt failed ? failed : null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** One call of the policy: what the log lines and the answer say about it, and how far it got. */
    private static final class Work {
        final String what;
        final Predicate<Throwable> transientFailure;
        /** The caller's logging context, for retries logged on another thread; null when they are not. */
        final Map<String, Object> logContext;
        /** Attempts started so far; they run one after the other (the guard waits for one before the next). */
        volatile int attempts;

        Work(String what, Predicate<Throwable> transientFailure, Map<String, Object> logContext) {
            this.what = what;
            this.transientFailure = transientFailure;
            this.logContext = logContext;
        }
    }

    /**
     * How a failed attempt reaches the shared guard: the failure with the call it belongs to. Without a stack trace
     * (the cause has one) and never seen outside this class: every answer names the cause itself.
     */
    private static final class FailedAttempt extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Work work;

        FailedAttempt(Work work, Throwable cause) {
            super(null, cause, false, false);
            this.work = work;
        }
    }
}
