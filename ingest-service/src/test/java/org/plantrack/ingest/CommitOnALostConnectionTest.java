package org.plantrack.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.plantrack.observability.DatabaseOutage;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database shutdown can close a request's connection after its statements ran and before its COMMIT. The
 * transaction manager then reports the failed commit as its own exception, with the driver's error attached as a
 * suppressed exception rather than as the cause. That still means "database unavailable, retry" (503), and a retry
 * of the same bytes is safe because uploads are idempotent by content hash.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_commit_test"))
class CommitOnALostConnectionTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aCommitOnAConnectionTheServerTerminatedCountsAsTheDatabaseUnavailable() {
        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update outbox set attempts = attempts where false").executeUpdate();
            int pid = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
            terminate(pid);
        }));

        assertThat(failure).as("the commit on a terminated connection fails").isNotNull();
        assertThat(DatabaseOutage.isOutage(failure)).as("classified as unavailable: %s", failure).isTrue();
        assertThat(DatabaseOutage.isLostCommit(failure)).as("the commit's outcome is unknown: %s", failure).isTrue();
    }

    /** What a server shutdown does to each session, here to one, waiting until that backend has exited. */
    private void terminate(int pid) {
        try (Connection admin = DriverManager.getConnection(url, user, password);
             PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?, 10000)")) {
            kill.setInt(1, pid);
            try (ResultSet result = kill.executeQuery()) {
                assertThat(result.next() && result.getBoolean(1)).as("backend %s terminated", pid).isTrue();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
