package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDateFinderTest {

    private static String date(String title, String text) {
        return DocumentDateFinder.find(title, text, List.of(), text);
    }

    @Test
    void pageMetadataComesFirstAndTheEarliestWins() {
        assertThat(DocumentDateFinder.find("标题", "正文", List.of("发布时间：2021-08-21 归档时间：2024-01-02"), "正文"))
                .isEqualTo("2021-08-21");
    }

    @Test
    void ocrSpacedDigitsAreRead() {
        assertThat(date("云岭省第十个五年计划纲要", "云岭省第十个五年计划纲要\n(2 0 0 1年2月1 6日云岭省人民代表大会通过)\n"))
                .isEqualTo("2001-02-16");
    }

    @Test
    void aDatelineLineKeepsItsPrecision() {
        String text = "青禾县2021年统计公报\n\n青禾县统计局\n\n(2022年2月)\n\n一、综合\n全年生产总值增长5%。";
        assertThat(date("青禾县2021年统计公报", text)).isEqualTo("2022-02");
    }

    @Test
    void aMonthDayTakesTheYearTheTextGivesItself() {
        String text = "云岭：2025年GDP力争增长5%\n本报讯 2月20日，云岭市人民代表大会开幕，市长作政府工作报告。";
        assertThat(date("云岭：2025年GDP力争增长5%", text)).isEqualTo("2025-02-20");
        assertThat(date("广东两会", "今年（2024年）全省经济回升向好。")).isEqualTo("2024");
        assertThat(date("政府工作报告要点", "新华社北京3月5日电 报告提出，2019年经济社会发展的主要预期目标是：增长6%。"))
                .isEqualTo("2019-03-05");
    }

    @Test
    void targetYearsAreNoDates() {
        assertThat(date("预计到2025年,林业总产值突破1万亿元", "林业产业加快发展。")).isNull();
    }

    @Test
    void frontMatterAndIssueStamps() {
        assertThat(date(null, "--- title: '园区经济' date: Fri, 24 Sep 2021 09:40:57 GMT\n正文。")).isEqualTo("2021-09-24");
        assertThat(date(null, "学习月刊2022·4\n数字经济加快发展。")).isEqualTo("2022");
    }
}
