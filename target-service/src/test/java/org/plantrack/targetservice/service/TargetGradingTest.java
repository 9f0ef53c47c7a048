package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetGradingTest {

    private static TargetState state(String baseline, String latest, int latestYear, String target) {
        return new TargetState("%", "%", BigDecimal.ONE, new BigDecimal(baseline), 2020, "stated",
                new BigDecimal(latest), latestYear, new BigDecimal(target), 2025, null, null, "n/a", List.of(),
                List.of(), 3, 2);
    }

    private static StatedTarget stated(String document, String date, String value, String attribute) {
        return new StatedTarget(document, date, Instant.EPOCH, 2025, new BigDecimal(value), "%",
                new BigDecimal(value), "%", null, attribute);
    }

    @Test
    void aGroupWithoutTargetStatementsHasNoStatusButTheCataloguesUsualAttribute() {
        TargetGrading.Grade g = TargetGrading.grade(state("60", "62", 2022, "65"), "urbanisation", "常住人口城镇化率",
                List.of());
        assertThat(g.status()).isNull();
        assertThat(g.attribute()).isEqualTo(CatalogueMetrics.indicator("urbanisation").orElseThrow().usualAttribute());
    }

    @Test
    void theLatestDocumentsValueIsGradedAndTheDocumentsAttributeWins() {
        // baseline 60 (2020), 61 in 2022: on the path to 62.5 (60.6 expected) but not to 65 (62 expected)
        TargetGrading.Grade g = TargetGrading.grade(state("60", "61", 2022, "65"), null, "某率",
                List.of(stated("plan", "2021", "65", "anticipatory"), stated("review", "2023", "62.5", null)));
        assertThat(g.state().targetValue()).isEqualByComparingTo("62.5");
        assertThat(g.status()).isEqualTo("on_track");
        assertThat(g.attribute()).isEqualTo("anticipatory");
        assertThat(g.revisions().revisions()).extracting(TargetRevisions.Revision::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("65"));
    }

    /** Applying a set grades from the folded summary (no revisions list); the grade is the same as from every statement. */
    @Test
    void theSummaryOfTheStatementsGradesAsEveryStatementDoes() {
        List<StatedTarget> every = List.of(stated("plan", "2021", "65", "anticipatory"),
                stated("review", "2023", "62.5", "binding"), stated("review", "2023", "62.5", "binding"));
        TargetState s = state("60", "61", 2022, "65");
        TargetGrading.Grade full = TargetGrading.grade(s, null, "某率", every);
        TargetGrading.Grade folded = TargetGrading.grade(s, null, "某率",
                new StatedSummary(3, 2, 1, new BigDecimal("62.50"), false));
        assertThat(folded.status()).isEqualTo(full.status()).isEqualTo("on_track");
        assertThat(folded.attribute()).isEqualTo(full.attribute()).isEqualTo("binding");
        assertThat(folded.state()).isEqualTo(full.state());
        assertThat(folded.revisions().current()).isEqualByComparingTo(full.revisions().current());
        assertThat(folded.revisions().revisions()).isEmpty();
        assertThat(full.revisions().revisions()).hasSize(1);
        // a target no document states: no status, whatever the counts of a summary would say otherwise
        assertThat(TargetGrading.grade(s, null, "某率", StatedSummary.NONE).status()).isNull();
    }

    @Test
    void bindingWinsATieOfAttributes() {
        assertThat(TargetGrading.attribute(List.of(stated("a", "2021", "65", "anticipatory"),
                stated("b", "2021", "65", "binding")))).contains("binding");
    }
}
