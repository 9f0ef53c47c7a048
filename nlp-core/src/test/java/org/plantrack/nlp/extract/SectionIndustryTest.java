package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;

/** A generic output figure in a section about one industry is that industry's output. Texts written for the test. */
class SectionIndustryTest {

    @Test
    void theHeadingNamesTheIndustryWithoutNumberingOrUrgingWords() {
        assertThat(SectionIndustry.industryOf("第三节 加快壮大新能源汽车产业")).isEqualTo("新能源汽车产业");
        assertThat(SectionIndustry.industryOf("（二）大力发展现代物流业")).isEqualTo("现代物流业");
        assertThat(SectionIndustry.industryOf("第一节 优化营商环境")).isNull();
        assertThat(SectionIndustry.industryOf("一、着力稳增长，壮大实体产业")).isNull();
    }

    @Test
    void aBareOutputNounTakesTheSectionsIndustry() {
        String text = "某省“十四五”工业发展规划\n"
                + "第三节 加快壮大新能源汽车产业\n"
                + "推进整车和零部件协同发展，建设一批配套园区。到2025年，力争实现产值1500亿元。\n"
                + "第四节 优化营商环境\n"
                + "到2025年，全省规模以上工业企业营业收入达到5万亿元。\n";
        List<Indicator> l = DocumentAnalyzer.standard()
                .analyze(text.getBytes(StandardCharsets.UTF_8), "t.txt", new AnalysisHints(null, null, "2021-03-01"))
                .indicators();
        assertThat(l).extracting(Indicator::metric).containsExactly("新能源汽车产业产值", "规模以上工业企业营业收入");
    }
}
