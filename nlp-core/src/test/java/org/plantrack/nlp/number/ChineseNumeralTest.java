package org.plantrack.nlp.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChineseNumeralTest {

    @Test
    void readsPlaceUnitsZerosAndMultipliersInsideTheNumeral() {
        assertThat(ChineseNumeral.parse("十")).isEqualByComparingTo("10");
        assertThat(ChineseNumeral.parse("十五")).isEqualByComparingTo("15");
        assertThat(ChineseNumeral.parse("一千零五")).isEqualByComparingTo("1005");
        assertThat(ChineseNumeral.parse("两万一千")).isEqualByComparingTo("21000");
        assertThat(ChineseNumeral.parse("二亿零四百万")).isEqualByComparingTo("204000000");
        assertThat(ChineseNumeral.parse("三万亿")).isEqualByComparingTo("3000000000000");
        assertThat(ChineseNumeral.parse("一点五万")).isEqualByComparingTo("15000");
        assertThat(ChineseNumeral.parse("二点四")).isEqualByComparingTo("2.4");
        assertThat(ChineseNumeral.parse("贰佰叁拾")).isEqualByComparingTo("230");
    }

    @Test
    void readsDigitByDigitNumeralsPositionally() {
        assertThat(ChineseNumeral.parse("二〇三五")).isEqualByComparingTo("2035");
        assertThat(ChineseNumeral.parse("二〇〇〇万")).isEqualByComparingTo("20000000");
    }

    @Test
    void rejectsWhatIsNotANumeral() {
        assertThat(ChineseNumeral.parse("")).isNull();
        assertThat(ChineseNumeral.parse("三个")).isNull();
        assertThat(ChineseNumeral.parse("点五")).isNull();
    }

    @Test
    void everyGeneratedNumeralReadsBackToItsValue() {
        Random r = new Random(14);
        for (int k = 0; k < 20_000; k++) {
            long v = ChineseNumeralFormatter.randomValue(r);
            String text = ChineseNumeralFormatter.format(v);
            assertThat(ChineseNumeral.parse(text)).as(text).isEqualByComparingTo(BigDecimal.valueOf(v));
        }
    }

    @Test
    void generatedDecimalsReadBack() {
        Random r = new Random(15);
        for (int k = 0; k < 5_000; k++) {
            long whole = r.nextInt(10_000);
            String frac = String.valueOf(1 + r.nextInt(999));
            String text = ChineseNumeralFormatter.format(whole) + "点" + ChineseNumeralFormatter.digitByDigit(frac);
            assertThat(ChineseNumeral.parse(text)).as(text).isEqualByComparingTo(new BigDecimal(whole + "." + frac));
        }
    }
}
