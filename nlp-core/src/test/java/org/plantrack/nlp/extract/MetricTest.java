package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Metric names from the words before a value; the suffix search looks only at the end of the clause. */
class MetricTest {

    @Test
    void stripsTheLongestSuffixAlternativeAndEarlierOnes() {
        // 截至2025年底 is SUFFIX's longest alternative (8 characters); 达到 before it goes in a second round.
        Metric m = Metric.clean("全县森林覆盖率达到截至2025年底");
        assertThat(m.name).isEqualTo("森林覆盖率");
        Metric dated = Metric.clean("粮食总产量截至2024年底");
        assertThat(dated.name).isEqualTo("粮食总产量");
    }

    @Test
    void readsTheChangeFromTheStrippedWords() {
        Metric up = Metric.clean("城镇居民人均可支配收入比上年增长");
        assertThat(up.name).isEqualTo("城镇居民人均可支配收入");
        assertThat(up.change).isEqualTo("increase");
        Metric down = Metric.clean("单位生产总值能耗累计下降");
        assertThat(down.name).isEqualTo("单位生产总值能耗");
        assertThat(down.change).isEqualTo("decrease");
        Metric level = Metric.clean("城镇化率提高到");
        assertThat(level.change).isNull();
        Metric rate = Metric.clean("规上工业增加值增速");
        assertThat(rate.change).isEqualTo("increase");
    }

    @Test
    void leadingTimeAndScopeWordsGo() {
        assertThat(Metric.clean("到2025年全市常住人口城镇化率达到").name).isEqualTo("常住人口城镇化率");
    }
}
