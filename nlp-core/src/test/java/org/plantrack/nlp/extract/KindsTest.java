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
}
