package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFinderTest {

    @Test
    void siteChromeAboveTheTitleIsSkipped() {
        String page = "Home News\n加入收藏 | 联系我们\n当前位置：首页 > 新闻中心\n站内搜索：请输入关键词\n年度索引: 2023 2022 2021 2020 2019\n"
                + "云岭市2023年国民经济和社会发展统计公报\n2023年，全市经济稳中有进。\n";
        assertThat(TitleFinder.find(page)).isEqualTo("云岭市2023年国民经济和社会发展统计公报");
    }

    @Test
    void citationCodesLinksAndDatelinesAreNoTitles() {
        String page = "【引证码】 ABC.12.345\n原文链接：https://example.org/doc\n(2023年5月6日)\n青禾县人民政府关于印发节水行动方案的通知\n各乡镇人民政府：\n";
        assertThat(TitleFinder.find(page)).isEqualTo("青禾县人民政府关于印发节水行动方案的通知");
    }

    @Test
    void siteNamesAndBreadcrumbsAreNoTitles() {
        assertThat(TitleFinder.find("附件1\n云岭港口建设实施要点\n一、总体要求\n加快港口建设。\n")).isEqualTo("云岭港口建设实施要点");
        assertThat(TitleFinder.find("云岭新闻网\n新闻中心 > 本地要闻\n云岭港口吞吐量创新高\n记者从港务局获悉。\n"))
                .isEqualTo("云岭港口吞吐量创新高");
    }

    @Test
    void aTitleSplitOverLinesIsJoined() {
        String page = "青禾县人民政府办公室转发\n县发展改革委关于青禾县2024年国民经济和\n社会发展计划的通知\n各乡镇人民政府：\n";
        assertThat(TitleFinder.find(page)).isEqualTo("青禾县人民政府办公室转发县发展改革委关于青禾县2024年国民经济和社会发展计划的通知");
    }

    @Test
    void aColumnTagIsNotTheTitle() {
        assertThat(TitleFinder.find("社论\n\n携手奋进新征程\n\n新的一年开启新的希望。\n")).isEqualTo("携手奋进新征程");
    }

    @Test
    void subtitleAndWordCountAreCut() {
        assertThat(TitleFinder.find("奋力书写新篇章——在全县干部大会上的讲话(3205字)\n同志们：\n"))
                .isEqualTo("奋力书写新篇章");
        assertThat(TitleFinder.find("奋力书写新篇章\n——在全县干部大会上的讲话\n张三\n同志们：\n")).isEqualTo("奋力书写新篇章");
    }

    @Test
    void aLineNamingAKindOfDocumentWinsOverAdsAboveIt() {
        String page = "仅供学习 禁止转载\n某某文库\n每日更新\n\n在全市城市更新工作会议上的讲话\n今天的会议很重要。\n";
        assertThat(TitleFinder.find(page)).isEqualTo("在全市城市更新工作会议上的讲话");
    }

    @Test
    void aBodyOpeningBeforeAnyTitleMeansNoTitle() {
        assertThat(TitleFinder.find("各位代表：\n现在，我代表县人民政府作报告。\n")).isNull();
        assertThat(TitleFinder.find("2023年，全省地区生产总值增长5%。\n一、综合\n")).isNull();
        assertThat(TitleFinder.find("Page 12 - 学习月刊\nP. 12\n学习月刊2022·4\n数字经济加快发展，规模持续扩大。\n")).isNull();
    }

    @Test
    void frontMatterTitleIsUsed() {
        assertThat(TitleFinder.find("--- title: '园区经济再上台阶' categories: - 财经 date: 2021-03-02\n正文。\n"))
                .isEqualTo("园区经济再上台阶");
    }
}
