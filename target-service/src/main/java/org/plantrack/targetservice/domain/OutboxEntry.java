package org.plantrack.targetservice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event written in the same transaction as the change it describes, waiting to be published. */
@Entity
@Table(name = "outbox")
public class OutboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String topic;
    @Column(name = "message_key")
    public String messageKey;
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    /** W3C traceparent of the change that wrote the row (null when untraced); the published record continues it. */
    public String traceparent;
}
