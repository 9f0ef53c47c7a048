package org.plantrack.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event waiting to be (or already) relayed to Kafka; written in the transaction of the change it announces. */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "message_key", nullable = false, updatable = false)
    public String messageKey;

    @Column(name = "document_id", nullable = false, updatable = false)
    public String documentId;

    @Column(name = "analysis_run", nullable = false, updatable = false)
    public int analysisRun;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Set when Kafka refused the event for good; the document was failed instead. */
    @Column(name = "given_up_at")
    public Instant givenUpAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** W3C traceparent of the request that wrote the row (null when untraced); sent as the record header. */
    @Column(updatable = false)
    public String traceparent;

    /**
     * The event as it is published, for events complete when written (state changes, deletions); null for a
     * {@code DocumentIngestedV1}, which the relay builds from the document so its content is not stored twice.
     */
    @Column(updatable = false)
    public byte[] payload;
}
