package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanPeriodEndTest {

    private static final Pattern END = Pattern.compile(PlanPeriodEnd.REGEX);

    @Test
    void everyPeriodEndGivesItsLastYear() {
        assertThat(PlanPeriodEnd.year("六五末")).isEqualTo(1985);
        assertThat(PlanPeriodEnd.year("“九五”末")).isEqualTo(2000);
        assertThat(PlanPeriodEnd.year("“十五”期末")).isEqualTo(2005);
        assertThat(PlanPeriodEnd.year("十一五末")).isEqualTo(2010);
        assertThat(PlanPeriodEnd.year("“十二五”收官")).isEqualTo(2015);
        assertThat(PlanPeriodEnd.year("十三五规划期末")).isEqualTo(2020);
        assertThat(PlanPeriodEnd.year("十四五末")).isEqualTo(2025);
        assertThat(PlanPeriodEnd.year("十五五期末")).isEqualTo(2030);
        assertThat(PlanPeriodEnd.year("第十个五年计划期末")).isEqualTo(2005);
        assertThat(PlanPeriodEnd.year("第九个五年计划末")).isEqualTo(2000);
        assertThat(PlanPeriodEnd.year("第十二个五年规划末")).isEqualTo(2015);
        assertThat(PlanPeriodEnd.year("\" 十五 \" 末")).isEqualTo(2005);
        assertThat(PlanPeriodEnd.year("“十五”期间")).isEqualTo(2005);
        assertThat(PlanPeriodEnd.year("第十一个五年规划时期")).isEqualTo(2010);
    }

    @Test
    void periodsWithoutTheirEndAndOtherFifteensAreNoYear() {
        for (String s : new String[] {"十五期间", "十五届五中全会", "“八五”普法", "二十五末", "一九九五末", "十五大", "第十个五年计划"}) {
            assertThat(END.matcher(s).find()).as(s).isFalse();
        }
        for (String s : new String[] {"十五届五中全会", "“八五”普法", "二十五末", "一九九五末", "十五大", "第十个五年计划"}) {
            assertThat(PlanPeriodEnd.year(s)).as(s).isNull();
        }
    }
}
