package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;
import org.plantrack.catalogue.Direction;
import org.plantrack.targetservice.service.TargetStatusRule.Inputs;
import org.plantrack.targetservice.service.TargetStatusRule.Status;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TargetStatusRuleTest {

    private static BigDecimal n(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    /** 地区生产总值 from 4000 (2020) to 5000 (2025): the path expects 4400 in 2022. */
    private static Status gdp(String actual, int year) {
        return TargetStatusRule.grade(new Inputs(n("4000"), 2020, n(actual), year, n("5000"), 2025, null,
                Direction.HIGHER, false));
    }

    @Test
    void onThePathOrAheadIsOnTrack() {
        assertThat(gdp("4400", 2022)).isEqualTo(Status.ON_TRACK);
        assertThat(gdp("4700", 2022)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void withinFivePercentOfTheDistanceBelowThePathIsStillOnTrackBeyondItLagging() {
        // distance 1000: slack 50 below the 4400 expected in 2022
        assertThat(gdp("4350", 2022)).isEqualTo(Status.ON_TRACK);
        assertThat(gdp("4349", 2022)).isEqualTo(Status.LAGGING);
        assertThat(gdp("4100", 2022)).isEqualTo(Status.LAGGING);
    }

    @Test
    void reachingTheTargetIsAchievedEvenBeforeTheTargetYear() {
        assertThat(gdp("5000", 2023)).isEqualTo(Status.ACHIEVED);
        assertThat(gdp("5200", 2024)).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void missedAtTheTargetYearIsLaggingWhateverTheTolerance() {
        assertThat(gdp("4990", 2025)).isEqualTo(Status.LAGGING);
    }

    @Test
    void noActualAfterTheBaselineIsNoData() {
        assertThat(gdp("4000", 2020)).isEqualTo(Status.NO_DATA);
        assertThat(TargetStatusRule.grade(new Inputs(n("4000"), 2020, null, null, n("5000"), 2025, null,
                Direction.HIGHER, false))).isEqualTo(Status.NO_DATA);
        assertThat(TargetStatusRule.grade(new Inputs(n("4000"), 2020, n("4500"), 2022, null, null, null,
                Direction.HIGHER, false))).isEqualTo(Status.NO_DATA);
    }

    @Test
    void withoutABaselineOnlyAchievementCanBeJudged() {
        assertThat(TargetStatusRule.grade(new Inputs(null, null, n("4500"), 2022, n("5000"), 2025, null,
                Direction.HIGHER, false))).isEqualTo(Status.NO_DATA);
        assertThat(TargetStatusRule.grade(new Inputs(null, null, n("5100"), 2022, n("5000"), 2025, null,
                Direction.HIGHER, false))).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void lowerIsBetterIndicatorsAreAchievedAtOrBelowTheTarget() {
        // 城镇调查失业率 from 5.5 (2020) to 5.0 (2025): the path expects 5.3 in 2022
        Inputs below = new Inputs(n("5.5"), 2020, n("4.9"), 2022, n("5.0"), 2025, null, Direction.LOWER, false);
        Inputs onPath = new Inputs(n("5.5"), 2020, n("5.3"), 2022, n("5.0"), 2025, null, Direction.LOWER, false);
        Inputs rising = new Inputs(n("5.5"), 2020, n("5.6"), 2022, n("5.0"), 2025, null, Direction.LOWER, false);
        assertThat(TargetStatusRule.grade(below)).isEqualTo(Status.ACHIEVED);
        assertThat(TargetStatusRule.grade(onPath)).isEqualTo(Status.ON_TRACK);
        assertThat(TargetStatusRule.grade(rising)).isEqualTo(Status.LAGGING);
    }

    @Test
    void aCeilingIsMetWhileTheValueStaysUnderIt() {
        // 失业率控制在5.5%以内 (<=) with a baseline below the ceiling: staying under it is achieved
        Inputs under = new Inputs(n("5.2"), 2020, n("5.4"), 2022, n("5.5"), 2025, "<=", null, false);
        Inputs over = new Inputs(n("5.2"), 2020, n("5.8"), 2022, n("5.5"), 2025, "<=", null, false);
        assertThat(TargetStatusRule.grade(under)).isEqualTo(Status.ACHIEVED);
        assertThat(TargetStatusRule.grade(over)).isEqualTo(Status.LAGGING);
    }

    @Test
    void aFloorIsMetWhileTheValueStaysAboveIt() {
        // 粮食产量稳定在1200万吨以上 (>=), though the catalogue direction were lower
        Inputs above = new Inputs(n("1250"), 2020, n("1210"), 2022, n("1200"), 2025, ">=", Direction.LOWER, false);
        assertThat(TargetStatusRule.grade(above)).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aStatedDecreaseOfALowerIsBetterIndicatorIsBetterTheLargerItIs() {
        // 单位地区生产总值能耗下降13.5%: 下降 values are magnitudes, so 14% down meets it
        Inputs more = new Inputs(n("0"), 2020, n("14"), 2023, n("13.5"), 2025, null, Direction.LOWER, true);
        Inputs less = new Inputs(n("0"), 2020, n("3"), 2023, n("13.5"), 2025, null, Direction.LOWER, true);
        assertThat(TargetStatusRule.grade(more)).isEqualTo(Status.ACHIEVED);
        assertThat(TargetStatusRule.grade(less)).isEqualTo(Status.LAGGING);
    }

    @Test
    void aFreeMetricTakesItsDirectionFromThePath() {
        // no catalogue indicator: target below baseline means lower is better
        Inputs falling = new Inputs(n("100"), 2020, n("85"), 2022, n("80"), 2025, null, null, false);
        Inputs met = new Inputs(n("100"), 2020, n("79"), 2022, n("80"), 2025, null, null, false);
        assertThat(TargetStatusRule.grade(falling)).isEqualTo(Status.ON_TRACK);
        assertThat(TargetStatusRule.grade(met)).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void codesAreTheOnesRestAndEventsCarry() {
        assertThat(Status.ON_TRACK.code()).isEqualTo("on_track");
        assertThat(Status.ofCode("lagging")).isEqualTo(Status.LAGGING);
        assertThat(Status.ofCode("late")).isNull();
    }

    /** 地区生产总值增长6% by 2025, as a growth rate: graded by the latest year's rate, no path from the baseline. */
    private static Status growth(String actual, int year) {
        return TargetStatusRule.grade(new Inputs(n("2.3"), 2020, n(actual), year, n("6"), 2025, null,
                Direction.HIGHER, false, true));
    }

    @Test
    void aGrowthRateKeptIsOnTrackUntilTheTargetYearThenAchieved() {
        assertThat(growth("6.5", 2023)).isEqualTo(Status.ON_TRACK);
        assertThat(growth("6", 2023)).isEqualTo(Status.ON_TRACK);
        assertThat(growth("6.1", 2025)).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aGrowthRateShortOfTheTargetLagsBeyondFivePercentOfIt() {
        // 5 % of 6 is 0.3: 5.7 is the rounding of a pace the plan asked for, 5.6 is not. A straight path from the
        // 2.3 of 2020 would have called 4.6 in 2023 on track
        assertThat(growth("5.7", 2023)).isEqualTo(Status.ON_TRACK);
        assertThat(growth("5.6", 2023)).isEqualTo(Status.LAGGING);
        assertThat(growth("4.6", 2023)).isEqualTo(Status.LAGGING);
        assertThat(growth("5.9", 2025)).as("the target year came").isEqualTo(Status.LAGGING);
    }
}
