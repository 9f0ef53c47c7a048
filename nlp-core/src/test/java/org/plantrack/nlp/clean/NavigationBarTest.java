package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class NavigationBarTest {

    private static String reason(String line) {
        return TextCleaner.boilerplateReason(line, new HashSet<>(), false);
    }

    @Test
    void aMenuOfShortLinksOpenedByTheHomePageIsNavigation() {
        assertThat(reason("首页 新闻 政务公开 办事服务 互动交流")).isEqualTo("navigation");
        assertThat(reason("网站首页|机构概况|政策文件|数据发布")).isEqualTo("navigation");
    }

    @Test
    void linksToOtherPagesAreNavigation() {
        assertThat(reason("点击进入专题>>")).isEqualTo("navigation");
        assertThat(reason("更多新闻 >>")).isEqualTo("navigation");
        assertThat(reason("点击查看政府工作报告全文")).isEqualTo("navigation");
    }

    @Test
    void aSentenceMentioningTheHomePageIsNot() {
        assertThat(reason("首页 新闻")).isNull();
        assertThat(reason("首页设置了“我为群众办实事”专栏，累计访问量突破120万人次")).isNotEqualTo("navigation");
    }
}
