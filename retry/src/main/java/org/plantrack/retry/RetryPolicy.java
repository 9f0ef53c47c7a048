package org.plantrack.retry;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.util.TypeLiteral;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One variant of the retry policy ({@link RetryConfig}) as SmallRye Fault Tolerance guards: exponential backoff, no
 * jitter (one consumer per partition retries, there is no herd to spread), no time limit besides the attempts.
 * A guard is built per piece of work so that its retry log lines name that work and count its attempts; building
 * one is cheap next to the work it guards (a poll, a delivery).
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

    RetryPolicy(String name, RetryConfig.Variant variant, BooleanSupplier stopping) {
        if (variant.factor() < 1) {
            throw new IllegalArgumentException("plantrack.retry." + name + ".factor must be at least 1");
        }
        this.name = name;
        this.variant = variant;
        this.stopping = stopping;
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
        AtomicInteger attempts = new AtomicInteger();
        try {
            return (T) guard(what, attempts, transientFailure).call(() -> {
                attempts.incrementAndGet();
                return action.call();
            }, Object.class);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw givenUp(what, attempts.get(), e, transientFailure);
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
        AtomicInteger attempts = new AtomicInteger();
        CompletionStage<Object> guarded;
        try {
            guarded = guard(what, attempts, transientFailure).get(() -> {
                try {
                    return (CompletionStage) attempt.apply(attempts.incrementAndGet());
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }, ASYNC);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(givenUp(what, attempts.get(), e, transientFailure));
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        guarded.whenComplete((value, failure) -> {
            if (failure == null) {
                answer.complete((T) value);
            } else {
                answer.completeExceptionally(givenUp(what, attempts.get(), unwrap(failure), transientFailure));
            }
        });
        return answer;
    }

    private Guard guard(String what, AtomicInteger attempts, Predicate<Throwable> transientFailure) {
        // an asynchronous retry is logged on the timer's thread: the line carries the caller's context all the same
        Map<String, Object> logContext = new HashMap<>(MDC.getMap());
        Guard.Builder.RetryBuilder retry = Guard.create()
                .withDescription("plantrack.retry." + name)
                .withThreadOffload(false)
                .withRetry()
                .maxRetries(variant.maxAttempts().isPresent() ? variant.maxAttempts().getAsInt() - 1 : -1)
                .maxDuration(0, ChronoUnit.MILLIS) // no limit: the attempts bound the work (or nothing does)
                .delay(Math.min(variant.initialDelay().toMillis(), variant.maxDelay().toMillis()), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(e -> e instanceof Exception && !(e instanceof InterruptedException)
                        && retriable(unwrap(e), transientFailure) && !stopping.getAsBoolean())
                .beforeRetry(e -> inLogContext(logContext, () -> LOG.warnf(
                        "%s failed (attempt %d%s), retrying (plantrack.retry.%s): %s", what, attempts.get(),
                        variant.maxAttempts().isPresent() ? " of " + variant.maxAttempts().getAsInt() : "", name,
                        unwrap(e))));
        if (growing()) {
            retry = retry.withExponentialBackoff()
                    .factor(variant.factor())
                    .maxDelay(variant.maxDelay().toMillis(), ChronoUnit.MILLIS)
                    .done();
        }
        return retry.done().build();
    }

    /** Retried at all: neither permanent ({@link PermanentFailures}) nor excluded by the caller. */
    private static boolean retriable(Throwable failure, Predicate<Throwable> transientFailure) {
        return !PermanentFailures.isPermanent(failure) && transientFailure.test(failure);
    }

    private GivenUpException givenUp(String what, int attempts, Throwable last, Predicate<Throwable> transientFailure) {
        boolean notRetriable = last instanceof Exception && !(last instanceof InterruptedException)
                && !retriable(last, transientFailure);
        return new GivenUpException(what, attempts, last, stopping.getAsBoolean(), notRetriable);
    }

    /** False for a constant delay (factor 1, or no room above the initial delay), which SmallRye's backoff refuses. */
    private boolean growing() {
        return variant.factor() > 1 && variant.maxDelay().compareTo(variant.initialDelay()) > 0;
    }

    private static void inLogContext(Map<String, Object> context, Runnable log) {
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

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
