package org.plantrack.targetservice.service;

import org.plantrack.catalogue.CatalogueIndicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What grading a target reads of its target statements when it only needs the summary (applying a set): how many
 * there are, how many call the target binding or anticipatory, and the current value of the target year with
 * whether the documents of the latest date disagree. The earlier values (revisions) are not part of it: only the
 * detail view shows them, and it reads every statement ({@link TargetRevisions}).
 * <p>
 * WHY: a target quoted by hundreds of documents has hundreds of statements; applying one more document must not read
 * them all into Java again. PostgreSQL folds them into this one row per target (TargetStatementSummaryRows), with
 * the same rules as {@link TargetRevisions} ({@code StatedSummaryFromDatabaseTest} compares both).
 *
 * @param statements   number of target statements (0: the group is a series, not a target)
 * @param binding      statements that call the target binding (约束性)
 * @param anticipatory statements that call it anticipatory (预期性)
 * @param current      canonical value of the target year stated by the latest document, null when none is comparable
 * @param conflict     true when documents of the latest date state different values
 */
public record StatedSummary(int statements, int binding, int anticipatory, BigDecimal current, boolean conflict) {

    /** A target no document states (a series). */
    public static final StatedSummary NONE = new StatedSummary(0, 0, 0, null, false);

    /** The summary of a full list of statements, with the revisions outcome found from it. */
    public static StatedSummary of(List<StatedTarget> stated, TargetRevisions.Outcome revisions) {
        int binding = 0;
        int anticipatory = 0;
        for (StatedTarget s : stated) {
            if (CatalogueIndicator.BINDING.equals(s.attribute())) {
                binding++;
            } else if (CatalogueIndicator.ANTICIPATORY.equals(s.attribute())) {
                anticipatory++;
            }
        }
        return new StatedSummary(stated.size(), binding, anticipatory, revisions.current(), revisions.conflict());
    }

    public boolean stated() {
        return statements > 0;
    }

    /** The attribute the statements give most often (binding first on a tie: the stricter reading). */
    public Optional<String> attribute() {
        if (binding == 0 && anticipatory == 0) {
            return Optional.empty();
        }
        return Optional.of(binding >= anticipatory ? CatalogueIndicator.BINDING : CatalogueIndicator.ANTICIPATORY);
    }
}
