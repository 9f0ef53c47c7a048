package org.plantrack.retry;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry policy's guards on their own (SmallRye Fault Tolerance standalone, no CDI container). */
class RetryPolicyTest {

    private record Variant(Duration initialDelay, int factor, Duration maxDelay, OptionalInt maxAttempts)
            implements RetryConfig.Variant {
    }

    private static RetryPolicy bounded(int attempts, long initialMs, long maxMs) {
        return new RetryPolicy("bounded", new Variant(Duration.ofMillis(initialMs), 2, Duration.ofMillis(maxMs),
                OptionalInt.of(attempts)), () -> false);
    }

    @Test
    void boundedWorkIsGivenUpAfterItsAttemptsWithTheWorkAndTheLastFailureInTheReason() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = bounded(3, 10, 100);

        assertThatThrownBy(() -> policy.run("applying the set of document d-1", () -> {
            throw new IllegalStateException("database refused attempt " + calls.incrementAndGet());
        }))
                .isInstanceOfSatisfying(GivenUpException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.stopping()).isFalse();
                })
                .hasMessage("applying the set of document d-1 failed 3 times: "
                        + "java.lang.IllegalStateException: database refused attempt 3")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void theDelayDoublesFromTheInitialDelayAndStopsGrowingAtTheMaximum() {
        List<Long> starts = new ArrayList<>();
        RetryPolicy policy = bounded(5, 200, 500);

        assertThatThrownBy(() -> policy.run("work", () -> {
            starts.add(System.nanoTime());
            throw new IllegalStateException("down");
        })).isInstanceOf(GivenUpException.class);

        List<Long> gapsMs = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            gapsMs.add(TimeUnit.NANOSECONDS.toMillis(starts.get(i) - starts.get(i - 1)));
        }
        // 200, 400, then 500 instead of 800 and 1600 (a loaded machine may add to a wait, never take from it)
        assertThat(gapsMs).hasSize(4);
        assertThat(gapsMs.get(0)).isBetween(200L, 390L);
        assertThat(gapsMs.get(1)).isBetween(400L, 790L);
        assertThat(gapsMs.get(2)).isBetween(500L, 790L);
        assertThat(gapsMs.get(3)).isBetween(500L, 790L);
    }

    @Test
    void untilDoneWorkIsRetriedPastAnyNumberOfFailuresAndAnswersWhatTheLastAttemptReturned() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy("until-done", new Variant(Duration.ofMillis(1), 2, Duration.ofMillis(5),
                OptionalInt.empty()), () -> false);

        String stored = policy.call("storing 3 analysis results", () -> {
            if (calls.incrementAndGet() <= 20) {
                throw new IOException("connection refused");
            }
            return "stored";
        });

        assertThat(stored).isEqualTo("stored");
        assertThat(calls).hasValue(21);
    }

    @Test
    void untilDoneWorkStopsBeingRetriedWhenTheServiceStops() {
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy("until-done", new Variant(Duration.ofMillis(1), 1, Duration.ofMillis(1),
                OptionalInt.empty()), stopping::get);

        assertThatThrownBy(() -> policy.run("sending a dead letter", () -> {
            if (calls.incrementAndGet() == 4) {
                stopping.set(true);
            }
            throw new IllegalStateException("broker down");
        })).isInstanceOfSatisfying(GivenUpException.class, e -> {
            assertThat(e.stopping()).isTrue();
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(e).hasMessageContaining("the service is stopping");
        });
        assertThat(calls).hasValue(4);
    }

    @Test
    void aFailureTheCallerDoesNotCallTransientIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = bounded(5, 1, 1);

        assertThatThrownBy(() -> policy.call("publishing", () -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("record too large");
        }, e -> !(e instanceof IllegalArgumentException)))
                .isInstanceOfSatisfying(GivenUpException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aFailureNoRetryCanFixEndsEveryVariantAtTheFirstAttemptAndSaysSo() {
        RetryPolicy untilDone = new RetryPolicy("until-done", new Variant(Duration.ofSeconds(5), 2,
                Duration.ofSeconds(5), OptionalInt.empty()), () -> false);
        for (RetryPolicy policy : List.of(bounded(8, 5000, 5000), untilDone)) {
            AtomicInteger calls = new AtomicInteger();
            long start = System.nanoTime();

            assertThatThrownBy(() -> policy.call("publishing the outcome of document d-1", () -> {
                calls.incrementAndGet();
                throw new ExecutionException(new RecordTooLargeException("The message is 61234 bytes"));
            }))
                    .as(policy.name())
                    .isInstanceOfSatisfying(GivenUpException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.permanent()).isTrue();
                        assertThat(e.stopping()).isFalse();
                    })
                    .hasMessageStartingWith("publishing the outcome of document d-1 failed once for a reason no "
                            + "retry can fix: java.util.concurrent.ExecutionException: ")
                    .hasMessageContaining("RecordTooLargeException: The message is 61234 bytes");
            assertThat(calls).as(policy.name()).hasValue(1);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("no backoff waited")
                    .isLessThan(5000);
        }
    }

    @Test
    void aPermanentFailureAfterTransientOnesEndsTheRetriesThere() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = bounded(8, 1, 1);

        assertThatThrownBy(() -> policy.call("applying the set of document d-2", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new SQLException("terminating connection due to administrator command", "57P01");
            }
            throw new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        })).isInstanceOfSatisfying(GivenUpException.class, e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.permanent()).isTrue();
            assertThat(e).hasMessageContaining("failed 3 times, the last time for a reason no retry can fix");
        });
        assertThat(calls).hasValue(3);
    }

    @Test
    void asynchronousWorkWithAPermanentFailureIsNotStartedAgain() {
        List<Integer> attempts = new ArrayList<>();
        RetryPolicy policy = bounded(5, 1, 1);

        CompletionStage<String> answer = policy.callAsync("delivering to receiver r-2", attempt -> {
            attempts.add(attempt);
            return CompletableFuture.failedFuture(new TopicAuthorizationException(java.util.Set.of("t")));
        }, RetryPolicy.ANY_EXCEPTION);

        assertThatThrownBy(() -> answer.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .cause().isInstanceOfSatisfying(GivenUpException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.permanent()).isTrue();
                });
        assertThat(attempts).containsExactly(1);
    }

    @Test
    void transientFailuresThatUseUpTheAttemptsAreNotCalledPermanent() {
        assertThatThrownBy(() -> bounded(2, 1, 1).call("work", () -> {
            throw new SQLException("connection refused", "08001");
        })).isInstanceOfSatisfying(GivenUpException.class, e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.permanent()).isFalse();
        });
    }

    @Test
    void anErrorIsNeverRetriedNorWrapped() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = bounded(5, 1, 1);

        assertThatThrownBy(() -> policy.run("work", () -> {
            calls.incrementAndGet();
            throw new OutOfMemoryError("heap");
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("heap");
        assertThat(calls).hasValue(1);
    }

    @Test
    void asynchronousWorkIsStartedAgainWithItsAttemptNumberWithoutHoldingTheCaller() throws Exception {
        List<Integer> attempts = new ArrayList<>();
        RetryPolicy policy = bounded(5, 200, 1000);

        long start = System.nanoTime();
        CompletionStage<String> answer = policy.callAsync("delivering", attempt -> {
            attempts.add(attempt);
            return attempt < 3
                    ? CompletableFuture.failedFuture(new IOException("HTTP 503"))
                    : CompletableFuture.completedFuture("delivered at attempt " + attempt);
        }, e -> e instanceof IOException);
        long returnedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(returnedAfterMs).as("returned before the first backoff ended").isLessThan(200);
        assertThat(answer.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("delivered at attempt 3");
        assertThat(attempts).containsExactly(1, 2, 3);
    }

    @Test
    void asynchronousWorkThatKeepsFailingEndsWithTheAttemptsAndTheLastFailure() {
        RetryPolicy policy = bounded(2, 1, 1);

        CompletionStage<String> answer = policy.callAsync("delivering to receiver r-1",
                attempt -> CompletableFuture.failedFuture(new IOException("HTTP 500 at attempt " + attempt)),
                e -> e instanceof IOException);

        assertThatThrownBy(() -> answer.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(GivenUpException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(IOException.class).hasMessage("HTTP 500 at attempt 2");
                });
    }
}
