package org.plantrack.nlp.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSegmenterTest {

    @Test
    void keepsPlanningTermsWhole() {
        assertThat(WordSegmenter.segment("全县地区生产总值增长6%，城镇居民人均可支配收入达到4.5万元。"))
                .contains("地区生产总值", "城镇居民人均可支配收入");
        assertThat(WordSegmenter.segment("单位地区生产总值能耗下降13.5%，森林覆盖率达到45%。"))
                .contains("单位地区生产总值能耗", "森林覆盖率");
        assertThat(String.join("", WordSegmenter.segment("地区生产总值和地区经济"))).isEqualTo("地区生产总值和地区经济");
    }
}
