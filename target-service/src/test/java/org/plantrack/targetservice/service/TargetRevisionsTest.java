package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetRevisionsTest {

    private static final BigDecimal YI = new BigDecimal("100000000");

    /** A target of 2025 in 亿元 stated by a document of the given date. */
    private static StatedTarget gdp(String document, String date, String value) {
        return new StatedTarget(document, date, Instant.parse("2026-01-01T00:00:00Z"), 2025, new BigDecimal(value),
                "亿元", new BigDecimal(value).multiply(YI), "元", null, null);
    }

    private static TargetRevisions.Outcome of(StatedTarget... stated) {
        return TargetRevisions.of(List.of(stated), 2025, "元", YI, "亿元");
    }

    @Test
    void theLaterDocumentsValueIsCurrentAndTheEarlierOneARevision() {
        TargetRevisions.Outcome o = of(gdp("plan", "2021-03", "5000"), gdp("review", "2023-01", "5200"));
        assertThat(o.current()).isEqualByComparingTo(new BigDecimal("5200").multiply(YI));
        assertThat(o.revisions()).containsExactly(
                new TargetRevisions.Revision(new BigDecimal("5000"), "亿元", "plan", "2021-03", false));
        assertThat(o.conflict()).isFalse();
    }

    @Test
    void theDateDecidesNotTheOrderDocumentsArrivedIn() {
        TargetRevisions.Outcome o = of(gdp("review", "2023", "5200"), gdp("plan", "2021", "5000"));
        assertThat(o.current()).isEqualByComparingTo(new BigDecimal("5200").multiply(YI));
        assertThat(o.revisions()).extracting(TargetRevisions.Revision::documentId).containsExactly("plan");
    }

    @Test
    void restatingTheSameValueIsNoRevision() {
        assertThat(of(gdp("plan", "2021", "5000"), gdp("news", "2022", "5000")).revisions()).isEmpty();
    }

    @Test
    void documentsOfOneDateWithDifferentValuesConflict() {
        TargetRevisions.Outcome latest = of(gdp("a", "2022-05", "5000"), gdp("b", "2022-05", "5100"));
        assertThat(latest.conflict()).isTrue();
        assertThat(latest.revisions()).isEmpty();

        TargetRevisions.Outcome earlier = of(gdp("a", "2021", "4800"), gdp("b", "2021", "4900"),
                gdp("c", "2023", "5200"));
        assertThat(earlier.conflict()).isFalse();
        assertThat(earlier.revisions()).extracting(TargetRevisions.Revision::conflict).containsExactly(true, true);
    }

    @Test
    void aDocumentWithoutADateIsPlacedByWhenItWasAnalysed() {
        StatedTarget undated = new StatedTarget("late", null, Instant.parse("2024-06-01T10:00:00Z"), 2025,
                new BigDecimal("5300"), "亿元", new BigDecimal("5300").multiply(YI), "元", null, null);
        TargetRevisions.Outcome o = of(gdp("plan", "2021", "5000"), undated);
        assertThat(o.current()).isEqualByComparingTo(new BigDecimal("5300").multiply(YI));
        assertThat(o.revisions()).extracting(TargetRevisions.Revision::documentId).containsExactly("plan");
    }

    @Test
    void otherYearsAndOtherUnitsDoNotCompete() {
        StatedTarget otherYear = new StatedTarget("vision", "2021", null, 2035, new BigDecimal("9000"), "亿元",
                new BigDecimal("9000").multiply(YI), "元", null, null);
        StatedTarget share = new StatedTarget("share", "2024", null, 2025, new BigDecimal("7"), "%",
                new BigDecimal("7"), "%", null, null);
        TargetRevisions.Outcome o = of(gdp("plan", "2021", "5000"), otherYear, share);
        assertThat(o.current()).isEqualByComparingTo(new BigDecimal("5000").multiply(YI));
        assertThat(o.revisions()).isEmpty();
    }
}
