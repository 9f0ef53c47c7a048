package org.plantrack.observability;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a database that is not there right now (the client should retry: HTTP 503) from a request the database
 * rejected or a bug (500). Shared by the services with a database, so they answer an outage the same way.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * True for connection errors (SQLState class 08), a server shutting down or starting up (class 57, e.g. 57P01
     * "terminating connection due to administrator command"), exhausted resources (class 53) and a connection pool
     * that cannot hand out a connection. Suppressed exceptions are searched as well as causes: when the connection
     * dies at COMMIT, the transaction manager throws its own RollbackException and attaches the driver's error as a
     * suppressed exception, not as the cause.
     */
    public static boolean isOutage(Throwable failure) {
        return anyInChain(failure, DatabaseOutage::saysUnreachable);
    }

    /**
     * True when the connection was lost during the COMMIT itself: the transaction manager reports a commit it could
     * not complete (a {@code jakarta.transaction} RollbackException or heuristic outcome) and the driver's error is an
     * outage. The server may have written the commit record just before the connection went, so whether the change
     * was applied is unknown here; the client has to be told so rather than "nothing happened".
     */
    public static boolean isLostCommit(Throwable failure) {
        return isOutage(failure) && anyInChain(failure, DatabaseOutage::isCommitFailure);
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    /** By name: this module does not depend on the transaction API, and the services' JTA classes are these. */
    private static boolean isCommitFailure(Throwable t) {
        String name = t.getClass().getName();
        return name.equals("jakarta.transaction.RollbackException")
                || name.equals("jakarta.transaction.HeuristicMixedException")
                || name.equals("jakarta.transaction.HeuristicRollbackException");
    }

    private static boolean saysUnreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
                return true;
            }
        }
        // Hibernate's translation of class 08, and Agroal's pool timeout (which carries no SQLState)
        return t.getClass().getName().endsWith("JDBCConnectionException")
                || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"));
    }
}
