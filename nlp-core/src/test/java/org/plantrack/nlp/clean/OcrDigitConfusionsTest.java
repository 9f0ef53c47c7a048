package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class OcrDigitConfusionsTest {

    private static String repair(String s) {
        return OcrDigitConfusions.repair(MappedText.identity(s), new TextCleaner.Log()).text();
    }

    @Test
    void lettersThatLookLikeDigitsInsideANumberBecomeDigits() {
        assertThat(repair("到2O30年，全镇农业总产值达到l2.5亿元，新建村级服务站3〇个。"))
                .isEqualTo("到2030年，全镇农业总产值达到12.5亿元，新建村级服务站30个。");
        // Between real digits, even glued to an acronym.
        assertThat(repair("全年完成GDP58l2.36亿元。")).isEqualTo("全年完成GDP5812.36亿元。");
        // Dates keep their hyphens.
        assertThat(repair("发布日期：2O19-1l-08")).isEqualTo("发布日期：2019-11-08");
    }

    @Test
    void wordsCodesAndChineseNumeralsStayAsTheyAre() {
        String text = "二〇三〇年，CO2排放下降，PM10浓度降低，IO接口与Il型装置，O型血献血者，第I阶段。";
        MappedText in = MappedText.identity(text);
        assertThat(OcrDigitConfusions.repair(in, new TextCleaner.Log())).isSameAs(in);
    }

    @Test
    void spacedDigitsWithLookAlikesAreRepairedForTheSpacedDigitStep() {
        assertThat(repair("粮食产量达到1 6 O O万吨")).isEqualTo("粮食产量达到1 6 0 0万吨");
    }

    @Test
    void spacesBetweenThousandsGroupsCloseWhenAUnitFollows() {
        assertThat(repair("城镇居民人均可支配收入达到48 620元，全市常住人口1 234 567人，货物吞吐量1 286.5万吨。"))
                .isEqualTo("城镇居民人均可支配收入达到48620元，全市常住人口1234567人，货物吞吐量1286.5万吨。");
        // Two table cells stay apart; four-digit years are no thousands groups.
        MappedText row = MappedText.identity("| 12 345 | 2020 2021年 |");
        assertThat(OcrDigitConfusions.repair(row, new TextCleaner.Log())).isSameAs(row);
    }

    @Test
    void aCommaBeforeOneOrTwoDigitsIsADecimalPointWhereAUnitOrACellEndFollows() {
        assertThat(repair("比上年增长5,8%，总量达到12,35亿元，提高1,2个百分点。"))
                .isEqualTo("比上年增长5.8%，总量达到12.35亿元，提高1.2个百分点。");
        assertThat(repair("| 南岭市 | 2735,1 | 6,5 |")).isEqualTo("| 南岭市 | 2735.1 | 6.5 |");
        // A thousands comma has three digits after it; a list of years is no decimal.
        String kept = "投资1,200万元，2020,2021年连续增长，粮食产量12,800吨。";
        MappedText in = MappedText.identity(kept);
        assertThat(OcrDigitConfusions.repair(in, new TextCleaner.Log())).isSameAs(in);
    }

    @Test
    void repairedCharactersStayMappedToTheirOrigin() {
        String text = "增长1 23O.5万吨";
        MappedText out = OcrDigitConfusions.repair(MappedText.identity(text), new TextCleaner.Log());
        assertThat(out.text()).isEqualTo("增长1230.5万吨");
        assertThat(out.originOf(out.text().indexOf('万'))).isEqualTo(text.indexOf('万'));
    }
}
