package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class FullWidthSignsTest {

    @Test
    void fullWidthHyphenAndSlashBecomeAsciiInDatesRangesAndUnits() {
        String text = "２０２４－１２－３１发布，新建学校３－５所，细颗粒物浓度降至３０微克／立方米。";
        MappedText out = TextCleaner.normalizeWidth(MappedText.identity(text), new TextCleaner.Log());
        assertThat(out.text()).isEqualTo("2024-12-31发布，新建学校3-5所，细颗粒物浓度降至30微克/立方米。");
    }

    @Test
    void corneredQuotesOfATraditionalTextBecomeChineseQuotes() {
        String trad = "實施「十四五」規劃，推進「雙碳」工作，經濟總量達到「萬億」規模。";
        MappedText out = ScriptConverter.toSimplified(MappedText.identity(trad));
        assertThat(out.text()).isEqualTo("实施“十四五”规划，推进“双碳”工作，经济总量达到“万亿”规模。");
    }
}
