package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenreClassifierTest {

    private static String genre(String title, String head) {
        return GenreClassifier.classify(title, head, head);
    }

    @Test
    void aTitleEndingWithTheDocumentKindIsThatDocument() {
        assertThat(genre("中共青禾县委关于制定青禾县国民经济和社会发展第十五个五年规划的建议", "青禾新闻网讯 全会审议通过。"))
                .isEqualTo(GenreClassifier.PLAN_PROPOSAL);
        assertThat(genre("关于《中共青禾县委关于制定青禾县国民经济和社会发展第十五个五年规划的建议》的说明", "同志们："))
                .isEqualTo(GenreClassifier.PLAN_PROPOSAL);
        assertThat(genre("云岭省国民经济和社会发展第十个五年计划纲要", "云岭日报 2001年")).isEqualTo(GenreClassifier.PLAN_OUTLINE);
    }

    @Test
    void aHeadlineMentioningAPlanIsNews() {
        assertThat(genre("省委全会审议通过“十五五”规划建议 擘画发展蓝图", "本报讯 11月27日，省委全会审议通过建议。"))
                .isEqualTo(GenreClassifier.NEWS);
        assertThat(genre("云岭市未来五年数字经济占比要超40%", "数字经济成为重点。")).isEqualTo(GenreClassifier.NEWS);
        assertThat(genre("解读市第五次党代会工作报告(一)", "继续解读报告。")).isEqualTo(GenreClassifier.NEWS);
    }

    @Test
    void newsAboutAGovernmentWorkReportCountsAsTheReport() {
        assertThat(genre("云岭市：今年GDP力争增长5%", "本报讯 记者李四 2月20日，市长作政府工作报告时提出上述目标。"))
                .isEqualTo(GenreClassifier.GOVERNMENT_WORK_REPORT);
    }

    @Test
    void mentioningTheWorkReportDoesNotMakeOne() {
        assertThat(genre("在全市规划编制工作会议上的讲话", "同志们：\n今年的政府工作报告对规划编制作了部署。"))
                .isEqualTo(GenreClassifier.SPEECH);
        assertThat(genre("社论：把政府工作报告的部署落到实处", "政府工作报告提出了今年的目标。"))
                .isEqualTo(GenreClassifier.EDITORIAL);
    }

    @Test
    void newsMarksDoNotOverrideADocumentsOwnName() {
        assertThat(genre("奋力谱写新篇章", "云岭日报\n奋力谱写新篇章\n——在中国共产党云岭市第九次代表大会上的报告\n同志们："))
                .isEqualTo(GenreClassifier.PARTY_CONGRESS_REPORT);
        assertThat(genre("云岭市2022年国民经济和社会发展统计公报", "云岭日报 2023年3月1日\n全年全市生产总值增长5%。"))
                .isEqualTo(GenreClassifier.STATISTICAL_COMMUNIQUE);
        assertThat(genre("统计局发布2022年统计公报：全市生产总值增长5%", "本报讯 市统计局发布公报。"))
                .isEqualTo(GenreClassifier.NEWS);
    }

    @Test
    void subtitleNamesCongressReportsAndSpeeches() {
        assertThat(genre("奋力谱写新篇章", "奋力谱写新篇章\n——在中国共产党青禾县第十次代表大会上的报告\n同志们："))
                .isEqualTo(GenreClassifier.PARTY_CONGRESS_REPORT);
        assertThat(genre("凝心聚力抓落实", "凝心聚力抓落实\n——在全市经济工作会议上的讲话\n同志们："))
                .isEqualTo(GenreClassifier.SPEECH);
    }

    @Test
    void communiquesWithOrWithoutTitle() {
        assertThat(genre("青禾县2022年国民经济和社会发展统计公报", "全年全县生产总值增长5%。"))
                .isEqualTo(GenreClassifier.STATISTICAL_COMMUNIQUE);
        assertThat(genre(null, "2022年全省经济平稳。\n一、综合\n全年全省地区生产总值比上年增长5%。"))
                .isEqualTo(GenreClassifier.STATISTICAL_COMMUNIQUE);
    }

    @Test
    void editorialsByTagOrByUrgingTheCadres() {
        assertThat(genre("携手奋进新征程", "社论\n携手奋进新征程\n新的一年开启新的希望。")).isEqualTo(GenreClassifier.EDITORIAL);
        assertThat(genre("聚焦目标 擘画蓝图", "规划编制要找准定位。各级各部门要下好先手棋，确保目标实现。"))
                .isEqualTo(GenreClassifier.EDITORIAL);
    }

    @Test
    void sectorPlansAnnualPlansAndNotices() {
        assertThat(genre(null, "“十四五”林业发展主要目标指标表\n类别 | 指标")).isEqualTo(GenreClassifier.SECTOR_PLAN);
        assertThat(genre("青禾市人民政府转发市发展改革委关于青禾市2024年国民经济和社会发展计划的通知", "各区县人民政府："))
                .isEqualTo(GenreClassifier.OTHER);
        assertThat(genre("青禾市人民政府办公室关于印发考评办法的通知", "各区县人民政府：")).isEqualTo(GenreClassifier.OTHER);
    }

    @Test
    void aHeadlineReportingThatADocumentWasIssuedIsNewsEvenWhenItEndsWithItsName() {
        assertThat(genre("市委全会审议通过“十五五”规划建议", "全会审议通过了建议。")).isEqualTo(GenreClassifier.NEWS);
        assertThat(genre("国务院印发“十四五”旅游业发展规划", "日前，国务院印发规划。")).isEqualTo(GenreClassifier.NEWS);
        assertThat(genre("市生态环境局发布2023年环境质量状况报告", "6月5日，市生态环境局发布报告。")).isEqualTo(GenreClassifier.NEWS);
        // the document itself, or the notice issuing it, is not news
        assertThat(genre("青禾县人民政府关于印发青禾县“十四五”交通运输发展规划的通知", "各乡镇人民政府："))
                .isEqualTo(GenreClassifier.SECTOR_PLAN);
        assertThat(genre("青禾县“十四五”交通运输发展规划", "第一章 发展基础")).isEqualTo(GenreClassifier.SECTOR_PLAN);
    }

    @Test
    void theMainIndicatorTableOfAWholeEconomyPlanIsTheOutlines() {
        assertThat(genre("“十四五”时期经济社会发展主要指标", "指标 2020年 2025年")).isEqualTo(GenreClassifier.PLAN_OUTLINE);
        assertThat(genre("“十四五”交通运输主要指标", "指标 2020年 2025年")).isNotEqualTo(GenreClassifier.PLAN_OUTLINE);
    }

    @Test
    void aPlanNamedForATopicIsASpecialPlanWhateverTheTopic() {
        assertThat(genre("青禾市“十四五”城市更新规划（征求意见稿）", "一、规划背景")).isEqualTo(GenreClassifier.SECTOR_PLAN);
        assertThat(genre("《青禾市“十四五”现代物流业发展专项规划》", "第一章 发展基础")).isEqualTo(GenreClassifier.SECTOR_PLAN);
        // a whole-economy plan is not one
        assertThat(genre("青禾县国民经济和社会发展第十四个五年规划", "第一章 发展基础")).isNotEqualTo(GenreClassifier.SECTOR_PLAN);
        assertThat(genre("青禾市发展规划", "第一章 发展基础")).isNotEqualTo(GenreClassifier.SECTOR_PLAN);
    }

    @Test
    void aHeadlineNamingThePlanFirstAndItsReleaseLastIsNews() {
        assertThat(genre("青禾县“十五五”规划纲要全文发布", "青禾县“十五五”规划纲要全文发布\n纲要提出五大目标。"))
                .isEqualTo(GenreClassifier.NEWS);
        assertThat(genre("青禾县“十五五”规划纲要", "第一章 发展基础")).isEqualTo(GenreClassifier.PLAN_OUTLINE);
    }

    @Test
    void aReportOnCarryingOutAnOutlineIsNotTheOutline() {
        assertThat(genre("关于青禾市国民经济和社会发展第十四个五年规划纲要实施中期评估的报告", "主任、各位副主任："))
                .isEqualTo(GenreClassifier.OTHER);
        assertThat(genre("青禾市“十四五”规划实施情况", "总体看，主要指标进展顺利。")).isEqualTo(GenreClassifier.OTHER);
    }

    @Test
    void aPublishedPageUnderAHeadlineIsNewsButNotUnderADocumentsName() {
        java.util.List<String> stamp = java.util.List.of("发布时间：2024-05-06 09:30  来源：青禾县融媒体中心");
        assertThat(GenreClassifier.classify("全县夏粮收购进度过半", "全县夏粮收购进度过半\n目前收购小麦3万吨。",
                "目前收购小麦3万吨。", stamp)).isEqualTo(GenreClassifier.NEWS);
        // the same page carrying a plan, a draft for comment or an analysis keeps the document's genre
        assertThat(GenreClassifier.classify("青禾县“十四五”粮食产业规划（征求意见稿）", "第一章 发展基础", "第一章 发展基础", stamp))
                .isEqualTo(GenreClassifier.SECTOR_PLAN);
        assertThat(GenreClassifier.classify("2023年我县粮食生产情况分析", "全县粮食总产稳定。", "全县粮食总产稳定。", stamp))
                .isEqualTo(GenreClassifier.OTHER);
        // without a publication line a bare headline says nothing about the genre
        assertThat(GenreClassifier.classify("全县夏粮收购进度过半", "目前收购小麦3万吨。", "目前收购小麦3万吨。", java.util.List.of()))
                .isEqualTo(GenreClassifier.OTHER);
    }

    @Test
    void commentaryUrgingTheCadresStaysAnEditorialOnAPublishedPage() {
        String text = "青禾：奋力开新局\n各级各部门要把思想统一到市委部署上来，抓好各项工作。";
        assertThat(GenreClassifier.classify("青禾：奋力开新局", text, text, java.util.List.of("来源：青禾日报 日期：2021-01-05")))
                .isEqualTo(GenreClassifier.EDITORIAL);
    }
}
