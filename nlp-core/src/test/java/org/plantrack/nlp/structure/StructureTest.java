package org.plantrack.nlp.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void splitsSentencesButNeverInsideQuotes() {
        String s = "他说：“今年要干好。明年更好！”大家鼓掌。收入增长5%；支出下降3%\n新的一段";
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(s);
        List<String> texts = spans.stream().map(x -> s.substring(x.start(), x.end())).toList();
        assertThat(texts).containsExactly("他说：“今年要干好。明年更好！”大家鼓掌。", "收入增长5%；", "支出下降3%", "新的一段");
        assertThat(spans.get(3).paragraph()).isEqualTo(1);
    }

    @Test
    void recognisesHeadingLevels() {
        assertThat(HeadingDetector.level("一、过去五年工作回顾")).isEqualTo(1);
        assertThat(HeadingDetector.level("第三章 建设现代产业体系")).isEqualTo(1);
        assertThat(HeadingDetector.level("（二）加快科技创新")).isEqualTo(2);
        assertThat(HeadingDetector.level("3．推进乡村振兴。全面实施……")).isEqualTo(3);
        assertThat(HeadingDetector.level("第一，要找准战略定位。")).isEqualTo(3);
        assertThat(HeadingDetector.level("其一，坚持创新驱动。")).isEqualTo(3);
        assertThat(HeadingDetector.level("一要稳增长，二要促改革。")).isEqualTo(3);
        assertThat(HeadingDetector.level("——经济实力明显增强。经济总量迈上新台阶。")).isEqualTo(4);
        assertThat(HeadingDetector.level("指导思想")).isEqualTo(1);
        assertThat(HeadingDetector.level("全市经济总量稳步增长，质量效益持续提升。")).isZero();
        assertThat(HeadingDetector.level("3.5亿元投入民生。")).isZero();
        assertThat(HeadingDetector.topicSentence("营商环境持续优化。全面推行承诺制审批，企业开办时间压缩到一个工作日以内，"
                + "政务服务事项实现网上可办，群众满意度明显提升，市场主体活力不断增强。")).isEqualTo("营商环境持续优化");
        assertThat(HeadingDetector.topicSentence("全年增长5%。后面还有很多很多很多很多很多很多很多很多很多很多很多很多很多很多的字。")).isNull();
        assertThat(HeadingDetector.isNonHeading("(2021年9月26日)")).isTrue();
        assertThat(HeadingDetector.isNonHeading("同志们：")).isTrue();
        assertThat(HeadingDetector.headingText("1.“十三五”发展取得的巨大成就。过去五年，全区上下团结奋斗，取得了很多成绩，值得总结。"))
                .isEqualTo("1.“十三五”发展取得的巨大成就");
    }
}
