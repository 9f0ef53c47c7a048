package org.plantrack.targetservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.plantrack.outbox.ChangeTable;
import org.plantrack.outbox.OutboxStore;

/**
 * target-service's outbox: table {@code outbox}, one row per applied indicator set holding all of its records in
 * order (migration V5), published by the shared relay of the {@code outbox} module and deleted once acknowledged.
 */
@ApplicationScoped
public class TargetOutbox {

    /** Where the service writes its events, in the transaction of the change they describe. */
    public static final ChangeTable TABLE = new ChangeTable("outbox");

    @Produces
    @Singleton
    OutboxStore store() {
        return TABLE;
    }
}
