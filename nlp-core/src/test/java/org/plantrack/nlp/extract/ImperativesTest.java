package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Subjectless clauses opening with an action verb state tasks. */
class ImperativesTest {

    private static boolean task(String s) {
        return Imperatives.isTask(s, s.indexOf("30"));
    }

    @Test
    void anActionVerbWithoutAspectIsATask() {
        assertThat(task("每年遴选30家示范企业")).isTrue();
        assertThat(task("培育30个特色小镇")).isTrue();
    }

    @Test
    void aspectMarkersOrResultVerbsMakeItAResult() {
        assertThat(task("已遴选30家示范企业")).isFalse();
        assertThat(task("遴选了30家示范企业")).isFalse();
        assertThat(task("完成投资30亿元")).isFalse();
    }

    @Test
    void aClauseWithASubjectIsNoTask() {
        assertThat(task("全县规上企业30家")).isFalse();
    }

    @Test
    void theKindFallsBackToTargetForTasksOnly() {
        String task = "每年培育30家专精特新企业";
        String fact = "全县规上企业30家";
        assertThat(kind(task)).isEqualTo("target");
        assertThat(kind(fact)).isEqualTo("actual");
    }

    @Test
    void aValueTheClauseCallsAGoalIsATargetEvenForAPastYear() {
        String s = "2022年全市工业增加值增长目标为30%，实际增长25%";
        Mention goal = NumberMentions.mentions(s).stream().filter(x -> s.startsWith("30", x.start)).findFirst().orElseThrow();
        Mention result = NumberMentions.mentions(s).stream().filter(x -> s.startsWith("25", x.start)).findFirst().orElseThrow();
        assertThat(Kinds.kindOf(s.substring(0, goal.start), s, goal, 2022, 2023, null, null)).isEqualTo("target");
        assertThat(Kinds.kindOf(s.substring(0, result.start), s, result, 2022, 2023, null, null)).isEqualTo("actual");
    }

    private static String kind(String s) {
        Mention m = NumberMentions.mentions(s).get(0);
        return Kinds.kindOf(s.substring(0, m.start), s, m, null, 2023, null, null);
    }

    @Test
    void aValueAfterACopulaOrAChangeIsStatedNotSet() {
        assertThat(task("全市常住人口为30万人")).isFalse();
        assertThat(task("全市共有景区30家")).isFalse();
        assertThat(task("扣除价格因素实际增长30%")).isFalse();
    }

    @Test
    void laterClausesShareTheSubjectOfAnOpeningValue() {
        assertThat(task("地铁1号线全长26公里，设车站30座")).isFalse();
        // An opening clause with no value sets tasks, and so do the clauses after it.
        assertThat(task("产业园区提质扩容，每年新建标准厂房30栋")).isTrue();
    }
}
