package org.plantrack.targetservice;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorEventV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.outbox.OutboxRecord;
import org.plantrack.targetservice.repository.TargetOutbox;
import org.plantrack.targetservice.service.AggregationService;
import org.plantrack.targetservice.rest.CsvCells;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

/**
 * The service on a real broker and a real PostgreSQL: indicator sets of several documents about one region become
 * targets with series, baseline, progress and conflicts; redelivery and stale runs change nothing; re-analysis
 * retracts; events appear on the topics. Each test uses its own (fictional) region so tests do not interfere.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class TargetServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    AggregationService aggregation;

    @Test
    void documentsAboutOneRegionBecomeTargetsWithSeriesBaselineProgressAndConflicts() {
        String region = "晋阳市";
        String planDoc = doc();
        String reportDoc = doc();
        String reviewDoc = doc();
        publishAndAwait(event(planDoc, 1, region, "十四五", "2021-03-01",
                ind(planDoc, 10, "高新技术企业数量", "2132", "家", "actual", 2020, "626", null,
                        "高新技术企业由626家增加到2132家。"),
                ind(planDoc, 40, "高新技术企业", "4500", "家", "target", 2025, null, ">=",
                        "到2025年，高新技术企业达到4500家以上。"),
                ind(planDoc, 70, "地区生产总值", "4000", "亿元", "actual", 2020, null, null,
                        "2020年全市地区生产总值达到4000亿元。"),
                ind(planDoc, 100, "GDP", "5000", "亿元", "target", 2025, null, null,
                        "到2025年，GDP达到5000亿元。")));
        publishAndAwait(event(reportDoc, 1, region, null, "2023-02-01",
                ind(reportDoc, 5, "高新技术企业数", "3100", "家", "actual", 2022, null, null,
                        "2022年高新技术企业数达到3100家。"),
                ind(reportDoc, 30, "地区生产总值", "4700", "亿元", "actual", 2022, null, null,
                        "2022年地区生产总值4700亿元。"),
                ind(reportDoc, 60, "全市地区生产总值", "41000000", "万元", "actual", 2020, null, null,
                        "2020年全市地区生产总值41000000万元。")));
        publishAndAwait(event(reviewDoc, 1, region, "十四五", "2021-06-01",
                ind(reviewDoc, 8, "地区生产总值", "4000", "亿元", "actual", 2020, null, null,
                        "2020年地区生产总值为4000亿元。")));

        // indicators are queryable, by metric as written and canonical
        JsonPath planIndicators = given().queryParam("documentId", planDoc).queryParam("sort", "start")
                .get("/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(planIndicators.getList("metric")).containsExactly("高新技术企业数量", "高新技术企业", "地区生产总值", "GDP");
        assertThat(planIndicators.getList("canonicalMetric")).containsExactly("高新技术企业", "高新技术企业",
                "地区生产总值", "地区生产总值");
        assertThat(planIndicators.getString("[1].sentence")).isEqualTo("到2025年，高新技术企业达到4500家以上。");
        assertThat(planIndicators.getString("[1].qualifier")).isEqualTo(">=");
        assertThat(planIndicators.getInt("[1].year")).isEqualTo(2025);
        assertThat(planIndicators.getString("[1].planPeriod")).isEqualTo("十四五");
        assertThat(given().queryParam("region", region).queryParam("metric", "GDP").get("/indicators")
                .then().extract().jsonPath().getList("documentId")).hasSize(5);
        assertThat(given().queryParam("region", region).queryParam("metric", "高新技术企业数").get("/indicators")
                .then().extract().jsonPath().getList("value", String.class)).hasSize(3);
        assertThat(given().queryParam("region", region).queryParam("q", "41000000万元").get("/indicators")
                .then().extract().jsonPath().getList("canonicalValue", String.class)).containsExactly("410000000000");
        assertThat(given().queryParam("region", region).queryParam("kind", "target").queryParam("yearFrom", 2025)
                .get("/indicators").then().extract().jsonPath().getList("value", String.class))
                .containsExactlyInAnyOrder("4500", "5000");

        // the high-tech target: explicit baseline 626, latest actual 3100 (2022), target 4500 (2025)
        JsonPath hightech = given().queryParam("region", region).queryParam("metric", "高新技术企业")
                .get("/targets").then().statusCode(200).extract().jsonPath();
        assertThat(hightech.getList("id")).hasSize(1);
        assertThat(hightech.getString("[0].period")).isEqualTo("十四五");
        assertThat(hightech.getString("[0].unit")).isEqualTo("家");
        assertThat(hightech.getString("[0].baseline")).isEqualTo("626");
        assertThat(hightech.getString("[0].latestActual")).isEqualTo("3100");
        assertThat(hightech.getInt("[0].latestActualYear")).isEqualTo(2022);
        assertThat(hightech.getString("[0].targetValue")).isEqualTo("4500");
        assertThat(hightech.getString("[0].targetQualifier")).isEqualTo(">=");
        assertThat(hightech.getDouble("[0].progress")).isEqualTo(0.6386);
        assertThat(hightech.getInt("[0].documents")).isEqualTo(2);

        // GDP: 万元 and 亿元 compared canonically; 2020 has 4000 (two documents) against 4100: a conflict
        long gdpId = given().queryParam("region", region).queryParam("metric", "地区生产总值")
                .get("/targets").then().extract().jsonPath().getLong("[0].id");
        JsonPath gdp = given().get("/targets/" + gdpId).then().statusCode(200).extract().jsonPath();
        assertThat(gdp.getString("target.unit")).isEqualTo("亿元");
        assertThat(gdp.getString("target.baseline")).isEqualTo("4000");
        assertThat(gdp.getInt("target.baselineYear")).isEqualTo(2020);
        assertThat(gdp.getString("target.latestActual")).isEqualTo("4700");
        assertThat(gdp.getString("target.targetValue")).isEqualTo("5000");
        assertThat(gdp.getDouble("target.progress")).isEqualTo(0.7);
        assertThat(gdp.getInt("target.conflicts")).isEqualTo(1);
        assertThat(gdp.getList("conflicts.year")).containsExactly(2020);
        assertThat(gdp.getList("conflicts[0].values", String.class)).containsExactly("4000", "4100");
        assertThat(gdp.getList("conflicts[0].sources.documentId", String.class))
                .containsExactlyInAnyOrder(planDoc, reportDoc, reviewDoc);
        assertThat(gdp.getList("series.year")).containsExactly(2020, 2022, 2025);
        assertThat(gdp.getBoolean("series[0].conflict")).isTrue();
        assertThat(gdp.getList("series[2].sources.sentence", String.class)).containsExactly("到2025年，GDP达到5000亿元。");
        assertThat(gdp.getList("documents.documentId", String.class)).hasSize(3);

        // catalog
        JsonPath regions = given().get("/regions").then().statusCode(200).extract().jsonPath();
        assertThat(regions.getInt("find { it.region == '晋阳市' }.indicators")).isEqualTo(8);
        assertThat(regions.getInt("find { it.region == '晋阳市' }.targets")).isEqualTo(2);
        assertThat(regions.getInt("find { it.region == '晋阳市' }.documents")).isEqualTo(3);
        JsonPath metrics = given().get("/metrics").then().statusCode(200).extract().jsonPath();
        assertThat(metrics.getList("find { it.metric == '高新技术企业' }.variants", String.class))
                .contains("高新技术企业", "高新技术企业数", "高新技术企业数量");

        // the added indicators were announced after the commit, keyed by target key
        List<ConsumerRecord<String, byte[]>> added = TestTopics.read(Topics.INDICATOR_EVENTS,
                r -> planDoc.equals(EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()),
                4, WAIT);
        assertThat(added).hasSize(4);
        IndicatorEventV1 first = EventJson.fromBytes(added.get(0).value(), IndicatorEventV1.class);
        assertThat(first.type()).isEqualTo(IndicatorEventV1.Type.ADDED);
        assertThat(added).extracting(ConsumerRecord::key).allMatch(k -> k.startsWith(region + "|"));
        assertThat(added).extracting(r -> EventJson.fromBytes(r.value(), IndicatorEventV1.class).targetKey())
                .contains(region + "|高新技术企业|十四五", region + "|地区生产总值|十四五");
        List<ConsumerRecord<String, byte[]>> updates = TestTopics.read(Topics.TARGETS_UPDATED,
                r -> (region + "|高新技术企业|十四五").equals(r.key()), 2, WAIT);
        assertThat(updates).hasSize(2);
        TargetUpdatedV1 latest = EventJson.fromBytes(updates.get(1).value(), TargetUpdatedV1.class);
        assertThat(latest.latestActual()).isEqualByComparingTo("3100");
        assertThat(latest.changes()).anyMatch(c -> c.contains("added actual 3100家 (2022)"));
    }

    @Test
    void redeliveryAndStaleRunsChangeNothingAndReanalysisRetracts() {
        String region = "汾水市";
        String d = doc();
        IndicatorV1 actual = ind(d, 10, "森林覆盖率", "40", "%", "actual", 2020, null, null, "2020年森林覆盖率为40%。");
        IndicatorV1 target = ind(d, 30, "森林覆盖率", "45", "%", "target", 2025, null, ">=",
                "到2025年森林覆盖率提高到45%以上。");
        IndicatorsExtractedV1 run1 = event(d, 1, region, "十四五", null, actual, target);
        publishAndAwait(run1);
        long targetId = given().queryParam("region", region).get("/targets").then().extract().jsonPath()
                .getLong("[0].id");
        String updatedAt = given().get("/targets/" + targetId).then().extract().jsonPath()
                .getString("target.updatedAt");

        // the same event again: same rows, target untouched
        publishAndAwait(run1);
        assertThat(given().queryParam("documentId", d).get("/indicators").then().extract().jsonPath()
                .getList("id", String.class)).containsExactlyInAnyOrder(actual.id(), target.id());
        assertThat(given().get("/targets/" + targetId).then().extract().jsonPath().getString("target.updatedAt"))
                .isEqualTo(updatedAt);

        // re-analysis (run 2) with a different target value: the old point is retracted, the new one added
        IndicatorV1 newTarget = ind(d, 30, "森林覆盖率", "46", "%", "target", 2025, null, ">=",
                "到2025年森林覆盖率提高到46%以上。");
        publishAndAwait(event(d, 2, region, "十四五", null, actual, newTarget));
        // run 1 arriving late is ignored
        publishAndAwait(run1);

        JsonPath indicators = given().queryParam("documentId", d).get("/indicators").then().extract().jsonPath();
        assertThat(indicators.getList("id", String.class)).containsExactlyInAnyOrder(actual.id(), newTarget.id());
        JsonPath t = given().get("/targets/" + targetId).then().extract().jsonPath();
        assertThat(t.getString("target.targetValue")).isEqualTo("46");
        assertThat(t.getList("series.sources.flatten().indicatorId", String.class)).doesNotContain(target.id());

        List<IndicatorEventV1> events = TestTopics.read(Topics.INDICATOR_EVENTS,
                        r -> d.equals(EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()),
                        4, WAIT).stream()
                .map(r -> EventJson.fromBytes(r.value(), IndicatorEventV1.class)).toList();
        assertThat(events).extracting(e -> e.type() + " " + e.indicator().id()).containsExactlyInAnyOrder(
                "ADDED " + actual.id(), "ADDED " + target.id(), "RETRACTED " + target.id(),
                "ADDED " + newTarget.id());
        // and nothing more arrives for this document (the redelivered and stale events produced no events)
        assertThat(TestTopics.read(Topics.INDICATOR_EVENTS,
                r -> d.equals(EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()),
                5, Duration.ofSeconds(3))).hasSize(4);

        // deleting the document (announced by ingest-service under run 3) retracts everything it stated and removes
        // the emptied target
        TestTopics.publish(Topics.DOCUMENTS_DELETED, d, EventJson.toBytes(new org.plantrack.events.DocumentDeletedV1(
                UUID.randomUUID().toString(), 1, d, 3, Instant.now())));
        await(() -> given().queryParam("documentId", d).get("/indicators").then().extract().jsonPath()
                .getList("id").isEmpty(), "the retraction of " + d);
        given().get("/targets/" + targetId).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void cleanedSpansAreStoredShownAndPassedOnWhileIndicatorsWithoutOneStayListed() {
        String region = "沁源市";
        String d = doc();
        IndicatorV1 plain = ind(d, 10, "森林覆盖率", "40", "%", "actual", 2020, null, null, "2020年森林覆盖率为40%。");
        IndicatorV1 withSpan = new IndicatorV1(plain.id() + "-c", d, "森林覆盖率", new BigDecimal("45"), "%", "target",
                ">=", null, null, 2025, "到2025年森林覆盖率提高到45%以上。", 30, 48, "ecology", 0.9, null, null,
                new IndicatorV1.CleanedSpan(21, 24, 12, 31));
        publishAndAwait(event(d, 1, region, "十四五", null, plain, withSpan));

        JsonPath view = given().queryParam("documentId", d).get("/indicators").then().statusCode(200).extract()
                .jsonPath();
        assertThat(view.getMap("find { it.id == '" + withSpan.id() + "' }.cleaned")).containsExactlyInAnyOrderEntriesOf(
                Map.of("valueStart", 21, "valueEnd", 24, "sentenceStart", 12, "sentenceEnd", 31));
        assertThat(view.getString("find { it.id == '" + plain.id() + "' }.cleaned")).isNull();

        List<IndicatorEventV1> added = TestTopics.read(Topics.INDICATOR_EVENTS,
                        r -> d.equals(EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()),
                        2, WAIT).stream()
                .map(r -> EventJson.fromBytes(r.value(), IndicatorEventV1.class)).toList();
        assertThat(added).filteredOn(e -> e.indicator().id().equals(withSpan.id()))
                .extracting(e -> e.indicator().cleaned())
                .containsExactly(new IndicatorV1.CleanedSpan(21, 24, 12, 31));
        assertThat(added).filteredOn(e -> e.indicator().id().equals(plain.id()))
                .extracting(e -> e.indicator().cleaned()).containsExactly((IndicatorV1.CleanedSpan) null);
    }

    @Test
    void reanalysisThatReadsTheSameStatementDifferentlyUpdatesTheStoredIndicator() {
        String region = "漳河市";
        String d = doc();
        IndicatorV1 first = ind(d, 30, "森林覆盖率", "45", "%", "target", 2025, null, null, "森林覆盖率提高到45%。");
        publishAndAwait(event(d, 1, region, "十四五", null, first));

        // same id (document, offsets, metric, value, unit, kind): a better reading of the same statement
        IndicatorV1 reread = reread(first, Map.of("qualifier", ">=", "baseline", 40, "domain", "ecology",
                "confidence", 0.95, "sentence", "到2025年森林覆盖率提高到45%以上。",
                "cleaned", Map.of("valueStart", 14, "valueEnd", 16, "sentenceStart", 0, "sentenceEnd", 20)));
        assertThat(reread.id()).isEqualTo(first.id());
        publishAndAwait(event(d, 2, region, "十四五", null, reread));

        JsonPath stored = given().queryParam("documentId", d).get("/indicators").then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getList("id", String.class)).containsExactly(first.id());
        assertThat(stored.getString("[0].qualifier")).isEqualTo(">=");
        assertThat(stored.getDouble("[0].baseline")).isEqualTo(40.0);
        assertThat(stored.getString("[0].domain")).isEqualTo("ecology");
        assertThat(stored.getDouble("[0].confidence")).isEqualTo(0.95);
        assertThat(stored.getString("[0].sentence")).isEqualTo("到2025年森林覆盖率提高到45%以上。");
        assertThat(stored.getMap("[0].cleaned")).containsEntry("valueStart", 14).containsEntry("sentenceEnd", 20);
        // consumers see the old reading replaced by the new one
        List<IndicatorEventV1> events = TestTopics.read(Topics.INDICATOR_EVENTS,
                        r -> d.equals(EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()),
                        3, WAIT).stream()
                .map(r -> EventJson.fromBytes(r.value(), IndicatorEventV1.class)).toList();
        assertThat(events).extracting(e -> e.type() + " " + e.indicator().qualifier())
                .containsExactly("ADDED null", "RETRACTED null", "ADDED >=");
    }

    @Test
    void anIndicatorMovedToAnotherTargetTakesItsNewCleanedSpanAndItsRetractionCarriesTheOldOne() {
        String d = doc();
        IndicatorV1 first = reread(ind(d, 30, "森林覆盖率", "45", "%", "target", 2025, null, ">=",
                "到2025年森林覆盖率提高到45%以上。"), Map.of("cleaned",
                Map.of("valueStart", 20, "valueEnd", 22, "sentenceStart", 6, "sentenceEnd", 26)));
        publishAndAwait(event(d, 1, "淇水市", "十四五", null, first));

        // re-analysis places the document in another region (another target); the cleaned text changed too
        IndicatorV1 moved = reread(first, Map.of("cleaned",
                Map.of("valueStart", 14, "valueEnd", 16, "sentenceStart", 0, "sentenceEnd", 20)));
        publishAndAwait(event(d, 2, "淇县", "十四五", null, moved));

        JsonPath stored = given().queryParam("documentId", d).get("/indicators").then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getString("[0].region")).isEqualTo("淇县");
        assertThat(stored.getMap("[0].cleaned")).containsEntry("valueStart", 14).containsEntry("sentenceEnd", 20);
        List<IndicatorEventV1> events = TestTopics.read(Topics.INDICATOR_EVENTS,
                        r -> d.equals(EventJson.fromBytes(r.value(), IndicatorEventV1.class).indicator().documentId()),
                        3, WAIT).stream()
                .map(r -> EventJson.fromBytes(r.value(), IndicatorEventV1.class)).toList();
        // two targets, two keys: the order across them is not fixed
        assertThat(events).extracting(e -> e.type() + " "
                        + (e.indicator().cleaned() == null ? null : e.indicator().cleaned().valueStart()))
                .containsExactlyInAnyOrder("ADDED 20", "RETRACTED 20", "ADDED 14");
    }

    /** The indicator with some fields read differently; through JSON, so that fields added later keep their value. */
    private static IndicatorV1 reread(IndicatorV1 indicator, Map<String, Object> changes) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = EventJson.mapper().valueToTree(indicator);
        changes.forEach((field, value) -> tree.set(field, EventJson.mapper().valueToTree(value)));
        try {
            return EventJson.mapper().treeToValue(tree, IndicatorV1.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void csvIsWhatASpreadsheetReads() {
        String region = "云岭县";
        String d = doc();
        publishAndAwait(event(d, 1, region, "十四五", null,
                ind(d, 12, "农村居民人均可支配收入", "2.1", "万元", "target", 2025, null, null,
                        "到2025年, 农村居民人均可支配收入达到\"2.1万元\"。"),
                ind(d, 80, "农村居民人均可支配收入", "1.6", "万元", "actual", null, null, null,
                        "目前农村居民人均可支配收入1.6万元。")));

        // JSON keeps unknown fields as explicit nulls
        given().queryParam("documentId", d).queryParam("sort", "start").get("/indicators").then().statusCode(200)
                .body("[1]", hasKey("year")).body("[1].year", nullValue()).body("[1].baseline", nullValue());

        byte[] body = given().queryParam("documentId", d).queryParam("format", "csv").get("/indicators")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = CsvCells.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        Map<String, String> row = zip(rows.get(0), rows.get(1));
        assertThat(row.get("region")).isEqualTo("云岭县");
        assertThat(row.get("metric")).isEqualTo("农村居民人均可支配收入");
        assertThat(row.get("value")).isEqualTo("2.1");
        assertThat(row.get("unit")).isEqualTo("万元");
        assertThat(row.get("canonicalValue")).isEqualTo("21000");
        assertThat(row.get("sentence")).isEqualTo("到2025年, 农村居民人均可支配收入达到\"2.1万元\"。");

        byte[] targets = given().accept("text/csv").queryParam("region", region).get("/targets")
                .then().statusCode(200).extract().asByteArray();
        List<List<String>> trows = CsvCells.parse(new String(targets, 3, targets.length - 3, StandardCharsets.UTF_8));
        assertThat(zip(trows.get(0), trows.get(1))).containsEntry("targetValue", "2.1").containsEntry("unit", "万元");

        long id = given().queryParam("region", region).get("/targets").then().extract().jsonPath().getLong("[0].id");
        byte[] detail = given().accept("text/csv").get("/targets/" + id).then().statusCode(200).extract().asByteArray();
        List<List<String>> drows = CsvCells.parse(new String(detail, 3, detail.length - 3, StandardCharsets.UTF_8));
        assertThat(drows).hasSize(3);
        // the undated actual is placed at the year before the plan period, marked as inferred
        assertThat(zip(drows.get(0), drows.get(1))).containsEntry("year", "2020").containsEntry("yearInferred", "true")
                .containsEntry("kind", "actual").containsEntry("valueAsWritten", "1.6");
        assertThat(zip(drows.get(0), drows.get(2))).containsEntry("year", "2025").containsEntry("yearInferred", "false")
                .containsEntry("kind", "target").containsEntry("valueAsWritten", "2.1").containsEntry("documentId", d);
    }

    @Test
    void nationalGdpIsTheRegionsGdpOnlyInNationalDocuments() {
        String national = doc();
        String city = doc();
        publishAndAwait(new IndicatorsExtractedV1(UUID.randomUUID().toString(), 1, national, 1, "全国", "national",
                "十四五", null, List.of(ind(national, 4, "国内生产总值", "100", "万亿元", "actual", 2020, null, null,
                "2020年国内生产总值突破100万亿元。")), Instant.now()));
        publishAndAwait(event(city, 1, "南溪市", "十四五", null,
                ind(city, 4, "国内生产总值", "100", "万亿元", "actual", 2020, null, null,
                        "全国国内生产总值突破100万亿元。")));
        assertThat(given().queryParam("documentId", national).get("/indicators").then().extract().jsonPath()
                .getString("[0].canonicalMetric")).isEqualTo("地区生产总值");
        assertThat(given().queryParam("documentId", city).get("/indicators").then().extract().jsonPath()
                .getString("[0].canonicalMetric")).isEqualTo("国内生产总值");
        assertThat(given().queryParam("documentId", national).get("/indicators").then().extract().jsonPath()
                .getString("[0].canonicalValue")).isEqualTo("100000000000000");
    }

    @Test
    void compareAcrossRegionsAndSynonymsUsersAdd() {
        String a = doc();
        String b = doc();
        publishAndAwait(event(a, 1, "东湖区", "十四五", null,
                ind(a, 3, "常住人口城镇化率", "70", "%", "target", 2025, null, null, "到2025年常住人口城镇化率达到70%。"),
                ind(a, 9, "数字企业", "50", "家", "actual", 2021, null, null, "数字企业50家。")));
        publishAndAwait(event(b, 1, "西山区", "十四五", null,
                ind(b, 3, "城镇化率", "62", "%", "target", 2025, null, null, "到2025年城镇化率达到62%。"),
                ind(b, 9, "数字经济企业", "80", "家", "actual", 2021, null, null, "数字经济企业80家。")));

        JsonPath cmp = given().queryParam("metric", "城镇化率").get("/targets/compare").then().statusCode(200)
                .extract().jsonPath();
        assertThat(cmp.getList("region", String.class)).contains("东湖区", "西山区");
        assertThat(cmp.getString("find { it.region == '西山区' }.targetValue")).isEqualTo("62");

        // 数字企业 is a separate metric until a user says it is 数字经济企业
        assertThat(given().queryParam("metric", "数字经济企业").get("/targets/compare").then().extract().jsonPath()
                .getList("region", String.class)).containsExactly("西山区");
        given().contentType(ContentType.JSON).body(Map.of("variant", "数字企业", "canonical", "数字经济企业"))
                .post("/metrics/synonyms").then().statusCode(201)
                .body("synonym.source", equalTo("user")).body("regroupedDocuments", equalTo(1));
        assertThat(given().queryParam("metric", "数字经济企业").get("/targets/compare").then().extract().jsonPath()
                .getList("region", String.class)).containsExactly("东湖区", "西山区");
        // actuals only: a series under the user's name, not a target
        assertThat(given().queryParam("region", "东湖区").queryParam("metric", "数字企业").get("/series")
                .then().extract().jsonPath().getList("metric", String.class)).containsExactly("数字经济企业");
        assertThat(given().queryParam("region", "东湖区").queryParam("metric", "数字企业").get("/targets")
                .then().extract().jsonPath().getList("metric", String.class)).isEmpty();
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndErrorsAreProblems() {
        String key = "bad-" + UUID.randomUUID();
        byte[] garbage = "{\"documentId\": 42, \"indicators\": \"none\"".getBytes(StandardCharsets.UTF_8);
        TestTopics.publish(Topics.INDICATORS_EXTRACTED, key, garbage);
        List<ConsumerRecord<String, byte[]>> dead = TestTopics.read(Topics.DLQ_TARGET, r -> key.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(garbage);

        given().queryParam("size", 0).get("/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("size must be between 1 and 1000, was 0"));
        given().queryParam("sort", "password").get("/targets").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/targets/compare").then().statusCode(400).contentType("application/problem+json");
        given().get("/targets/not-a-number").then().statusCode(404).contentType("application/problem+json");
        given().get(ManagementInterface.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/targets/compare")).body("paths", hasKey("/indicators"));
    }

    @Test
    void eventsLeftInTheOutboxArePublishedByTheTimer() {
        // as after a crash between the commit and the publish: the row is there, nobody is processing a record
        String key = "outbox-test-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> jdbc(connection -> TargetOutbox.TABLE.insert(connection, List.of(
                // not on the indicator topic: other tests read every record there as an IndicatorEventV1
                OutboxRecord.of(Topics.TARGETS_UPDATED, key, "{\"targetKey\":\"" + key + "\",\"n\":1}"),
                OutboxRecord.of(Topics.TARGETS_UPDATED, key, "{\"targetKey\":\"" + key + "\",\"n\":2}")),
                null)));
        List<ConsumerRecord<String, byte[]>> published = TestTopics.read(Topics.TARGETS_UPDATED,
                r -> key.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(published).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"targetKey\":\"" + key + "\",\"n\":1}", "{\"targetKey\":\"" + key + "\",\"n\":2}");
        // the row is deleted once the broker acknowledged both records (the commit may trail the broker a moment)
        await(() -> QuarkusTransaction.requiringNew().call(() -> outboxRowsMentioning(key)) == 0,
                "the outbox row to go");
    }

    @Test
    void applyingASetWritesOneOutboxRowWithEveryEventInOrder() {
        // 3 indicators of one new target and 1 of another: 4 ADDED events, then per target its update
        String region = "单行县";
        String doc = doc();
        IndicatorsExtractedV1 event = event(doc, 1, region, "十四五", "2021-03-01",
                ind(doc, 1, "测试行数甲", "1", "个", "actual", 2020, null, null, "甲1。"),
                ind(doc, 10, "测试行数甲", "2", "个", "actual", 2022, null, null, "甲2。"),
                ind(doc, 20, "测试行数甲", "3", "个", "target", 2025, null, null, "甲3。"),
                ind(doc, 30, "测试行数乙", "4", "个", "target", 2025, null, null, "乙。"));
        // inside the apply transaction (before the commit wakes the publisher), what did it write?
        List<String> topics = QuarkusTransaction.requiringNew().call(() -> {
            aggregation.apply(event);
            List<String> written = new ArrayList<>();
            jdbc(connection -> {
                try (var select = connection.prepareStatement("select topics from outbox where exists "
                        + "(select 1 from unnest(payloads) p where p like ?)")) {
                    select.setString(1, "%" + doc + "%");
                    try (var rows = select.executeQuery()) {
                        while (rows.next()) {
                            written.add(String.join(",", (String[]) rows.getArray(1).getArray()));
                        }
                    }
                }
            });
            return written;
        });
        String added = Topics.INDICATOR_EVENTS;
        String updated = Topics.TARGETS_UPDATED;
        // one row; per target (in id order, which the database's collation of the keys decides) its ADDED events,
        // then its update
        assertThat(topics).hasSize(1);
        assertThat(topics.get(0)).isIn(String.join(",", added, added, added, updated, added, updated),
                String.join(",", added, updated, added, added, added, updated));
        assertThat(TestTopics.read(Topics.INDICATOR_EVENTS,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(doc), 4, WAIT)).hasSize(4);
        await(() -> QuarkusTransaction.requiringNew().call(() -> outboxRowsMentioning(doc)) == 0,
                "the outbox row to be published and deleted");
    }

    @Test
    void aLargeDocumentIsAppliedOnceAndAllItsEventsArePublished() {
        // 69 indicators over 23 targets (3 years each), the size of the larger seed documents; the timing is printed
        // (a figure to compare before/after a change), not asserted: the machine is shared
        String region = "长安县";
        String doc = doc();
        List<IndicatorV1> list = new ArrayList<>();
        for (int m = 0; m < 23; m++) {
            for (int y = 0; y < 3; y++) {
                int start = (m * 3 + y) * 40;
                list.add(ind(doc, start, "测试指标" + m, String.valueOf(100 + m * 10 + y), "亿元", y == 2 ? "target" : "actual",
                        2020 + y * 2, null, null, "测试句子" + m + "-" + y + "。"));
            }
        }
        IndicatorsExtractedV1 event = event(doc, 1, region, "十四五", "2021-03-01", list.toArray(IndicatorV1[]::new));
        // warm-up: the consumer has its partitions and the code paths are loaded before the clock starts
        String warm = doc();
        publishAndAwait(event(warm, 1, "热身县", "十四五", "2021-03-01", ind(warm, 1, "测试热身", "1", "个", "actual",
                2020, null, null, "热身。")));
        TestTopics.read(Topics.TARGETS_UPDATED, r -> r.key().startsWith("热身县|"), 1, WAIT);
        double applySecondsBefore = applySeconds();
        long t0 = System.nanoTime();
        publishAndAwait(event);
        long applied = System.nanoTime();
        double applySeconds = applySeconds() - applySecondsBefore;
        List<ConsumerRecord<String, byte[]>> updates = TestTopics.read(Topics.TARGETS_UPDATED,
                r -> r.key().startsWith(region + "|测试指标"), 23, WAIT);
        long published = System.nanoTime();
        List<ConsumerRecord<String, byte[]>> added = TestTopics.read(Topics.INDICATOR_EVENTS,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(doc), 69, WAIT);
        System.out.printf("[timing] 69-indicator document: apply (transaction) %.0f ms, send -> applied %d ms, "
                + "send -> all 23 target updates read %d ms%n", applySeconds * 1000, (applied - t0) / 1_000_000,
                (published - t0) / 1_000_000);
        assertThat(updates).hasSize(23);
        assertThat(added).hasSize(69);
        // one update per target (each target recomputed once for the document), every one with its three points
        assertThat(updates.stream().map(ConsumerRecord::key).distinct()).hasSize(23);
        for (ConsumerRecord<String, byte[]> u : updates) {
            TargetUpdatedV1 t = EventJson.fromBytes(u.value(), TargetUpdatedV1.class);
            assertThat(t.targetKey()).isEqualTo(u.key());
            assertThat(t.changes()).filteredOn(c -> c.startsWith("added ")).hasSize(3);
        }
        // every indicator stored
        given().queryParam("documentId", doc).queryParam("size", 1000).get("/indicators").then().statusCode(200)
                .header("X-Total-Count", "69");
        // redelivery changes nothing and emits nothing
        publishAndAwait(event);
        given().queryParam("region", region).get("/targets").then().statusCode(200).header("X-Total-Count", "23");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void jdbc(org.hibernate.jdbc.Work work) {
        Panache.getEntityManager().unwrap(Session.class).doWork(work);
    }

    private static long outboxRowsMentioning(String text) {
        long[] count = new long[1];
        jdbc(connection -> {
            try (var select = connection.prepareStatement("select count(*) from outbox where exists "
                    + "(select 1 from unnest(payloads) p where p like ?)")) {
                select.setString(1, "%" + text + "%");
                try (var rows = select.executeQuery()) {
                    rows.next();
                    count[0] = rows.getLong(1);
                }
            }
        });
        return count[0];
    }

    private static String doc() {
        return "doc-" + UUID.randomUUID();
    }

    private static IndicatorV1 ind(String doc, int start, String metric, String value, String unit, String kind,
                                   Integer year, String baseline, String qualifier, String sentence) {
        int end = start + value.length();
        String id = Integer.toHexString((doc + "|" + start + "|" + end + "|" + metric + "|" + value + "|" + unit
                + "|" + kind).hashCode()) + "-" + start;
        return new IndicatorV1(id, doc, metric, new BigDecimal(value), unit, kind, qualifier, null,
                baseline == null ? null : new BigDecimal(baseline), year, sentence, start, end, "economy", 0.9, null,
                null, null);
    }

    private static IndicatorsExtractedV1 event(String doc, int run, String region, String period, String date,
                                               IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, run,
                region, "city", period, date, List.of(indicators), Instant.now());
    }

    /** Sends the event and waits until the service has processed it (its counters move). */
    private static void publishAndAwait(IndicatorsExtractedV1 event) {
        double before = processed();
        TestTopics.publish(Topics.INDICATORS_EXTRACTED, event.documentId(), EventJson.toBytes(event));
        await(() -> processed() > before, "the service to process " + event.documentId());
    }

    private static final Pattern APPLY_SECONDS =
            Pattern.compile("^plantrack_target_apply_seconds_sum\\S*\\s+([0-9.Ee+]+)", Pattern.MULTILINE);

    private static double applySeconds() {
        Matcher m = APPLY_SECONDS.matcher(given().get(ManagementInterface.url("/metrics")).then().extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static final Pattern COUNTER =
            Pattern.compile("^plantrack_target_indicator_sets_total\\{[^}]*\\}\\s+([0-9.Ee+]+)", Pattern.MULTILINE);

    private static double processed() {
        String text = given().get(ManagementInterface.url("/metrics")).then().extract().asString();
        Matcher m = COUNTER.matcher(text);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    private static void await(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static Map<String, String> zip(List<String> header, List<String> row) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i < row.size() ? row.get(i) : null);
        }
        return m;
    }
}
