package org.plantrack.retry;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures no retry can fix: the rules of docs/reliability.md "What is given up at once". */
class PermanentFailuresTest {

    @Test
    void kafkaErrorsAboutTheRecordOrTheClientArePermanent() {
        assertThat(PermanentFailures.isPermanent(new RecordTooLargeException("The message is 61234 bytes"))).isTrue();
        assertThat(PermanentFailures.isPermanent(new SerializationException("cannot serialise"))).isTrue();
        assertThat(PermanentFailures.isPermanent(new InvalidTopicException("bad/name"))).isTrue();
        assertThat(PermanentFailures.isPermanent(new TopicAuthorizationException(Set.of("t")))).isTrue();
        assertThat(PermanentFailures.isPermanent(new SaslAuthenticationException("bad password"))).isTrue();
    }

    @Test
    void kafkasRetriableErrorsAndClientStatesAreTransient() {
        assertThat(PermanentFailures.isPermanent(new TimeoutException("not acknowledged in 30000 ms"))).isFalse();
        assertThat(PermanentFailures.isPermanent(new NotLeaderOrFollowerException())).isFalse();
        assertThat(PermanentFailures.isPermanent(new NotEnoughReplicasException("1 of 2"))).isFalse();
        assertThat(PermanentFailures.isPermanent(new DisconnectException())).isFalse();
        // not an error of the protocol: a producer closing during a shutdown, for instance
        assertThat(PermanentFailures.isPermanent(new KafkaException("Producer is closed forcefully."))).isFalse();
    }

    @Test
    void aPermanentFailureIsFoundInsideTheWrappersOfFuturesAndAmongSuppressedExceptions() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("too large");
        assertThat(PermanentFailures.isPermanent(new CompletionException(new ExecutionException(tooLarge))))
                .isTrue();
        // a transaction manager reports a failed commit with the driver's error attached as a suppressed exception
        IllegalStateException commitFailed = new IllegalStateException("Could not commit transaction");
        commitFailed.addSuppressed(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        assertThat(PermanentFailures.isPermanent(commitFailed)).isTrue();
    }

    @Test
    void aCycleOfCausesEndsTheSearch() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalStateException b = new IllegalStateException("b", a);
        a.initCause(b);
        assertThat(PermanentFailures.isPermanent(a)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22021", "22001", "22003", "23502", "23514", "23503", "42703", "42501", "54000"})
    void statementsTheDatabaseRefusesForTheirDataArePermanent(String sqlState) {
        assertThat(PermanentFailures.isPermanent(new RuntimeException("could not execute statement",
                new SQLException("refused", sqlState)))).as(sqlState).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08001", "57P01", "53300", "40001", "40P01", "55P03", "23505", "23P01"})
    void outagesLockConflictsAndRacesOfTheDatabaseAreTransient(String sqlState) {
        assertThat(PermanentFailures.isPermanent(new SQLException("failed", sqlState))).as(sqlState).isFalse();
    }

    @Test
    void aDatabaseErrorWithoutAStateAndPlainIoErrorsAreTransient() {
        assertThat(PermanentFailures.isPermanent(new SQLException("connection closed"))).isFalse();
        assertThat(PermanentFailures.isPermanent(new ConnectException("Connection refused"))).isFalse();
        assertThat(PermanentFailures.isPermanent(new IOException("HTTP/1.1 header parser received no bytes")))
                .isFalse();
        assertThat(PermanentFailures.isPermanent(null)).isFalse();
    }

    @Test
    void aHttpRefusalOfTheRequestIsPermanentButATimeoutOrARateLimitIsNot() {
        for (int status : new int[] {400, 401, 403, 404, 405, 410, 413, 422}) {
            assertThat(PermanentFailures.isPermanentHttpStatus(status)).as("HTTP %d", status).isTrue();
        }
        for (int status : new int[] {200, 307, 408, 429, 500, 502, 503, 504}) {
            assertThat(PermanentFailures.isPermanentHttpStatus(status)).as("HTTP %d", status).isFalse();
        }
    }

    @Test
    void aFailureThatJudgesItselfIsTakenAtItsWord() {
        class Answered extends RuntimeException implements ClassifiedFailure {
            final int status;

            Answered(int status) {
                this.status = status;
            }

            @Override
            public boolean permanent() {
                return PermanentFailures.isPermanentHttpStatus(status);
            }
        }
        assertThat(PermanentFailures.isPermanent(new CompletionException(new Answered(410)))).isTrue();
        assertThat(PermanentFailures.isPermanent(new CompletionException(new Answered(503)))).isFalse();
    }
}
