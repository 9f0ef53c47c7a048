package org.plantrack.ingest.rest;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures mean "unavailable, retry" (503) rather than a bug (500). */
class ProblemMappersTest {

    @Test
    void serverShuttingDownMidRequestIsUnavailable() {
        var shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(ProblemMappers.databaseUnreachable(new RuntimeException("commit failed", shutdown))).isTrue();
    }

    @Test
    void aFailedCommitReportedAsSuppressedIsUnavailable() {
        var commit = new RuntimeException("could not commit transaction");
        var resource = new RuntimeException("commit of the local transaction failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(resource);
        assertThat(ProblemMappers.databaseUnreachable(new IllegalStateException("wrapped", commit))).isTrue();
    }

    @Test
    void aCauseCycleEndsTheSearch() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertThat(ProblemMappers.databaseUnreachable(second)).isFalse();
    }

    @Test
    void connectionFailuresAndTooManyConnectionsAreUnavailable() {
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("refused", "08001"))).isTrue();
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("too many clients", "53300"))).isTrue();
    }

    @Test
    void constraintViolationsAndSyntaxErrorsAreNot() {
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("syntax", "42601"))).isFalse();
        assertThat(ProblemMappers.databaseUnreachable(new IllegalStateException("no cause"))).isFalse();
    }
}
