package org.plantrack.targetservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.plantrack.outbox.ChangeTable;
import org.plantrack.outbox.OutboxRecord;
import org.plantrack.outbox.OutboxStore;

import java.util.List;

/**
 * target-service's outbox: table {@code outbox}, one row per applied indicator set holding all of its records in
 * order (migration V5), published by the shared relay of the {@code outbox} module and deleted once acknowledged.
 */
@ApplicationScoped
public class TargetOutbox {

    /** Where the service writes its events, in the transaction of the change they describe. */
    public static final ChangeTable TABLE = new ChangeTable("outbox");

    private final EntityManager em;

    public TargetOutbox(EntityManager em) {
        this.em = em;
    }

    @Produces
    @Singleton
    OutboxStore store() {
        return TABLE;
    }

    /** Writes the records as one row (one insert) in the caller's transaction; the relay sends them in list order. */
    public void write(List<OutboxRecord> records, String traceparent) {
        em.unwrap(Session.class).doWork(connection -> TABLE.insert(connection, records, traceparent));
    }
}
