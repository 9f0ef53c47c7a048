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

    @Test
    void aDocumentsOwnDatelineWinsOverThePageDate() {
        String outline = "云岭市国民经济和社会发展第十四个五年规划纲要\n（2021年2月5日云岭市第九届人民代表大会第五次会议批准）\n第一章 发展基础\n";
        assertThat(DocumentDateFinder.find("云岭市国民经济和社会发展第十四个五年规划纲要", outline,
                List.of("发布时间：2021-03-10 来源：云岭市发展和改革委员会"), outline)).isEqualTo("2021-02-05");
        String report = "政府工作报告\n——2024年1月8日在青禾县第五届人民代表大会第三次会议上\n各位代表：\n";
        assertThat(DocumentDateFinder.find("政府工作报告", report, List.of("发布时间：2024-01-15"), report)).isEqualTo("2024-01-08");
        // news has no dateline of its own: the page date stays, the event date in the text does not replace it
        String news = "青禾：新建5G基站1万个\n2月14日，记者从县通信局获悉，2023年全县新建5G基站1万个。\n";
        assertThat(DocumentDateFinder.find("青禾：新建5G基站1万个", news, List.of("2023-02-15 08:30 来源：青禾日报"), news))
                .isEqualTo("2023-02-15");
    }

    @Test
    void aNoticeIsDatedByItsSignatureNotByADeadlineInItsText() {
        String notice = "青禾县人民政府办公室关于印发节水行动方案的通知\n各乡镇人民政府：\n请于2023年4月30日前报送落实情况。\n"
                + "青禾县人民政府办公室\n2023年3月2日\n一、目标任务\n";
        assertThat(date("青禾县人民政府办公室关于印发节水行动方案的通知", notice)).isEqualTo("2023-03-02");
        assertThat(date("通知", "截至2022年12月31日，全县完成投资50亿元。")).isNull();
    }

    @Test
    void datesInChineseNumeralsAreDates() {
        String communique = "云岭县2021年统计公报\n云岭县统计局\n二〇二二年三月十日\n一、综合\n全县生产总值增长5%。";
        assertThat(date("云岭县2021年统计公报", communique)).isEqualTo("2022-03-10");
        String report = "政府工作报告\n——二〇二一年一月二十五日在云岭省第十三届人民代表大会第五次会议上\n各位代表：\n";
        assertThat(date("政府工作报告", report)).isEqualTo("2021-01-25");
    }

    @Test
    void aFullDateAloneUnderTheTitleIsTheDocumentsOwn() {
        String speech = "在全县大会上的讲话\n2023年2月3日\n同志们：\n今天召开全县大会。\n";
        assertThat(DocumentDateFinder.find("在全县大会上的讲话", speech, List.of("发布时间：2023-02-06"), speech))
                .isEqualTo("2023-02-03");
    }
}
