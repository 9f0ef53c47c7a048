package org.plantrack.targetservice.service;

import java.math.BigDecimal;

/**
 * One actual value as series are built from it.
 *
 * @param regionCode       the region's GB/T 2260 code, null for a region kept by name (then level and parent are
 *                         null too)
 * @param year             the year stated, or inferred from the document
 * @param targetMetric     the metric the value groups by ({@link TargetMetric})
 * @param catalogueId      the catalogue indicator when the value is grouped by it, else null
 * @param canonicalValue   the value in the canonical unit, signed (a decline of a growth rate is negative)
 */
public record ActualRow(String region, String regionCode, String regionLevel, String regionParentCode,
                        String catalogueId, String catalogueName, String targetMetric, Integer year,
                        String documentId, String sentence, BigDecimal value, String unit, BigDecimal canonicalValue,
                        String canonicalUnit) {
}
