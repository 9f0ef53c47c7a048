package org.plantrack.gateway.messaging;

import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.MalformedEventException;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LiveStreams;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filter attributes read from event text without binding the record, and what counts as unreadable. */
class EventAttributesTest {

    private static final IndicatorV1 INDICATOR = new IndicatorV1("doc-1-7", "doc-1", "专利授权量",
            new BigDecimal("300"), "件", "target", ">=", "increase", null, 2025, "到2025年，专利授权量达到300件以上。",
            10, 13, "innovation", 0.9, "太原市", "2021-2025", new IndicatorV1.CleanedSpan(4, 7, 0, 20));

    @Test
    void anIndicatorEventAsPublishedYieldsEveryFilterAttribute() {
        IndicatorEventV1 event = new IndicatorEventV1("e-1", 1, IndicatorEventV1.Type.ADDED, "太原市|专利数|2021-2025",
                "专利数", INDICATOR, Instant.parse("2021-03-01T00:00:00Z"));

        Map<String, List<String>> attributes = EventAttributes.ofIndicatorEvent(json(event));

        assertThat(attributes).containsOnly(
                Map.entry("type", List.of("ADDED")),
                Map.entry("targetKey", List.of("太原市|专利数|2021-2025")),
                Map.entry("metric", List.of("专利数", "专利授权量")),
                Map.entry("documentId", List.of("doc-1")),
                Map.entry("region", List.of("太原市")),
                Map.entry("kind", List.of("target")),
                Map.entry("domain", List.of("innovation")),
                // the codes the region lies within, for region filters with the hierarchy (EventRegions)
                Map.entry("regionScope", List.of("140100", "140000", "000000")));
    }

    @Test
    void fieldsMayComeInAnyOrderAmongUnknownOnesAndNestedValues() {
        String json = """
                {"extra":{"a":[1,{"region":"not this one"}],"b":null},
                 "indicator":{"cleaned":{"valueStart":1},"tags":["x",{"kind":"actual"}],"region":"大同市",
                              "kind":"actual","documentId":"d-2"},
                 "list":[[],{}],"type":"RETRACTED","future":true}
                """;

        assertThat(EventAttributes.ofIndicatorEvent(json)).containsOnly(
                Map.entry("type", List.of("RETRACTED")),
                Map.entry("region", List.of("大同市")),
                Map.entry("kind", List.of("actual")),
                Map.entry("documentId", List.of("d-2")),
                Map.entry("regionScope", List.of("140200", "140000", "000000")));
    }

    @Test
    void absentAndNullFieldsAreLeftOut() {
        assertThat(EventAttributes.ofIndicatorEvent("{\"type\":null,\"indicator\":null,\"targetKey\":\"k\"}"))
                .containsOnly(Map.entry("targetKey", List.of("k")));
        assertThat(EventAttributes.ofIndicatorEvent("{}")).isEmpty();
        assertThat(EventAttributes.ofTargetEvent("  {\"region\":null}  ")).isEmpty();
    }

    @Test
    void unicodeEscapesAreDecodedSoFiltersMatchTheWrittenName() {
        String json = "{\"indicator\":{\"region\":\"\\u592a\\u539f\\u5e02\",\"documentId\":\"a\\\"b\\\\c\"}}";

        assertThat(EventAttributes.ofIndicatorEvent(json))
                .containsEntry("region", List.of("太原市"))
                .containsEntry("documentId", List.of("a\"b\\c"));
    }

    @Test
    void aRepeatedFieldKeepsItsLastValueAsBindingDid() {
        assertThat(EventAttributes.ofTargetEvent("{\"region\":\"甲\",\"region\":\"乙\"}"))
                .containsOnly(Map.entry("region", List.of("乙")));
        assertThat(EventAttributes.ofIndicatorEvent("{\"type\":\"ADDED\",\"type\":\"RETRACTED\"}"))
                .containsOnly(Map.entry("type", List.of("RETRACTED")));
    }

    @Test
    void aNumberWhereAStringBelongsIsTakenAsItsText() {
        assertThat(EventAttributes.ofTargetEvent("{\"period\":2025}")).containsEntry("period", List.of("2025"));
    }

    @Test
    void aTargetEventAsPublishedYieldsItsFilterAttributes() {
        TargetUpdatedV1 event = new TargetUpdatedV1("e-2", 1, "太原市|专利数|2021-2025", 42L, "太原市", "专利数",
                "2021-2025", "件", new BigDecimal("100"), 2020, new BigDecimal("150"), 2022, new BigDecimal("300"),
                2025, ">=", 0.25, 1, List.of("latestActual", "progress"), Instant.parse("2022-03-01T00:00:00Z"));

        assertThat(EventAttributes.ofTargetEvent(json(event))).containsOnly(
                Map.entry("region", List.of("太原市")),
                Map.entry("metric", List.of("专利数")),
                Map.entry("period", List.of("2021-2025")),
                Map.entry("targetKey", List.of("太原市|专利数|2021-2025")),
                Map.entry("regionScope", List.of("140100", "140000", "000000")));
    }

    @Test
    void unreadableIndicatorEventsAreRefused() {
        for (String json : new String[]{null, "", "   ", "不是事件", "null", "[]", "\"text\"", "42",
                "{\"type\":\"ADDED\"", "{\"type\":\"ADDED\",}", "{\"type\":\"BOGUS\"}", "{\"type\":1}",
                "{\"region\" \"x\"}", "{\"targetKey\":{\"a\":1}}", "{\"targetKey\":[\"a\"]}",
                "{\"indicator\":\"doc-1\"}", "{\"indicator\":[]}", "{\"indicator\":{\"region\":{}}}",
                "{\"indicator\":{\"region\":\"x\"}", "{\"other\":[1,2}", "{\"x\":\"\\uZZZZ\"}"}) {
            assertThatThrownBy(() -> EventAttributes.ofIndicatorEvent(json)).as(String.valueOf(json))
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining("IndicatorEventV1");
        }
    }

    @Test
    void unreadableTargetEventsAreRefused() {
        for (String json : new String[]{null, "", "不是事件", "[{}]", "{\"metric\":{}}", "{\"period\":[]}",
                "{\"region\":\"x\",", "{\"changes\":[\"a\",]}"}) {
            assertThatThrownBy(() -> EventAttributes.ofTargetEvent(json)).as(String.valueOf(json))
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining("TargetUpdatedV1");
        }
    }

    @Test
    void aTargetWebhookFilterByRegionCodeTakesTheTargetsOfThatRegionOnly() {
        TargetUpdatedV1 taiyuan = new TargetUpdatedV1("e-5", 1, "140100|地区生产总值|十四五", 8L, "太原市", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, null, 0, List.of("status"),
                Instant.parse("2024-03-01T00:00:00Z"), "lagging", "on_track", "140100", "city", "140000");
        TargetUpdatedV1 datong = new TargetUpdatedV1("e-6", 1, "140200|地区生产总值|十四五", 9L, "大同市", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, null, 0, List.of("status"),
                Instant.parse("2024-03-01T00:00:00Z"), "lagging", "on_track", "140200", "city", "140000");
        TargetUpdatedV1 uncoded = new TargetUpdatedV1("e-7", 1, "青峰市|地区生产总值|十四五", 10L, "青峰市", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, null, 0, List.of("status"),
                Instant.parse("2024-03-01T00:00:00Z"), "lagging", "on_track");

        assertThat(EventAttributes.ofTargetEvent(json(taiyuan))).containsEntry("regionCode", List.of("140100"));
        EventFilter filter = EventFilter.parse(Map.of("regionCode", List.of("140100"), "statusChanged", List.of("true")),
                LiveStreams.TARGET_FILTERS);
        assertThat(filter.matches(EventAttributes.ofTargetEvent(json(taiyuan)))).isTrue();
        assertThat(filter.matches(EventAttributes.ofTargetEvent(json(datong)))).isFalse();
        assertThat(filter.matches(EventAttributes.ofTargetEvent(json(uncoded)))).isFalse();
    }

    @Test
    void anIndicatorFilterByRegionCodeReadsTheIndicatorsCode() {
        IndicatorV1 coded = new IndicatorV1("doc-2-9", "doc-2", "地区生产总值", new BigDecimal("5000"), "亿元", "actual",
                null, null, null, 2023, "其中，太原市地区生产总值5000亿元。", 3, 7, "economy", 0.9, "太原市", null,
                null, null, null, "140100");
        IndicatorEventV1 event = new IndicatorEventV1("e-8", 1, IndicatorEventV1.Type.ADDED, "140100|地区生产总值|",
                "地区生产总值", coded, Instant.parse("2024-03-01T00:00:00Z"));
        EventFilter filter = EventFilter.parse(Map.of("regionCode", List.of("140100")), LiveStreams.INDICATOR_FILTERS);

        assertThat(filter.matches(EventAttributes.ofIndicatorEvent(json(event)))).isTrue();
        assertThat(filter.matches(EventAttributes.ofIndicatorEvent(json(new IndicatorEventV1("e-9", 1,
                IndicatorEventV1.Type.ADDED, "太原市|专利数|2021-2025", "专利数", INDICATOR,
                Instant.parse("2021-03-01T00:00:00Z")))))).isFalse();
    }

    private static String json(Object event) {
        return new String(EventJson.toBytes(event), StandardCharsets.UTF_8);
    }

    @Test
    void aTargetEventCarriesItsStatusAndWhetherItChanged() {
        TargetUpdatedV1 became = new TargetUpdatedV1("e-3", 1, "山西省|地区生产总值|十四五", 7L, "山西省", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, 0.2, 0, List.of("status"),
                Instant.parse("2024-03-01T00:00:00Z"), "lagging", "on_track");
        TargetUpdatedV1 stayed = new TargetUpdatedV1("e-4", 1, "山西省|地区生产总值|十四五", 7L, "山西省", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, 0.2, 0, List.of("progress"),
                Instant.parse("2024-03-01T00:00:00Z"), "lagging", null);

        assertThat(EventAttributes.ofTargetEvent(json(became)))
                .containsEntry("status", List.of("lagging")).containsEntry("statusChanged", List.of("true"));
        assertThat(EventAttributes.ofTargetEvent(json(stayed)))
                .containsEntry("status", List.of("lagging")).containsEntry("statusChanged", List.of("false"));
        assertThat(EventFilter.parse(Map.of("status", List.of("lagging"), "statusChanged", List.of("true")),
                LiveStreams.TARGET_FILTERS))
                .satisfies(f -> assertThat(f.matches(EventAttributes.ofTargetEvent(json(became)))).isTrue())
                .satisfies(f -> assertThat(f.matches(EventAttributes.ofTargetEvent(json(stayed)))).isFalse());
    }

    @Test
    void anUnknownStatusFilterIsAProblemNamingIt() {
        assertThatThrownBy(() -> EventFilter.parse(Map.of("status", List.of("late")), LiveStreams.TARGET_FILTERS))
                .hasMessageContaining("'status'").hasMessageContaining("'late'");
        assertThatThrownBy(() -> EventFilter.parse(Map.of("statusChanged", List.of("yes")),
                LiveStreams.TARGET_FILTERS)).hasMessageContaining("'statusChanged'");
    }
}
