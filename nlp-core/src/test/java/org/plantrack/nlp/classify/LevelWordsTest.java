package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.regions.RegionLevel;

class LevelWordsTest {

    @Test
    void ownJurisdictionWordsShowTheLevel() {
        assertThat(LevelWords.shown("在全市规划工作会议上的讲话。我市将加快发展。")).isEqualTo(RegionLevel.CITY);
        assertThat(LevelWords.shown("全县上下团结奋斗，县委县政府高度重视。")).isEqualTo(RegionLevel.COUNTY);
        assertThat(LevelWords.shown("省长作政府工作报告，全省经济回升。")).isEqualTo(RegionLevel.PROVINCE);
    }

    @Test
    void districtAndMarketWordsShowNoLevel() {
        assertThat(LevelWords.shown("全区森林覆盖率提高，全市场交易活跃。")).isNull();
        assertThat(LevelWords.shown("城市长远发展")).isNull();
    }
}
