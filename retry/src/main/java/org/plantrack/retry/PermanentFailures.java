package org.plantrack.retry;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The one place that says which failures no retry can fix (docs/reliability.md "Retries", "What is given up at
 * once"). Every variant of the policy stops at the first such failure, and the outbox relay gives its row up: the
 * same record, statement or request would fail the same way after any wait, and waiting only holds its partition.
 * Everything else counts as transient, because misjudging a transient failure as permanent parks work that a minute
 * later would have succeeded.
 * <p>
 * The failure, its causes and their suppressed exceptions are all looked at (a transaction manager attaches the
 * driver's error as a suppressed exception, a future wraps it as a cause); one permanent failure among them decides.
 */
public final class PermanentFailures {

    /** How deep a chain of causes is followed: far beyond any real wrapping, short of a pathological cycle. */
    private static final int MAX_DEPTH = 32;

    private PermanentFailures() {
    }

    /** True when retrying {@code failure} cannot help; see the class comment and the rules below. */
    public static boolean isPermanent(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable e = todo.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (isPermanentItself(e)) {
                return true;
            }
            if (e.getCause() != null) {
                todo.add(e.getCause());
            }
            Collections.addAll(todo, e.getSuppressed());
        }
        return false;
    }

    /**
     * An HTTP answer a retry of the same request cannot change: a 4xx (the request is refused as it is), except 408
     * (the receiver timed out waiting for it) and 429 (the receiver asks to come back later).
     */
    public static boolean isPermanentHttpStatus(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    private static boolean isPermanentItself(Throwable e) {
        if (e instanceof ClassifiedFailure classified) {
            return classified.permanent();
        }
        return isPermanentKafkaError(e) || e instanceof SQLException sql && isPermanentSqlState(sql.getSQLState());
    }

    /**
     * Kafka's own split: a {@link RetriableException} may pass (no leader yet, broker away, request timed out). An
     * error of the protocol ({@link ApiException}) that is not one is about the record or the client and stays: the
     * record is too large, the topic name invalid, the record refused by the broker's policy, the client not
     * authenticated or not allowed to write (an operator may grant the right, but not within a retry's minute; the
     * dead letter keeps the record for a replay). A record that cannot be turned into bytes or read back
     * ({@link SerializationException}, not an ApiException) never will be. A Kafka TimeoutException is retriable.
     */
    private static boolean isPermanentKafkaError(Throwable e) {
        if (e instanceof RetriableException) {
            return false;
        }
        return e instanceof ApiException || e instanceof SerializationException
                || e instanceof AuthenticationException || e instanceof AuthorizationException;
    }

    /**
     * PostgreSQL's SQLSTATE classes for a statement that is wrong for its data, not for the moment: 22 data
     * exception (a NUL byte in text, a value out of range, a string too long), 23 integrity constraint violation
     * except a unique or exclusion violation (23505, 23P01: a concurrent writer got there first, which a retry
     * sees), 42 syntax error or access rule violation (a missing column or privilege), 54 program limit exceeded
     * (a row or index entry too large). Outages (08, 57, 53), deadlocks and serialization failures (40) are
     * transient.
     */
    static boolean isPermanentSqlState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        return switch (state.substring(0, 2)) {
            case "22", "42", "54" -> true;
            case "23" -> !state.equals("23505") && !state.equals("23P01");
            default -> false;
        };
    }
}
