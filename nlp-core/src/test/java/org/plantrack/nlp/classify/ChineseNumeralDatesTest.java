package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralDatesTest {

    @Test
    void datesInChineseNumeralsReadAsDigits() {
        assertThat(ChineseNumeralDates.toArabic("——二〇二一年一月二十五日在云岭省人民代表大会上"))
                .isEqualTo("——2021年1月25日在云岭省人民代表大会上");
        assertThat(ChineseNumeralDates.toArabic("二〇二〇年十二月三十一日")).isEqualTo("2020年12月31日");
        assertThat(ChineseNumeralDates.toArabic("（二○二二年三月）")).isEqualTo("（2022年3月）");
        assertThat(ChineseNumeralDates.toArabic("一九九八年十月十日")).isEqualTo("1998年10月10日");
    }

    @Test
    void aYearWithoutAMonthIsATargetNotADate() {
        assertThat(ChineseNumeralDates.toArabic("第十四个五年规划和二〇三五年远景目标")).isEqualTo("第十四个五年规划和二〇三五年远景目标");
    }
}
