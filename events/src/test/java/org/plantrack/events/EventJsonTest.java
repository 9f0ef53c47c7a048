package org.plantrack.events;

import org.junit.jupiter.api.Test;
import org.plantrack.events.serde.EventSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    @Test
    void ingestedEventSurvivesTheWireWithItsBytes() {
        byte[] gbkLikeBytes = {(byte) 0xC4, (byte) 0xEA, 0x0A, 0x00, (byte) 0xFF};
        var event = new DocumentIngestedV1(EventIds.newId(), DocumentIngestedV1.SCHEMA_VERSION, "doc-1", "ab12",
                "报告.txt", "text/plain", gbkLikeBytes.length, gbkLikeBytes, new DocumentHintsV1("标题", null, null, null),
                2, Instant.parse("2026-01-02T03:04:05Z"));

        byte[] wire = new EventSerializer<DocumentIngestedV1>().serialize(Topics.DOCUMENTS_INGESTED, event);
        // consumers read records with EventJson (the serde deserializers were never configured anywhere)
        DocumentIngestedV1 back = EventJson.fromBytes(wire, DocumentIngestedV1.class);

        assertThat(back.content()).containsExactly(gbkLikeBytes);
        assertThat(back.fileName()).isEqualTo("报告.txt");
        assertThat(back.hints().title()).isEqualTo("标题");
        assertThat(back.analysisRun()).isEqualTo(2);
        assertThat(back.receivedAt()).isEqualTo(event.receivedAt());
        assertThat(new String(wire, StandardCharsets.UTF_8)).contains("\"receivedAt\":\"2026-01-02T03:04:05Z\"");
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String json = "{\"eventId\":\"e\",\"schemaVersion\":1,\"documentId\":\"d\",\"outcome\":\"FAILED\","
                + "\"failureReason\":\"empty\",\"addedLater\":42}";
        DocumentAnalyzedV1 event = EventJson.fromBytes(json.getBytes(StandardCharsets.UTF_8), DocumentAnalyzedV1.class);
        assertThat(event.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(event.failureReason()).isEqualTo("empty");
    }

    @Test
    void regionCodesTravelAndEventsWithoutThemStillRead() {
        var event = new DocumentAnalyzedV1(EventIds.newId(), 1, "d", 1, DocumentAnalyzedV1.Outcome.ANALYZED, null,
                "标题", "simplified", "UTF-8", "news", "涪城区", "county", "十四五", "2021", null, java.util.List.of(),
                java.util.List.of(), Instant.parse("2026-01-02T03:04:05Z"), "正文", "510703", "510700");
        byte[] wire = new EventSerializer<DocumentAnalyzedV1>().serialize(Topics.DOCUMENTS_ANALYZED, event);
        DocumentAnalyzedV1 back = EventJson.fromBytes(wire, DocumentAnalyzedV1.class);
        assertThat(back.regionCode()).isEqualTo("510703");
        assertThat(back.regionParentCode()).isEqualTo("510700");

        // a version-1 producer that predates the codes
        String old = "{\"eventId\":\"e\",\"schemaVersion\":1,\"documentId\":\"d\",\"outcome\":\"ANALYZED\","
                + "\"region\":\"太原市\",\"regionLevel\":\"city\"}";
        DocumentAnalyzedV1 read = EventJson.fromBytes(old.getBytes(StandardCharsets.UTF_8), DocumentAnalyzedV1.class);
        assertThat(read.region()).isEqualTo("太原市");
        assertThat(read.regionCode()).isNull();
    }

    @Test
    void indicatorCarriesItsCanonicalMetricAndAttribute() {
        var indicator = new IndicatorV1("d-1", "d", "全市GDP", new java.math.BigDecimal("5000"), "亿元", "target", null,
                null, null, 2025, "到2025年全市GDP达到5000亿元。", 3, 7, "economy", 0.9, "某市", "十四五", null,
                new IndicatorV1.CanonicalMetric("gdp", "地区生产总值"), IndicatorV1.ANTICIPATORY);
        IndicatorV1 back = EventJson.fromBytes(EventJson.toBytes(indicator), IndicatorV1.class);
        assertThat(back).isEqualTo(indicator);
        assertThat(new String(EventJson.toBytes(indicator), StandardCharsets.UTF_8))
                .contains("\"canonicalMetric\":{\"id\":\"gdp\",\"name\":\"地区生产总值\"}")
                .contains("\"attribute\":\"anticipatory\"");
    }

    @Test
    void anIndicatorWrittenBeforeTheCatalogueReadsWithoutIt() {
        String json = "{\"id\":\"d-1\",\"documentId\":\"d\",\"metric\":\"森林覆盖率\",\"value\":45,\"unit\":\"%\","
                + "\"kind\":\"target\",\"start\":1,\"end\":3,\"confidence\":0.9}";
        IndicatorV1 old = EventJson.fromBytes(json.getBytes(StandardCharsets.UTF_8), IndicatorV1.class);
        assertThat(old.metric()).isEqualTo("森林覆盖率");
        assertThat(old.canonicalMetric()).isNull();
        assertThat(old.attribute()).isNull();
        assertThat(old.regionCode()).isNull();
    }

    @Test
    void indicatorCarriesTheCodeOfItsRegion() {
        var indicator = new IndicatorV1("d-1", "d", "全市GDP", new java.math.BigDecimal("5000"), "亿元", "target", null,
                null, null, 2025, "到2025年全市GDP达到5000亿元。", 3, 7, "economy", 0.9, "太原市", "十四五", null, null,
                null, "140100");
        IndicatorV1 back = EventJson.fromBytes(EventJson.toBytes(indicator), IndicatorV1.class);
        assertThat(back.regionCode()).isEqualTo("140100");
        assertThat(new String(EventJson.toBytes(indicator), StandardCharsets.UTF_8)).contains("\"regionCode\":\"140100\"");
    }

    @Test
    void garbageIsAMalformedEventNamingTheType() {
        assertThatThrownBy(() -> EventJson.fromBytes("{not json".getBytes(StandardCharsets.UTF_8), IndicatorEventV1.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("IndicatorEventV1");
    }

    @Test
    void everyTopicIsVersionedAndDistinct() {
        assertThat(Topics.all()).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t).startsWith("plantrack."));
        assertThat(Topics.DEFAULT_PARTITIONS).isGreaterThan(1);
    }

    @Test
    void targetStatusAndItsChangeTravelAndOlderEventsReadWithoutThem() {
        var event = new TargetUpdatedV1(EventIds.newId(), 1, "山西省|地区生产总值|十四五", 7L, "山西省", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, 0.2, 0, java.util.List.of("status"),
                Instant.parse("2026-01-02T03:04:05Z"), "lagging", "on_track");
        byte[] wire = new EventSerializer<TargetUpdatedV1>().serialize(Topics.TARGETS_UPDATED, event);
        TargetUpdatedV1 back = EventJson.fromBytes(wire, TargetUpdatedV1.class);
        assertThat(back.status()).isEqualTo("lagging");
        assertThat(back.previousStatus()).isEqualTo("on_track");
        assertThat(back.statusChanged()).isTrue();
        assertThat(new String(wire, StandardCharsets.UTF_8)).doesNotContain("\"statusChanged\"");

        String old = "{\"eventId\":\"e\",\"schemaVersion\":1,\"targetKey\":\"k\",\"targetId\":3,\"conflicts\":0}";
        TargetUpdatedV1 read = EventJson.fromBytes(old.getBytes(StandardCharsets.UTF_8), TargetUpdatedV1.class);
        assertThat(read.status()).isNull();
        assertThat(read.statusChanged()).isFalse();
    }

    @Test
    void targetRegionCodesTravelAndOlderEventsReadWithoutThem() {
        var event = new TargetUpdatedV1(EventIds.newId(), 1, "140100|地区生产总值|十四五", 9L, "太原市", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, null, 0, java.util.List.of(),
                Instant.parse("2026-01-02T03:04:05Z"), "no_data", null, "140100", "city", "140000");
        byte[] wire = new EventSerializer<TargetUpdatedV1>().serialize(Topics.TARGETS_UPDATED, event);
        TargetUpdatedV1 back = EventJson.fromBytes(wire, TargetUpdatedV1.class);
        assertThat(back.regionCode()).isEqualTo("140100");
        assertThat(back.regionLevel()).isEqualTo("city");
        assertThat(back.regionParentCode()).isEqualTo("140000");

        String old = "{\"eventId\":\"e\",\"schemaVersion\":1,\"targetKey\":\"k\",\"targetId\":3,\"conflicts\":0,"
                + "\"region\":\"青峰市\",\"status\":\"lagging\"}";
        TargetUpdatedV1 read = EventJson.fromBytes(old.getBytes(StandardCharsets.UTF_8), TargetUpdatedV1.class);
        assertThat(read.region()).isEqualTo("青峰市");
        assertThat(read.regionCode()).isNull();
        assertThat(read.regionParentCode()).isNull();
    }

    @Test
    void targetCatalogueFieldsTravelAndOlderEventsReadWithoutThem() {
        var event = new TargetUpdatedV1(EventIds.newId(), 1, "140100|地区生产总值|十四五", 9L, "太原市", "地区生产总值",
                "十四五", "亿元", null, null, null, null, null, null, null, null, 0, java.util.List.of(),
                Instant.parse("2026-01-02T03:04:05Z"), "no_data", null, "140100", "city", "140000", "gdp",
                "地区生产总值", "anticipatory");
        byte[] wire = new EventSerializer<TargetUpdatedV1>().serialize(Topics.TARGETS_UPDATED, event);
        TargetUpdatedV1 back = EventJson.fromBytes(wire, TargetUpdatedV1.class);
        assertThat(back.catalogueId()).isEqualTo("gdp");
        assertThat(back.catalogueName()).isEqualTo("地区生产总值");
        assertThat(back.attribute()).isEqualTo("anticipatory");

        String old = "{\"eventId\":\"e\",\"schemaVersion\":1,\"targetKey\":\"k\",\"targetId\":3,\"conflicts\":0,"
                + "\"metric\":\"森林覆盖率\",\"regionCode\":\"140100\"}";
        TargetUpdatedV1 read = EventJson.fromBytes(old.getBytes(StandardCharsets.UTF_8), TargetUpdatedV1.class);
        assertThat(read.metric()).isEqualTo("森林覆盖率");
        assertThat(read.regionCode()).isEqualTo("140100");
        assertThat(read.catalogueId()).isNull();
        assertThat(read.attribute()).isNull();
    }
}
