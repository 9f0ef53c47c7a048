package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What section headings say about the kind of the values below them. */
class KindsTest {

    @Test
    void aLabelHeadingGivesItsSectionAKind() {
        assertThat(Kinds.sectionCue("二、未来五年主要目标")).isEqualTo("target");
        assertThat(Kinds.sectionCue("一、过去五年工作回顾")).isEqualTo("actual");
    }

    @Test
    void aHeadlineStatingAValueGivesItsSectionNoKind() {
        assertThat(Kinds.sectionCue("某市：未来五年服务业占GDP比重要超60%")).isNull();
        assertThat(Kinds.sectionCue("过去五年新增就业12万人")).isNull();
    }

    @Test
    void aYearInAHeadingIsNoValue() {
        assertThat(Kinds.sectionCue("到2030年的主要目标")).isEqualTo("target");
    }

    @Test
    void anyComingSpanOfYearsLooksAhead() {
        Mention m = NumberMentions.mentions("今后三年，全市新建高级中学5所").get(0);
        assertThat(Kinds.kindOf("今后三年，全市新建高级中学", "今后三年，全市新建高级中学5所", m, null, 2021, null, null))
                .isEqualTo("target");
        Mention n = NumberMentions.mentions("未来两年，全区新增停车位3000个").get(0);
        assertThat(Kinds.kindOf("未来两年，全区新增停车位", "未来两年，全区新增停车位3000个", n, null, 2021, null, null))
                .isEqualTo("target");
    }
}
