package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanPeriodDetectorTest {

    @Test
    void theMostNamedPeriodWins() {
        assertThat(PlanPeriodDetector.detect("“十三五”圆满收官，“十四五”开局良好，“十四五”时期任务繁重。")).isEqualTo("十四五");
        assertThat(PlanPeriodDetector.detect("制定第十五个五年规划的建议")).isEqualTo("十五五");
    }

    @Test
    void olderPeriodsAreRecognised() {
        assertThat(PlanPeriodDetector.detect("国民经济和社会发展第十个五年计划纲要。“十五”期间，全省经济快速增长。")).isEqualTo("十五");
        assertThat(PlanPeriodDetector.detect("“九五”时期的主要任务已经完成。")).isEqualTo("九五");
    }

    @Test
    void campaignsAndOrdinalsAreNoPeriods() {
        assertThat(PlanPeriodDetector.detect("深入开展“八五”普法，召开十五届人大一次会议。")).isNull();
    }

    @Test
    void startYears() {
        assertThat(PlanPeriodDetector.startYear("十四五")).isEqualTo(2021);
        assertThat(PlanPeriodDetector.startYear("十五")).isEqualTo(2001);
        assertThat(PlanPeriodDetector.startYear("九五")).isEqualTo(1996);
        assertThat(PlanPeriodDetector.startYear("规划")).isNull();
    }

    @Test
    void aTitleSpanOfOnePlansFiveYearsIsThatPeriod() {
        assertThat(PlanPeriodDetector.ofSpan("青禾市数字经济发展规划（2021—2025年）")).isEqualTo("十四五");
        assertThat(PlanPeriodDetector.ofSpan("青禾市产业规划(2016-2020年)")).isEqualTo("十三五");
        assertThat(PlanPeriodDetector.ofSpan("青禾市行动计划（2021—2023年）")).isNull();
        assertThat(PlanPeriodDetector.ofSpan("青禾市乡村振兴规划（2018—2022年）")).isNull();
    }

    @Test
    void theComingFiveYearsAreAPlanPeriodOnlyWhenTheDocumentsYearMakesThemOne() {
        String congress = "今后五年，是全市加快发展的关键五年。";
        assertThat(PlanPeriodDetector.ofComingFiveYears(congress, 2021)).isEqualTo("十四五");
        assertThat(PlanPeriodDetector.ofComingFiveYears(congress, 2020)).isEqualTo("十四五");
        assertThat(PlanPeriodDetector.ofComingFiveYears(congress, 2026)).isEqualTo("十五五");
        // a 2022 congress looks at 2022–2026, which is no plan's period
        assertThat(PlanPeriodDetector.ofComingFiveYears(congress, 2022)).isNull();
        assertThat(PlanPeriodDetector.ofComingFiveYears("过去五年，全市经济稳步增长。", 2021)).isNull();
        assertThat(PlanPeriodDetector.ofComingFiveYears(congress, null)).isNull();
    }
}
