package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;

/** Policy parameters (GUIDELINES second round 8) are not indicators; the targets beside them are. */
class PolicyParametersTest {

    private static List<Indicator> run(String text) {
        return DocumentAnalyzer.standard()
                .analyze(text.getBytes(StandardCharsets.UTF_8), "t.txt", new AnalysisHints(null, null, "2023-03-01"))
                .indicators();
    }

    @Test
    void capsOnABenefitAreParameters() {
        assertThat(run("对新认定的智能工厂，市级给予奖励，单个企业最高200万元。")).isEmpty();
    }

    @Test
    void oneOffGrantsAndTheirListsAreParameters() {
        assertThat(run("对评为示范的园区，分别给予一次性奖补30万元、60万元、90万元。")).isEmpty();
    }

    @Test
    void ratesOfAnAmountAreParameters() {
        assertThat(run("对购置研发设备的企业，按照设备购置额的15%给予补助。")).isEmpty();
        assertThat(run("对贷款企业按照同期贷款利率的50%给予贴息。")).isEmpty();
    }

    @Test
    void eligibilityThresholdsAreParameters() {
        assertThat(run("支持年度投资2000万元及以上的技术改造项目。")).isEmpty();
    }

    @Test
    void targetsBesideThemStay() {
        List<Indicator> l = run("到2025年，全市培育智能工厂50个，技术改造投资增长10%。");
        assertThat(l).hasSize(2);
    }

    @Test
    void benefitsPerPersonOrPerMuAreParameters() {
        assertThat(run("为年满80周岁的老年人每人每月发放高龄津贴200元。")).isEmpty();
        assertThat(run("对新建高标准农田每亩补助3000元。")).isEmpty();
        // An outcome per household and spending per year measure the region.
        assertThat(run("带动脱贫户每户年均增收2000元，全市每年投入10亿元。")).hasSize(2);
    }
}
