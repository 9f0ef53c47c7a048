package org.plantrack.nlpservice.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.CleaningReport;
import org.plantrack.nlp.DocumentStructure;
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

        List<IndicatorV1> out = EventMapper.INSTANCE.indicators("doc-1", analysis);

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
        List<IndicatorV1> out = EventMapper.INSTANCE.indicators("doc-2", new DocumentAnalysis(null, null, shanxi,
                List.of(indicator("全省森林覆盖率", "45", "%", null))));
        assertThat(out).extracting(IndicatorV1::region, IndicatorV1::regionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("山西省", "140000"));

        Classification unresolved = new Classification("news", "鼓楼区", "county", null, null, List.of(), null, null,
                true);
        assertThat(EventMapper.INSTANCE.indicators("doc-3", new DocumentAnalysis(null, null, unresolved,
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

        IndicatorV1 event = EventMapper.INSTANCE.indicators("doc-4", new DocumentAnalysis(null, null, null,
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

    /**
     * A fully read document fills every field of its outcome event but the failure reason (only FAILED has one):
     * found by reflection over {@link DocumentAnalyzedV1}'s components, so a field added to the event and left
     * unfilled fails here (the build already fails when the mapper names no source for it).
     */
    @Test
    void theOutcomeOfAReadDocumentFillsEveryFieldButTheFailureReason() {
        String cleaned = "某市国民经济和社会发展第十四个五年规划纲要\n到2025年，森林覆盖率达到45%。";
        DocumentAnalysis analysis = new DocumentAnalysis(
                new CleaningReport("GB18030", "simplified", cleaned, cleaned, List.of("removed 2 page numbers"),
                        List.of("mojibake in paragraph 3")),
                new DocumentStructure("某市国民经济和社会发展第十四个五年规划纲要", "2021-03-01", "某市人民政府",
                        List.of(new DocumentStructure.Heading("第一章 发展基础", 1, 0, 7)), 4,
                        List.of(new DocumentStructure.Sentence("到2025年，森林覆盖率达到45%。", 21, 37, 1, "ecology", 0.8,
                                List.of()))),
                new Classification("plan_outline", "太原市", "city", "十四五", "2021-03-01",
                        List.of(new Classification.SectionDomain("第一章 发展基础", 1, 0, 40, "economy", 0.7)),
                        "140100", "140000", false),
                List.of(indicator("森林覆盖率", "45", "%", null)));

        DocumentAnalyzedV1 event = EventMapper.INSTANCE.analyzed("doc-5", 3, analysis, null, 1);

        Map<String, Object> fields = leaves(event);
        assertThat(fields.remove("failureReason")).isNull();
        fields.forEach((field, value) -> assertThat(value).as(field).isNotNull());
        assertThat(event.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
        assertThat(event.analysisRun()).isEqualTo(3);
        assertThat(event.counts()).isEqualTo(new DocumentAnalyzedV1.Counts(cleaned.length(), 4, 1, 1, 1));
        assertThat(event.sections()).containsExactly(
                new DocumentAnalyzedV1.SectionV1("第一章 发展基础", 1, 0, 40, "economy", 0.7));
        assertThat(event.cleaningNotes()).containsExactly("removed 2 page numbers", "warning: mojibake in paragraph 3");
        assertThat(event.regionParentCode()).isEqualTo("140000");
        assertThat(event.title()).isEqualTo("某市国民经济和社会发展第十四个五年规划纲要");
        assertThat(EventMapper.INSTANCE.analyzed("doc-5", 3, analysis, "上传者的标题", 1).title())
                .as("the uploader's title wins").isEqualTo("上传者的标题");

        IndicatorsExtractedV1 set = EventMapper.INSTANCE.extracted("doc-5", 3, analysis,
                EventMapper.INSTANCE.indicators("doc-5", analysis));
        leaves(set).forEach((field, value) -> assertThat(value).as(field).isNotNull());
        assertThat(set.planPeriod()).isEqualTo("十四五");
    }

    @Test
    void aDocumentWithoutReadableStructureStillMapsWithEmptyParts() {
        DocumentAnalyzedV1 event = EventMapper.INSTANCE.analyzed("doc-6", 1,
                new DocumentAnalysis(null, null, null, List.of()), null, 0);
        assertThat(event.sections()).isEmpty();
        assertThat(event.cleaningNotes()).isEmpty();
        assertThat(event.counts()).isEqualTo(new DocumentAnalyzedV1.Counts(0, 0, 0, 0, 0));
        assertThat(event.region()).isNull();
        assertThat(EventMapper.INSTANCE.hints(null)).isEqualTo(AnalysisHints.none());
        assertThat(EventMapper.INSTANCE.hints(new DocumentHintsV1("标题", "山西省", "https://example.org/a", "2021-03")))
                .isEqualTo(new AnalysisHints("标题", "山西省", "2021-03"));
    }

    @Test
    void anIndicatorAboutAnotherRegionCarriesThatRegionAndItsMetricWithoutTheName() {
        Classification shanxi = new Classification("statistical_communique", "山西省", "province", null, "2024",
                List.of(), "140000", null, false);
        Indicator city = new Indicator("太原市地区生产总值", new BigDecimal("5573"), "亿元", "actual", null, null, null,
                2023, "其中，太原市地区生产总值5573亿元。", 0, 4, "economy", 0.9, null, null,
                new Indicator.NamedRegion("太原市", "140100", "city", "140000", "地区生产总值"));

        List<IndicatorV1> out = EventMapper.INSTANCE.indicators("doc-4", new DocumentAnalysis(null, null, shanxi,
                List.of(city, indicator("全省森林覆盖率", "45", "%", null))));

        assertThat(out.get(0).region()).isEqualTo("太原市");
        assertThat(out.get(0).regionCode()).isEqualTo("140100");
        assertThat(out.get(0).metric()).isEqualTo("地区生产总值");
        assertThat(out.get(0).canonicalMetric()).isEqualTo(new IndicatorV1.CanonicalMetric("gdp", "地区生产总值"));
        assertThat(out.get(1).region()).isEqualTo("山西省");
        assertThat(out.get(1).regionCode()).isEqualTo("140000");
    }
}
