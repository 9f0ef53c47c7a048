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

    @Test
    void rangeOfChineseNumeralsBeforeACounterIsACount() {
        List<Mention> ms = NumberMentions.mentions("今后三年新建三至五所高级中学");
        assertThat(ms).hasSize(2);
        value(ms.get(0), "3", "所");
        value(ms.get(1), "5", "所");
        assertThat(ms.get(0).qualifier).isEqualTo(">=");
        assertThat(ms.get(1).qualifier).isEqualTo("<=");
        assertThat(NumberMentions.mentions("每年培育两到三个龙头企业")).extracting(m -> m.value.intValue())
                .containsExactly(2, 3);
        // A duration, an ordinal span and parts of a text are no counts.
        assertThat(NumberMentions.mentions("用三至五年时间完成改造")).isEmpty();
        assertThat(NumberMentions.mentions("依照第三至五条执行")).isEmpty();
        assertThat(NumberMentions.mentions("分两到三个月完成")).isEmpty();
    }

    @Test
    void chineseNumeralsOfHundredsBeforeACounterAreCounts() {
        Mention m = only("新增市场主体三千余户");
        value(m, "3000", "户");
        assertThat(m.qualifier).isEqualTo(">=");
        value(only("其中企业八百多家"), "800", "家");
        value(only("建成一千二百个服务站"), "1200", "个");
        // Small numerals and a bare 百/千 before a counter stay words.
        assertThat(NumberMentions.mentions("形成两个中心，服务千家万户，评选十项成果")).isEmpty();
    }

    @Test
    void doublingIsCountedInFan() {
        Mention m = only("人均收入比2020年翻一番");
        value(m, "1", "番");
        value(only("经济总量较2010年翻了两番"), "2", "番");
        // 翻番 says no count; 一番努力 is a word.
        assertThat(NumberMentions.mentions("经过一番努力实现翻番")).isEmpty();
    }

    @Test
    void transportAndIntensityUnits() {
        value(only("港口集装箱吞吐量126.5万标准箱"), "126.5", "万标准箱");
        value(only("货物周转量1865.2亿吨公里"), "1865.2", "亿吨公里");
        value(only("旅客周转量356.8亿人公里"), "356.8", "亿人公里");
        value(only("单位地区生产总值能耗降至0.42吨标准煤/万元"), "0.42", "吨标准煤/万元");
    }

    @Test
    void duIsAKilowattHourOnlyAfterAMyriad() {
        value(only("全社会用电量达到六百二十亿度"), "620", "亿度");
        value(only("居民用电量1.2万度"), "1.2", "万度");
        assertThat(NumberMentions.mentions("最高气温达到38度")).isEmpty();
    }

    @Test
    void daysCountOnlyAsACountOfDays() {
        value(only("空气质量优良天数为328天"), "328", "天");
        assertThat(NumberMentions.mentions("用3天时间集中开展排查")).isEmpty();
    }
}
