package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;

/**
 * Metric names taken from the grammar of the sentence (issue 14): coordinations, shared heads, follow-up clauses and
 * the frames around a name. Sentences written for these tests.
 */
class MetricNamesByGrammarTest {

    private static List<String> metrics(String text) {
        return indicators(text).stream().map(Indicator::metric).toList();
    }

    private static List<Indicator> indicators(String text) {
        return DocumentAnalyzer.standard()
                .analyze(text.getBytes(StandardCharsets.UTF_8), "t.txt", new AnalysisHints(null, null, "2023-03-01"))
                .indicators();
    }

    @Test
    void aValueCountsTheWholeCoordinationAfterIt() {
        assertThat(metrics("新建300个智能工厂、数字化车间，打造50个典型应用场景。"))
                .containsExactly("新建智能工厂、数字化车间", "典型应用场景");
        assertThat(metrics("培育15家行业型、专业型、区域型工业互联网平台。"))
                .containsExactly("行业型、专业型、区域型工业互联网平台");
    }

    @Test
    void membersWithTheirOwnNumberOrVerbAreNotPartOfTheCount() {
        assertThat(metrics("改造420个老旧小区、96条背街小巷。")).containsExactly("改造老旧小区", "背街小巷");
        assertThat(metrics("引进12家龙头企业、带动就业。")).containsExactly("引进龙头企业");
    }

    @Test
    void aListClosedByACategoryCountsTheCategoryWithTheSharedModifier() {
        assertThat(metrics("加快建设5个省级制造业创新中心、推广中心、体验中心等创新载体。"))
                .containsExactly("加快建设省级制造业创新载体");
    }

    @Test
    void coordinatedModifiersShareTheHeadWrittenOnce() {
        assertThat(metrics("小学、初中毕业生升学率分别达到99%和95%。"))
                .containsExactly("小学毕业生升学率", "初中毕业生升学率");
        // Two complete names stay two names: 人口 names an indicator of its own.
        assertThat(metrics("人口、地区生产总值分别增长1%和6%。")).containsExactly("人口", "地区生产总值");
    }

    @Test
    void aFollowUpClauseInheritsTheSubjectOfTheClauseBefore() {
        assertThat(metrics("常住人口城镇化率达到65%，从目前的60%再提高5个百分点。"))
                .containsOnly("常住人口城镇化率");
        assertThat(metrics("全市地区生产总值增长6.2%，再提高1个百分点。")).containsOnly("地区生产总值");
    }

    @Test
    void aSecondComparisonIsNamedByItsBaseAndAnAverageByItsYears() {
        assertThat(metrics("全市社会消费品零售总额比去年同期增长20.6%，比2019年同期增长4.5%。"))
                .containsExactly("社会消费品零售总额", "社会消费品零售总额比2019年同期");
        assertThat(metrics("全年地区生产总值2840亿元，比上年增长7.1%，两年平均增长5.5%。"))
                .containsExactly("地区生产总值", "地区生产总值", "地区生产总值两年平均");
    }

    @Test
    void adverbsPrepositionsAndReportingFramesAreNotNames() {
        assertThat(metrics("全市研发经费投入强度大幅提高到2.8%。")).containsExactly("研发经费投入强度");
        assertThat(metrics("与上一个五年相比城镇新增就业增加12万人。")).containsExactly("城镇新增就业");
        assertThat(metrics("党代会提出到2025年地区生产总值达到5000亿元。")).containsExactly("地区生产总值");
        assertThat(metrics("江北市要实现规模以上工业增加值增长8%。")).containsExactly("规模以上工业增加值");
    }

    @Test
    void anAudienceIsNamedWithWhatItIsServedWith() {
        assertThat(metrics("组织面向5000名农村实用人才的电子商务技能培训。"))
                .containsExactly("农村实用人才的电子商务技能培训");
        assertThat(metrics("每年面向2万名中小企业经营管理人员开展数字化转型培训。"))
                .containsExactly("中小企业经营管理人员开展数字化转型培训");
    }

    @Test
    void aSpacedRangeLeavesNoNumberInTheName() {
        assertThat(metrics("到2025年，向华东送电200 ～ 400万千瓦。")).allMatch(m -> m.equals("向华东送电"));
    }

    @Test
    void aCountNamedOnlyByAModifierTakesTheHeadOfTheNextCount() {
        assertThat(metrics("建成3个国家级、5个省级现代农业产业园。"))
                .containsExactly("国家级现代农业产业园", "省级现代农业产业园");
        // Two counts of their own keep their names (新建 幼儿园 and 新增 学位 are built alike, not modifier and head).
        assertThat(metrics("新建幼儿园12所、新增学位3600个。")).containsExactly("新建幼儿园", "新增学位");
    }

    @Test
    void aGapWithTheReferenceBeforeTheComparativeIsNamedByTheRate() {
        List<Indicator> l = indicators("全市地区生产总值850亿元，较上年增长6.5%，比全省平均高0.5个百分点。");
        assertThat(l).extracting(Indicator::metric).last().isEqualTo("地区生产总值增速比全省平均高");
        assertThat(l.get(l.size() - 1).change()).isNull();
    }
}
