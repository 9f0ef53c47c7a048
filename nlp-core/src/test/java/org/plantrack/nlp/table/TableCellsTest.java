package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cell values, table noise and header roles. */
class TableCellsTest {

    @Test
    void cellValuesWithQualifiersUnitsAndSigns() {
        assertThat(CellValue.parse("≥ 98").qualifier()).isEqualTo(">=");
        assertThat(CellValue.parse("<4").qualifier()).isEqualTo("<=");
        assertThat(CellValue.parse("95以上").value()).isEqualByComparingTo("95");
        assertThat(CellValue.parse("-0.8").value()).isEqualByComparingTo("-0.8");
        assertThat(CellValue.parse("+2.5").value()).isEqualByComparingTo("2.5");
        assertThat(CellValue.parse("12万吨").unit()).isEqualTo("万吨");
        assertThat(CellValue.parse("〔15〕").value()).isEqualByComparingTo("15");
        CellValue doubling = CellValue.parse("翻一番");
        assertThat(doubling.unit()).isEqualTo("番");
        assertThat(doubling.change()).isEqualTo("increase");
        assertThat(CellValue.parse("2025年")).isNull();
        // Through the shared number scanner: thousands separators, Taiwan/Hong Kong 萬, Chinese numerals.
        assertThat(CellValue.parse("1,250").value()).isEqualByComparingTo("1250");
        assertThat(CellValue.parse("3.5萬人").unit()).isEqualTo("万人");
        assertThat(CellValue.parse("百分之六点五").unit()).isEqualTo("%");
        assertThat(CellValue.parse("3-5")).isNull();
        assertThat(CellValue.parse("万元产值用水量")).isNull();
        assertThat(CellValue.parse("三十二").value()).isEqualByComparingTo("32");
        assertThat(CellValue.parse("约束性")).isNull();
    }

    @Test
    void tableNoiseIsRepairedBeforeNumbersAreRead() {
        assertThat(CellValue.parse("76。7").value()).isEqualByComparingTo("76.7");
        assertThat(CellValue.parse("1 2 0.5").value()).isEqualByComparingTo("120.5");
        assertThat(CellValue.parse("一")).isNull();
        assertThat(CellValue.parse("—")).isNull();
        assertThat(CellValue.parse("/")).isNull();
    }

    @Test
    void headerRoles() {
        assertThat(HeaderClassifier.classify("2025年目标值").kind()).isEqualTo("target");
        assertThat(HeaderClassifier.classify("2025年目标值").year()).isEqualTo(2025);
        assertThat(HeaderClassifier.classify("2020年现状值").kind()).isEqualTo("actual");
        assertThat(HeaderClassifier.classify("“十四五”累计").role()).isEqualTo(HeaderRole.CUMULATIVE);
        assertThat(HeaderClassifier.classify("2021—2025年年均增长(%)").year()).isEqualTo(2025);
        assertThat(HeaderClassifier.classify("2021—2025年年均增长(%)").unit()).isEqualTo("%");
        assertThat(HeaderClassifier.classify("比上年增长(%)").role()).isEqualTo(HeaderRole.GROWTH);
        assertThat(HeaderClassifier.classify("指标属性").role()).isEqualTo(HeaderRole.ATTRIBUTE);
        assertThat(HeaderClassifier.classify("计量单位").role()).isEqualTo(HeaderRole.UNIT);
        assertThat(HeaderClassifier.classify("责任单位").role()).isEqualTo(HeaderRole.OTHER);
        assertThat(HeaderClassifier.classify("指标名称").role()).isEqualTo(HeaderRole.NAME);
        assertThat(HeaderClassifier.classify("2023年GDP").metricSuffix()).isEqualTo("GDP");
    }

    @Test
    void rowNamesLoseNumbersFootnotesAndAttributes() {
        assertThat(RowName.clean("3、城镇化率*")).isEqualTo("城镇化率");
        assertThat(RowName.clean("12 研发经费投入强度①")).isEqualTo("研发经费投入强度");
        assertThat(RowName.clean("5G基站")).isEqualTo("5G基站");
        assertThat(RowName.clean("耕地保有量〔约束性〕")).isEqualTo("耕地保有量");
    }
}
