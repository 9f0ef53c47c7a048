package org.plantrack.targetservice.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One target statement of a target as revisions are found from it.
 *
 * @param documentDate the document's date at the precision its text states (2021, 2021-03, 2021-03-05), or null
 * @param analysedAt   when the statement was stored: the date used when the document has none
 * @param year         the target year, stated or inferred
 */
public record StatedTarget(String documentId, String documentDate, Instant analysedAt, Integer year, BigDecimal value,
                           String unit, BigDecimal canonicalValue, String canonicalUnit, String qualifier,
                           String attribute) {
}
