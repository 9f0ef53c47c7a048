package org.plantrack.nlpservice.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrack.events.IndicatorV1;
import org.plantrack.nlp.Classification;
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

    @Test
    void indicatorsCarryTheRegionCodeOfTheirDocument() {
        Classification shanxi = new Classification("plan_outline", "山西省", "province", "十四五", "2021", List.of(),
                "140000", null, false);
        List<IndicatorV1> out = EventMapper.indicators("doc-2", new DocumentAnalysis(null, null, shanxi,
                List.of(indicator("全省森林覆盖率", "45", "%", null))));
        assertThat(out).extracting(IndicatorV1::region, IndicatorV1::regionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("山西省", "140000"));

        Classification unresolved = new Classification("news", "鼓楼区", "county", null, null, List.of(), null, null,
                true);
        assertThat(EventMapper.indicators("doc-3", new DocumentAnalysis(null, null, unresolved,
                List.of(indicator("全区森林覆盖率", "45", "%", null)))).get(0).regionCode()).isNull();
    }

    /**
     * Every field nlp-core extracts reaches the event under its own name and unchanged: the fields are found by
     * reflection over {@link Indicator}'s record components (nested records field by field), so a field added to
     * the extraction fails here until the event carries it (target-service's IndicatorRoundTripTest follows the
     * event's fields on to the database, the API and the CSV).
     */
    @Test
    void everyExtractedFieldArrivesUnchangedInTheEvent() {
        Indicator extracted = new Indicator("森林覆盖率", new BigDecimal("45.5"), "%", "target", ">=", "increase",
                new BigDecimal("41.2"), 2025, "到2025年森林覆盖率提高到45.5%以上。", 120, 125, "ecology", 0.83,
                new Indicator.CleanedSpan(31, 36, 20, 44), Indicator.BINDING);
        Map<String, Object> sent = leaves(extracted);
        // the region a clause names is no field of its own in the event: it stands in for the document's region and
        // its metric replaces the metric (anIndicatorAboutAnotherRegionCarriesThatRegionAndItsMetricWithoutTheName)
        assertThat(sent).containsKey("region");
        sent.remove("region");
        assertThat(sent).doesNotContainValue(null);
        assertThat(sent.values().stream().distinct()).as("no two fields alike").hasSize(sent.size());

        IndicatorV1 event = EventMapper.indicators("doc-4", new DocumentAnalysis(null, null, null,
                List.of(extracted))).get(0);

        Map<String, Object> carried = leaves(event);
        sent.forEach((field, value) -> assertThat(carried).as(field).containsEntry(field, value));
    }

    /** Every leaf of a record as "field" or "field.nested" to its value (null for an absent nested record). */
    private static Map<String, Object> leaves(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Record nested) {
                leaves(nested).forEach((k, v) -> out.put(c.getName() + "." + k, v));
            } else {
                out.put(c.getName(), value);
            }
        }
        return out;
    }

    @Test
    void anIndicatorAboutAnotherRegionCarriesThatRegionAndItsMetricWithoutTheName() {
        Classification shanxi = new Classification("statistical_communique", "山西省", "province", null, "2024",
                List.of(), "140000", null, false);
        Indicator city = new Indicator("太原市地区生产总值", new BigDecimal("5573"), "亿元", "actual", null, null, null,
                2023, "其中，太原市地区生产总值5573亿元。", 0, 4, "economy", 0.9, null, null,
                new Indicator.NamedRegion("太原市", "140100", "city", "140000", "地区生产总值"));

        List<IndicatorV1> out = EventMapper.indicators("doc-4", new DocumentAnalysis(null, null, shanxi,
                List.of(city, indicator("全省森林覆盖率", "45", "%", null))));

        assertThat(out.get(0).region()).isEqualTo("太原市");
        assertThat(out.get(0).regionCode()).isEqualTo("140100");
        assertThat(out.get(0).metric()).isEqualTo("地区生产总值");
        assertThat(out.get(0).canonicalMetric()).isEqualTo(new IndicatorV1.CanonicalMetric("gdp", "地区生产总值"));
        assertThat(out.get(1).region()).isEqualTo("山西省");
        assertThat(out.get(1).regionCode()).isEqualTo("140000");
    }
}
