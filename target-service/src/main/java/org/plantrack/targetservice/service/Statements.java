package org.plantrack.targetservice.service;

import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Indicators of one target that agree on everything {@link TargetCalculator}'s rules look at (year, inferred year,
 * kind, change, units, canonical value, qualifier, canonical baseline), collapsed into one value with what the
 * rules need to know about the individual statements: how many there are, whether they come from more than one
 * document, which one is the newest and which has the smallest id (the tie-breaks).
 *
 * <p>Why: a popular target (news repeating plan figures) has thousands of indicators but only tens of distinct
 * statements. The summary stored on every change is computed from these groups, which PostgreSQL collapses
 * ({@code AggregationService#statements}), so applying a document does not re-read the target's whole history. The
 * detailed view builds one group per indicator ({@link #of(Indicator)}) and keeps the indicators as sources.
 *
 * @param firstDocumentId the smallest document id of the members; equal to {@code lastDocumentId} exactly when all
 *                        members come from one document
 * @param newestAt        the newest {@code createdAt} of the members
 * @param newestId        among the members created at {@code newestAt}, the smallest id
 * @param firstId         the smallest id of the members
 * @param members         the indicators themselves when known (detailed view), else empty
 */
public record Statements(
        int count,
        Integer year,
        Integer inferredYear,
        String kind,
        String change,
        String canonicalUnit,
        String unit,
        BigDecimal value,
        BigDecimal canonicalValue,
        String qualifier,
        BigDecimal canonicalBaseline,
        String firstDocumentId,
        String lastDocumentId,
        Instant newestAt,
        String newestId,
        String firstId,
        List<Indicator> members) {

    /** One indicator as a group of one, keeping the indicator as its source. */
    public static Statements of(Indicator i) {
        return new Statements(1, i.year, i.inferredYear, i.kind, i.change, i.canonicalUnit, i.unit, i.value,
                i.canonicalValue, i.qualifier, i.canonicalBaseline, i.documentId, i.documentId, i.createdAt, i.id,
                i.id, List.of(i));
    }

    /** The stated year, else the inferred one. */
    public Integer effectiveYear() {
        return year != null ? year : inferredYear;
    }

    public boolean isTarget() {
        return "target".equals(kind);
    }

    public boolean isLevel() {
        return change == null;
    }

    /** A stated year, or a target (due at the end of its period): an inferred actual year is only a guess. */
    boolean isFirm() {
        return year != null || isTarget();
    }
}
