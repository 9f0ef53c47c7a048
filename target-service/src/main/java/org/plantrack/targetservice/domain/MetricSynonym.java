package org.plantrack.targetservice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the versioned synonym table: a metric name as written and the canonical name it stands for. */
@Entity
@Table(name = "metric_synonym")
public class MetricSynonym extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String variant;
    public String canonical;
    /** Only documents of this region level use the row; null for every level. */
    @Column(name = "region_level")
    public String regionLevel;
    public int version;
    /** "seed" (Flyway) or "user" (added through the API). */
    public String source;
    @Column(name = "created_at")
    public Instant createdAt;
}
