package org.plantrack.nlpservice.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.events.IndicatorV1;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.Indicator;

class EventMapperTest {

    private static Indicator indicator(String metric, String value, String unit, String attribute) {
        return new Indicator(metric, new BigDecimal(value), unit, "target", ">=", null, null, 2025,
                "到2025年" + metric + "达到" + value + unit + "。", 0, 10, "ecology", 0.9, null, attribute);
    }

    @Test
    void indicatorsCarryTheirCatalogueIndicatorAndAttribute() {
        DocumentAnalysis analysis = new DocumentAnalysis(null, null, null, List.of(
                indicator("全省森林覆盖率", "45", "%", Indicator.BINDING),
                indicator("人均地区生产总值", "12", "万元", Indicator.ANTICIPATORY),
                indicator("新建口袋公园", "30", "个", null)));

        List<IndicatorV1> out = EventMapper.indicators("doc-1", analysis);

        assertThat(out).extracting(IndicatorV1::canonicalMetric).containsExactly(
                new IndicatorV1.CanonicalMetric("forest_coverage", "森林覆盖率"),
                new IndicatorV1.CanonicalMetric("gdp_per_capita", "人均地区生产总值"),
                null);
        assertThat(out).extracting(IndicatorV1::attribute)
                .containsExactly(IndicatorV1.BINDING, IndicatorV1.ANTICIPATORY, null);
        assertThat(out.get(0).metric()).isEqualTo("全省森林覆盖率");
    }
}
