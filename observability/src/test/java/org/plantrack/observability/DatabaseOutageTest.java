package org.plantrack.observability;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures mean "unavailable, retry" (503) rather than a bug (500). */
class DatabaseOutageTest {

    @Test
    void serverShuttingDownMidRequestIsUnavailable() {
        var shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseOutage.isOutage(new RuntimeException("commit failed", shutdown))).isTrue();
    }

    @Test
    void aFailedCommitReportedAsSuppressedIsUnavailable() {
        var commit = new RuntimeException("could not commit transaction");
        var resource = new RuntimeException("commit of the local transaction failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(resource);
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("wrapped", commit))).isTrue();
    }

    @Test
    void aCommitTheConnectionWasLostInIsALostCommit() {
        var commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutage.isLostCommit(new IllegalStateException("wrapped", commit))).isTrue();
    }

    @Test
    void aStatementTheConnectionWasLostInIsAPlainOutage() {
        var statement = new RuntimeException("insert failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutage.isOutage(statement)).isTrue();
        assertThat(DatabaseOutage.isLostCommit(statement)).as("rolled back: nothing was applied").isFalse();
    }

    @Test
    void aCommitRefusedForAnotherReasonIsNoLostCommit() {
        var rollbackOnly = new jakarta.transaction.RollbackException("marked rollback only");
        assertThat(DatabaseOutage.isLostCommit(rollbackOnly)).isFalse();
    }

    @Test
    void aCauseCycleEndsTheSearch() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertThat(DatabaseOutage.isOutage(second)).isFalse();
    }

    @Test
    void connectionFailuresAndTooManyConnectionsAreUnavailable() {
        assertThat(DatabaseOutage.isOutage(new SQLException("refused", "08001"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("too many clients", "53300"))).isTrue();
    }

    @Test
    void constraintViolationsAndSyntaxErrorsAreNot() {
        assertThat(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("syntax", "42601"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("no cause"))).isFalse();
    }
}
