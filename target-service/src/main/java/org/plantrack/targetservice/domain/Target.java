package org.plantrack.targetservice.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tracked target: everything known about one canonical metric of one region in one plan period. The summary
 * columns are recomputed from the target's indicators on every change; the indicators stay the source of truth.
 */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "target_key")
    public String targetKey;
    public String region;
    /** GB/T 2260 code of the region, the region part of the key when known; null for a name not resolved. */
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "region_level")
    public String regionLevel;
    @Column(name = "region_parent_code")
    public String regionParentCode;
    @Column(name = "canonical_metric")
    public String canonicalMetric;
    public String period;
    /** Unit of the summary values: the unit most sources wrote (e.g. 亿元). */
    public String unit;
    /** Unit values are compared in (e.g. 元); canonical value = summary value x unitFactor. */
    @Column(name = "canonical_unit")
    public String canonicalUnit;
    @Column(name = "unit_factor")
    public BigDecimal unitFactor;
    public BigDecimal baseline;
    @Column(name = "baseline_year")
    public Integer baselineYear;
    @Column(name = "latest_actual")
    public BigDecimal latestActual;
    @Column(name = "latest_actual_year")
    public Integer latestActualYear;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    @Column(name = "target_year")
    public Integer targetYear;
    @Column(name = "target_qualifier")
    public String targetQualifier;
    public Double progress;
    public int conflicts;
    @Column(name = "indicator_count")
    public int indicatorCount;
    @Column(name = "document_count")
    public int documentCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** True when a document states a target for the group; groups of actuals only are series, not listed targets. */
    public boolean stated;
    /** The catalogue indicator the target is keyed by; null for a free metric. */
    @Column(name = "catalogue_id")
    public String catalogueId;
    @Column(name = "catalogue_name")
    public String catalogueName;
    /** binding (约束性) or anticipatory (预期性): as the target statements say, else the catalogue's usual. */
    public String attribute;
    /** achieved, on_track, lagging or no_data (TargetStatusRule); null for a group without a stated target. */
    public String status;

    /** @param region the region's GB/T 2260 code when known (so 太原 and 太原市 are one target), else its name */
    public static String key(String region, String metric, String period) {
        return region + "|" + metric + "|" + period;
    }
}
