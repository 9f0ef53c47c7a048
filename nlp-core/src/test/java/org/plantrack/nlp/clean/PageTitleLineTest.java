package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class PageTitleLineTest {

    @Test
    void aPageTitleNamingTheSiteGoesWhenItsHeadlineFollowsAlone() {
        String page = "临江市召开2025年经济工作会议_要闻_临江新闻网\n首页 要闻 政务\n临江市召开2025年经济工作会议\n会议指出，全年地区生产总值增长6%。";
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText out = PageTitleLine.remove(MappedText.identity(page), log);
        assertThat(out.text()).startsWith("\n首页 要闻 政务\n临江市召开2025年经济工作会议\n");
        assertThat(log.removedLines).containsExactly("临江市召开2025年经济工作会议_要闻_临江新闻网");
    }

    @Test
    void aTitleWithADashIsKeptWhenNoLineRepeatsItsFirstPart() {
        String text = "临江市国民经济和社会发展统计公报 - 2024年\n2024年，全市实现地区生产总值1286.5亿元。";
        MappedText in = MappedText.identity(text);
        assertThat(PageTitleLine.remove(in, new TextCleaner.Log())).isSameAs(in);
    }
}
