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

    @Test
    void aCurrencyBeforeTheAmountIsNoPartOfTheName() {
        assertThat(Metric.clean("本地生产总值达港币").name).isEqualTo("本地生产总值");
        assertThat(Metric.clean("货物进出口总额人民币").name).isEqualTo("货物进出口总额");
        assertThat(Metric.clean("地区生产总值为新台币").name).isEqualTo("地区生产总值");
        assertThat(Metric.clean("旅游外汇收入美元").name).isEqualTo("旅游外汇收入");
    }

    @Test
    void harvestsUpAndDownAreChanges() {
        Metric up = Metric.clean("粮食总产量比上年增产");
        assertThat(up.name).isEqualTo("粮食总产量");
        assertThat(up.change).isEqualTo("increase");
        assertThat(Metric.clean("油料产量减产").change).isEqualTo("decrease");
    }

    @Test
    void aDoublingIsAnIncrease() {
        Metric m = Metric.clean("数字经济规模比2022年翻");
        assertThat(m.change).isEqualTo("increase");
        assertThat(m.name).isEqualTo("数字经济规模");
        assertThat(Metric.clean("充电桩数量较2020年翻了").change).isEqualTo("increase");
    }

    @Test
    void howAGrowthIsMeasuredIsNoName() {
        Metric real = Metric.clean("居民人均可支配收入实际增长");
        assertThat(real.name).isEqualTo("居民人均可支配收入");
        assertThat(real.change).isEqualTo("increase");
        assertThat(Metric.clean("实质增长").name).isEmpty();
        assertThat(Metric.clean("同口径增长").name).isEmpty();
        assertThat(Metric.clean("实际使用外资").name).isEqualTo("实际使用外资");
    }
}
