package org.plantrack.targetservice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One indicator of the stored analysis run of a document, as extracted (metric, value, unit) and normalised for
 * comparison (canonical metric, value in the canonical unit). The id comes from nlp-service and is stable.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "analysis_run")
    public int analysisRun;
    public String metric;
    @Column(name = "canonical_metric")
    public String canonicalMetric;
    public BigDecimal value;
    public String unit;
    @Column(name = "canonical_value")
    public BigDecimal canonicalValue;
    @Column(name = "canonical_unit")
    public String canonicalUnit;
    public String kind;
    public String qualifier;
    public String change;
    public BigDecimal baseline;
    @Column(name = "canonical_baseline")
    public BigDecimal canonicalBaseline;
    /** The year as stated, or null. */
    public Integer year;
    /** When no year is stated: the year inferred from the document (see AggregationService#inferYear). */
    @Column(name = "inferred_year")
    public Integer inferredYear;
    public String sentence;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    /** Where value and sentence sit in the cleaned text; null when the analysis did not say. */
    @Embedded
    public CleanedSpan cleaned;
    public String domain;
    public double confidence;
    /** The region's standard name from the registry when resolved (太原市 for 太原), else the name as written. */
    public String region;
    /** national, province, city or county: the registry's when resolved, else the level the document shows. */
    @Column(name = "region_level")
    public String regionLevel;
    /** GB/T 2260 code of the region (000000 for 全国); null when the registry does not resolve the name. */
    @Column(name = "region_code")
    public String regionCode;
    /** GB/T 2260 code of the enclosing region (the province of a city); null for provinces and unresolved names. */
    @Column(name = "region_parent_code")
    public String regionParentCode;
    /** The plan period the document states (null when it states none). */
    @Column(name = "plan_period")
    public String planPeriod;
    /** The plan period this indicator is tracked under: the document's, or derived from its dates. */
    public String period;
    @Column(name = "target_id")
    public Long targetId;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The catalogue indicator the metric names (catalogue module id, e.g. gdp); null for a free metric. */
    @Column(name = "catalogue_id")
    public String catalogueId;
    /** The catalogue indicator's canonical name (地区生产总值); null for a free metric. */
    @Column(name = "catalogue_name")
    public String catalogueName;
    /** binding (约束性) or anticipatory (预期性) where the document says so, otherwise null. */
    public String attribute;

    public boolean isTarget() {
        return "target".equals(kind);
    }

    /** The stated year, else the inferred one. */
    public Integer effectiveYear() {
        return year != null ? year : inferredYear;
    }

    public boolean isLevel() {
        return change == null;
    }
}
