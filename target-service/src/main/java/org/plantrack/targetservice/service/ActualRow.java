package org.plantrack.targetservice.service;

import java.math.BigDecimal;

/**
 * One actual value as series are built from it.
 *
 * @param year         the year stated, or inferred from the document
 * @param targetMetric the metric the value groups by ({@link TargetMetric})
 * @param catalogueId  the catalogue indicator when the value is grouped by it, else null
 */
public record ActualRow(String region, String catalogueId, String catalogueName, String targetMetric, Integer year,
                        String documentId, String sentence, BigDecimal value, String unit, BigDecimal canonicalValue,
                        String canonicalUnit) {
}
