package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aNameBrokenInsideAWordIsJoined() {
        assertThat(TitleFinder.find("政府工作报\n告\n——2024年1月8日在青禾县人民代表大会上\n各位代表：\n")).isEqualTo("政府工作报告");
    }

    @Test
    void theOriginalTitleOfAPageIsTheTitleWhenTheTextPrintsNone() {
        String text = "\n\n1月9日，云岭市人民代表大会开幕，市长作政府工作报告。\n";
        assertThat(TitleFinder.find(text, List.of("原标题：云岭市2024年政府工作报告出炉", "发布时间：2024-01-10")))
                .isEqualTo("云岭市2024年政府工作报告出炉");
        // a headline printed in the text stays the title; the original title is only its alternative
        assertThat(TitleFinder.find("云岭GDP突破1万亿元\n" + text, List.of("原标题：云岭2022年经济运行情况发布")))
                .isEqualTo("云岭GDP突破1万亿元");
    }

    @Test
    void aBoxNumberIsNotPartOfATableCaption() {
        assertThat(TitleFinder.find("专栏2 “十四五”交通运输主要指标\n指标 2020年 2025年\n公路里程 1000 1200\n"))
                .isEqualTo("“十四五”交通运输主要指标");
    }

    @Test
    void aGovernmentPortalsNameIsNoTitle() {
        assertThat(TitleFinder.find("云岭省人民政府门户网站\n青禾州上半年地区生产总值增长5%\n上半年，全州经济稳中向好。\n"))
                .isEqualTo("青禾州上半年地区生产总值增长5%");
    }

    @Test
    void aColumnTagInFrontOfAHeadlineIsCut() {
        assertThat(TitleFinder.find("【权威发布】2023年青禾市经济运行情况\n2023年，全市经济稳中有进。\n")).isEqualTo("2023年青禾市经济运行情况");
        // a tag alone, or a citation code, is still page furniture
        assertThat(TitleFinder.find("【打击倒卖活动】\n【引证码】 ABC.12.345\n青禾县节水行动方案\n一、总体要求\n")).isEqualTo("青禾县节水行动方案");
    }

    @Test
    void aNumberedSectionHeadingIsNoTitleButTheStartOfTheBody() {
        assertThat(TitleFinder.find("一、综合\n初步核算，全市地区生产总值增长5%。\n")).isNull();
        assertThat(TitleFinder.find("青禾县“十四五”交通规划\n第一章 发展基础\n二、主要目标\n")).isEqualTo("青禾县“十四五”交通规划");
    }

    @Test
    void aDocumentNumberLineIsNotPartOfTheTitle() {
        assertThat(TitleFinder.find("青禾县人民政府办公室文件\n青政办发〔2023〕12号\n关于印发青禾县节水行动方案的通知\n各乡镇人民政府：\n"))
                .isEqualTo("关于印发青禾县节水行动方案的通知");
    }

    @Test
    void aLetterheadOfIssuingBodiesIsNotJoinedToTheTitleBelowIt() {
        assertThat(TitleFinder.find("中共青禾县委  青禾县人民政府\n关于加快发展县域经济的实施意见\n（2022年3月1日）\n"))
                .isEqualTo("关于加快发展县域经济的实施意见");
        // a title split after its issuer (…人民政府办公室转发 / 关于…的通知) is still joined
        assertThat(TitleFinder.find("青禾县人民政府办公室转发\n关于做好节水工作的通知\n各乡镇：\n"))
                .isEqualTo("青禾县人民政府办公室转发关于做好节水工作的通知");
    }

    @Test
    void aSiteHeaderWithTodaysDateAndAPublisherLineAreNoTitles() {
        assertThat(TitleFinder.find("2026年3月2日 星期一  欢迎访问青禾县统计局网站\n青禾县统计局\n2025年全县经济运行稳中向好\n"
                + "2025年，全县地区生产总值增长6%。\n")).isEqualTo("2025年全县经济运行稳中向好");
        // a headline ending in 开局 or 新局 is no bureau's name
        assertThat(TitleFinder.find("青禾县统计局\n我县一季度经济实现良好开局\n一季度，全县生产总值增长5%。\n"))
                .isEqualTo("我县一季度经济实现良好开局");
    }
}
