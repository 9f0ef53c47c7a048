package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which numbers of a sentence become mentions, with what value, unit and qualifier. */
class NumberMentionsTest {

    private static Mention only(String s) {
        List<Mention> ms = NumberMentions.mentions(s);
        assertThat(ms).as("mentions of %s", s).hasSize(1);
        return ms.get(0);
    }

    private static void value(Mention m, String v, String unit) {
        assertThat(m.value).isEqualByComparingTo(new BigDecimal(v));
        assertThat(m.unit).isEqualTo(unit);
    }

    @Test
    void chineseNumeralWithMyriadsInsideKeepsTheLastInTheUnit() {
        value(only("全年港口吞吐量二亿零四百万吨"), "20400", "万吨");
        value(only("全社会用电量六千零五十亿千瓦时"), "6050", "亿千瓦时");
        value(only("累计完成两万一千项"), "21000", "项");
    }

    @Test
    void decimalsWithDianAndPercentWords() {
        value(only("出口额增长二点四倍"), "2.4", "倍");
        value(only("失业率控制在百分之四点五以内"), "4.5", "%");
        assertThat(only("失业率控制在百分之四点五以内").qualifier).isEqualTo("<=");
    }

    @Test
    void perPersonUnits() {
        value(only("全员劳动生产率为98000元/人"), "98000", "元/人");
    }

    @Test
    void signedRateKeepsItsSign() {
        value(only("规模以上工业增加值同比增长-1.2%"), "-1.2", "%");
    }

    @Test
    void rangeWhoseLowEndBorrowsTheMultiplier() {
        List<Mention> ms = NumberMentions.mentions("每年吸纳就业3-5万人");
        assertThat(ms).hasSize(2);
        value(ms.get(0), "3", "万人");
        value(ms.get(1), "5", "万人");
        assertThat(ms.get(0).qualifier).isEqualTo(">=");
        assertThat(ms.get(1).qualifier).isEqualTo("<=");
    }

    @Test
    void rangeWithUnitsOnBothEndsIsNotASignedValue() {
        List<Mention> ms = NumberMentions.mentions("建设高标准农田30亩-50亩");
        assertThat(ms).hasSize(2);
        value(ms.get(1), "50", "亩");
    }

    @Test
    void megaBeforeAPhysicalUnitIsNotAMultiplier() {
        value(only("新增光伏装机容量120兆瓦"), "120", "兆瓦");
    }

    @Test
    void ocrSpacedDigitsAndTaiwanForms() {
        value(only("城镇化水平达到2 6 %左右"), "26", "%");
        value(only("新增就业1 0 8 0万人"), "1080", "万人");
        value(only("农民人均纯收入年均增长4 %以上"), "4", "%");
        value(only("總預算達1,200萬元"), "1200", "万元");
    }

    @Test
    void fractionsAndHalves() {
        Mention third = only("小微企业贷款占比达到三分之一左右");
        value(third, "0.3333", "");
        assertThat(third.qualifier).isEqualTo("~");
        value(only("服务业占全省比重接近一半"), "50", "%");
    }

    @Test
    void qualifierDuoBeforeTheMultiplier() {
        Mention m = only("惠及群众三十多万人");
        value(m, "30", "万人");
        assertThat(m.qualifier).isEqualTo(">=");
    }

    @Test
    void datesAndCodesAreNotQuantities() {
        assertThat(NumberMentions.mentions("2021-03-05发布，编号GB3095")).isEmpty();
        assertThat(NumberMentions.mentions("2021-2025年")).isEmpty();
    }
}
