package org.plantrack.nlp.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberScannerTest {

    private static NumberToken only(String s) {
        List<NumberToken> ts = NumberScanner.scan(s);
        assertThat(ts).as(s).hasSize(1);
        return ts.get(0);
    }

    private static void assertValue(NumberToken t, String value, String multiplier) {
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.multiplier()).isEqualTo(multiplier);
    }

    @Test
    void chineseNumeralKeepsItsLastMyriadInTheMultiplier() {
        assertValue(only("全年货运量二亿零四百万吨"), "20400", "万");
        assertValue(only("发电量六千零五十亿度"), "6050", "亿");
        assertValue(only("完成两万一千项"), "21000", "");
        assertValue(only("经济总量突破千亿元"), "1000", "亿");
        assertValue(only("规模达到三万亿元"), "3", "万亿");
        // A place unit after the multiplier begins the unit of measure.
        assertValue(only("用电量六千零五十亿千瓦时"), "6050", "亿");
    }

    @Test
    void traditionalDianLeftInASimplifiedTextIsADecimalPoint() {
        NumberToken pct = only("增长百分之六點五");
        assertThat(pct.form()).isEqualTo(NumberForm.PERCENT);
        assertValue(pct, "6.5", "");
        assertValue(only("增长二點四倍"), "2.4", "");
    }

    @Test
    void percentRangeSaysBaiFenZhiOnceForBothEnds() {
        List<NumberToken> ts = NumberScanner.scan("增长百分之二点五至三点五");
        assertThat(ts).hasSize(2);
        assertThat(ts.get(0).range()).isEqualTo(NumberToken.RangeEnd.LOW);
        assertThat(ts.get(1).range()).isEqualTo(NumberToken.RangeEnd.HIGH);
        assertThat(ts.get(1).form()).isEqualTo(NumberForm.PERCENT);
        assertValue(ts.get(1), "3.5", "");
        // Without the separator the second numeral is a number of its own.
        assertThat(NumberScanner.scan("百分之五，三个").get(1).form()).isEqualTo(NumberForm.PLAIN);
    }

    @Test
    void decimalsWrittenWithDian() {
        NumberToken times = only("增长二点四倍");
        assertValue(times, "2.4", "");
        assertThat(times.chinese()).isTrue();
        NumberToken pct = only("占比百分之六点五");
        assertThat(pct.form()).isEqualTo(NumberForm.PERCENT);
        assertValue(pct, "6.5", "");
        assertThat(only("下降百分之5.5").value()).isEqualByComparingTo("5.5");
        assertThat(only("控制在千分之三以内").form()).isEqualTo(NumberForm.PERMILLE);
    }

    @Test
    void fractionsAndHalves() {
        NumberToken third = only("覆盖三分之一的村");
        assertThat(third.form()).isEqualTo(NumberForm.FRACTION);
        assertThat(third.value()).isEqualByComparingTo("0.3333");
        assertThat(only("超过一半").value()).isEqualByComparingTo("0.5");
    }

    @Test
    void arabicWithSeparatorsFullWidthDigitsAndSigns() {
        assertValue(only("投资12,345.6万元"), "12345.6", "万");
        assertValue(only("人口１２３万"), "123", "万");
        assertThat(only("同比增长-1.2%").value()).isEqualByComparingTo("-1.2");
        assertThat(only("变动：－0.8").value()).isEqualByComparingTo("-0.8");
    }

    @Test
    void ocrSpacedDigitsJoin() {
        assertValue(only("新增就业1 0 8 0万人"), "1080", "万");
        // Two numbers with a space between are not one number.
        assertThat(NumberScanner.scan("第 3 12 页")).hasSize(2);
    }

    @Test
    void taiwanAndHongKongForms() {
        assertValue(only("總額達1,200萬元"), "1200", "万");
        assertValue(only("產值五兆元"), "5", "万亿");
        assertValue(only("預算3.2億元"), "3.2", "亿");
    }

    @Test
    void qualifiersDuoYuJin() {
        NumberToken t = only("惠及三十多万人");
        assertValue(t, "30", "万");
        assertThat(t.qualifier()).isEqualTo(">=");
        assertThat(only("建成1000余个").qualifier()).isEqualTo(">=");
        assertThat(only("带动就业近5万人").qualifier()).isEqualTo("~");
        assertThat(only("带动就业5万人").qualifier()).isNull();
    }

    @Test
    void rangesMarkBothEndsAndShareTheMultiplier() {
        List<NumberToken> ts = NumberScanner.scan("培育3至5家龙头企业");
        assertThat(ts).extracting(NumberToken::range)
                .containsExactly(NumberToken.RangeEnd.LOW, NumberToken.RangeEnd.HIGH);
        List<NumberToken> wan = NumberScanner.scan("吸纳3-5万人");
        assertValue(wan.get(0), "3", "万");
        assertValue(wan.get(1), "5", "万");
        assertThat(NumberScanner.scan("延长三至五年")).extracting(NumberToken::range)
                .containsExactly(NumberToken.RangeEnd.LOW, NumberToken.RangeEnd.HIGH);
        assertThat(NumberScanner.scan("增长5～6")).hasSize(2).allMatch(t -> t.range() != NumberToken.RangeEnd.NONE);
        // A minus between two numbers is a range, not a sign.
        assertThat(NumberScanner.scan("3-5").get(1).value()).isEqualByComparingTo("5");
    }

    @Test
    void multiplierAloneIsOneOfIt() {
        assertValue(only("迈向万亿元"), "1", "万亿");
    }

    @Test
    void generatedChineseAmountsInSentencesReadBack() {
        Random r = new Random(140);
        String[] units = {"吨", "元", "人", "亩"};
        for (int k = 0; k < 5_000; k++) {
            long v = 1 + ChineseNumeralFormatter.randomValue(r);
            String text = "预计达到" + ChineseNumeralFormatter.format(v) + units[k % units.length] + "，比上年增长";
            NumberToken t = only(text);
            assertThat(t.absolute()).as(text).isEqualByComparingTo(BigDecimal.valueOf(v));
            assertThat(t.chinese()).isTrue();
        }
    }

    @Test
    void generatedArabicAmountsWithSeparatorsReadBack() {
        Random r = new Random(141);
        for (int k = 0; k < 5_000; k++) {
            long v = ChineseNumeralFormatter.randomValue(r);
            String text = "总额为" + String.format("%,d", v) + "萬元";
            NumberToken t = only(text);
            assertThat(t.value()).as(text).isEqualByComparingTo(BigDecimal.valueOf(v));
            assertThat(t.multiplier()).isEqualTo("万");
        }
    }
}
