package org.plantrack.targetservice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Which analysis run of a document the stored indicator set belongs to. */
@Entity
@Table(name = "document_run")
public class DocumentRun extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "analysis_run")
    public int analysisRun;
    public String region;
    @Column(name = "region_level")
    public String regionLevel;
    @Column(name = "plan_period")
    public String planPeriod;
    @Column(name = "document_date")
    public String documentDate;
    @Column(name = "indicator_count")
    public int indicatorCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
