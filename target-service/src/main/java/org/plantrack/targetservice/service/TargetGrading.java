package org.plantrack.targetservice.service;

import org.plantrack.catalogue.CatalogueIndicator;
import org.plantrack.catalogue.Direction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a target's summary adds to the calculator's state: the current target value (the latest document's, see
 * {@link TargetRevisions}) with the progress it implies, the earlier values as revisions, the status
 * ({@link TargetStatusRule}) and the attribute. Stateless.
 */
public final class TargetGrading {

    private static final MathContext MC = MathContext.DECIMAL64;

    /**
     * @param state     the calculator's state, its target value and progress those of the current value
     * @param status    the status code; null for a group no document states a target for
     * @param attribute binding or anticipatory, null when neither the statements nor the catalogue say
     */
    public record Grade(TargetState state, String status, String attribute, TargetRevisions.Outcome revisions) {
    }

    private TargetGrading() {
    }

    /**
     * Grades from every target statement: the detail view, which also shows the revisions.
     *
     * @param catalogueId the target's catalogue indicator, null for a free metric
     * @param metric      the metric the target is keyed by (a ·下降 suffix marks a stated decrease)
     * @param stated      the target statements of the target (empty: a series, not a target)
     */
    public static Grade grade(TargetState state, String catalogueId, String metric, List<StatedTarget> stated) {
        TargetRevisions.Outcome revisions = stated.isEmpty() ? TargetRevisions.Outcome.NONE
                : TargetRevisions.of(stated, state.targetYear(), state.canonicalUnit(), state.unitFactor(),
                state.unit());
        return grade(state, catalogueId, metric, StatedSummary.of(stated, revisions), revisions);
    }

    /**
     * Grades from the statements' summary: applying a set, which stores and publishes the summary only. The grade's
     * revisions carry the current value and the latest date's conflict, no list of earlier values.
     */
    public static Grade grade(TargetState state, String catalogueId, String metric, StatedSummary stated) {
        return grade(state, catalogueId, metric, stated, new TargetRevisions.Outcome(stated.current(), List.of(),
                stated.conflict()));
    }

    private static Grade grade(TargetState state, String catalogueId, String metric, StatedSummary stated,
                               TargetRevisions.Outcome revisions) {
        Optional<CatalogueIndicator> indicator = CatalogueMetrics.indicator(catalogueId);
        String attribute = stated.attribute().orElse(indicator.map(CatalogueIndicator::usualAttribute).orElse(null));
        if (!stated.stated()) {
            return new Grade(state, null, attribute, TargetRevisions.Outcome.NONE);
        }
        TargetState current = withCurrentTarget(state, revisions.current());
        Direction direction = indicator.map(CatalogueIndicator::direction).orElse(null);
        TargetStatusRule.Status status = TargetStatusRule.grade(new TargetStatusRule.Inputs(current.baseline(),
                current.baselineYear(), current.latestActual(), current.latestActualYear(), current.targetValue(),
                current.targetYear(), current.targetQualifier(), direction, metric != null && metric.endsWith("·下降"),
                GrowthRates.isGrowthRate(catalogueId)));
        return new Grade(current, status.code(), attribute, revisions);
    }

    /** The state with the latest document's target value, and the progress towards it. */
    static TargetState withCurrentTarget(TargetState s, BigDecimal currentCanonical) {
        if (currentCanonical == null) {
            return s;
        }
        BigDecimal target = TargetCalculator.display(currentCanonical, s.unitFactor());
        if (s.targetValue() != null && target.compareTo(s.targetValue()) == 0) {
            return s;
        }
        Double progress = s.progress();
        if (progress != null && s.baseline() != null && s.latestActual() != null
                && target.compareTo(s.baseline()) != 0) {
            progress = s.latestActual().subtract(s.baseline()).divide(target.subtract(s.baseline()), MC)
                    .setScale(4, RoundingMode.HALF_UP).doubleValue();
        }
        return new TargetState(s.unit(), s.canonicalUnit(), s.unitFactor(), s.baseline(), s.baselineYear(),
                s.baselineBasis(), s.latestActual(), s.latestActualYear(), target, s.targetYear(),
                s.targetQualifier(), progress, s.progressNote(), s.series(), s.conflicts(), s.indicatorCount(),
                s.documentCount());
    }

    /** The attribute the target statements give most often (binding first on a tie: the stricter reading). */
    static Optional<String> attribute(List<StatedTarget> stated) {
        return StatedSummary.of(stated, TargetRevisions.Outcome.NONE).attribute();
    }
}
