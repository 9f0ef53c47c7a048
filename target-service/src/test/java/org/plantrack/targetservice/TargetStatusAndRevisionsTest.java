package org.plantrack.targetservice;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.plantrack.targetservice.AppliedSets.publishAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two documents of different years about one region, on a real broker and PostgreSQL: a plan of 2021 states the
 * baseline and the target, a work report of 2023 a later actual (under another name of the same indicator) and a
 * revised target. The target is listed once, graded, keeps the plan's value as a revision, and its update event
 * carries the status change; a metric with actuals only is a series, not a target.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class TargetStatusAndRevisionsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aLaterDocumentRevisesTheTargetAndItsActualGradesIt() {
        String region = "北岭市" + UUID.randomUUID().toString().substring(0, 6);
        String plan = "plan-" + UUID.randomUUID();
        String report = "report-" + UUID.randomUUID();

        publishAndAwait(event(plan, region, "2021-03",
                ind(plan, 10, "地区生产总值", "4000", "亿元", "actual", 2020, "2020年全市地区生产总值达到4000亿元。"),
                ind(plan, 40, "地区生产总值", "5000", "亿元", "target", 2025, "到2025年，地区生产总值达到5000亿元。"),
                ind(plan, 70, "常住人口", "300", "万人", "actual", 2020, "2020年末常住人口300万人。")));

        JsonPath first = given().queryParam("region", region).get("/targets").then().statusCode(200).extract()
                .jsonPath();
        // the population has actuals only: a series, not a target
        assertThat(first.getList("metric", String.class)).containsExactly("地区生产总值");
        assertThat(first.getString("[0].status")).isEqualTo("no_data");
        assertThat(first.getString("[0].catalogueMetric.id")).isEqualTo("gdp");
        assertThat(first.getString("[0].category")).isNotBlank();

        publishAndAwait(event(report, region, "2023-02",
                ind(report, 5, "GDP", "4300", "亿元", "actual", 2022, "2022年全市GDP为4300亿元。"),
                ind(report, 30, "地区生产总值", "5200", "亿元", "target", 2025, "到2025年地区生产总值达到5200亿元。")));

        JsonPath targets = given().queryParam("region", region).get("/targets").then().statusCode(200).extract()
                .jsonPath();
        assertThat(targets.getList("metric", String.class)).containsExactly("地区生产总值");
        assertThat(targets.getString("[0].targetValue")).isEqualTo("5200");
        assertThat(targets.getString("[0].latestActual")).isEqualTo("4300");
        assertThat(targets.getInt("[0].latestActualYear")).isEqualTo(2022);
        assertThat(targets.getString("[0].baseline")).isEqualTo("4000");
        // the path from 4000 (2020) to 5200 (2025) expects 4480 in 2022; 4300 is more than 5 % of 1200 below it
        assertThat(targets.getString("[0].status")).isEqualTo("lagging");
        assertThat(targets.getInt("[0].documentCount")).isEqualTo(2);
        long id = targets.getLong("[0].id");

        JsonPath detail = given().get("/targets/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("revisions.documentId", String.class)).containsExactly(plan);
        assertThat(detail.getString("revisions[0].value")).isEqualTo("5000");
        assertThat(detail.getString("revisions[0].unit")).isEqualTo("亿元");
        assertThat(detail.getString("revisions[0].documentDate")).isEqualTo("2021-03");
        assertThat(detail.getString("target.status")).isEqualTo("lagging");

        given().queryParam("region", region).queryParam("status", "lagging").get("/targets").then()
                .statusCode(200).header("X-Total-Count", "1");
        given().queryParam("status", "late").get("/targets").then().statusCode(400)
                .body("detail", containsString("status"));

        List<ConsumerRecord<String, byte[]>> updates = TestTopics.read(Topics.TARGETS_UPDATED,
                r -> (region + "|地区生产总值|十四五").equals(r.key()), 2, WAIT);
        assertThat(updates).hasSize(2);
        TargetUpdatedV1 created = EventJson.fromBytes(updates.get(0).value(), TargetUpdatedV1.class);
        assertThat(created.status()).isEqualTo("no_data");
        TargetUpdatedV1 graded = EventJson.fromBytes(updates.get(1).value(), TargetUpdatedV1.class);
        assertThat(graded.status()).isEqualTo("lagging");
        assertThat(graded.previousStatus()).isEqualTo("no_data");
        assertThat(graded.changes()).contains("status");
        assertThat(graded.targetValue()).isEqualByComparingTo("5200");

        // actual values by year, with their sources, for the indicator under either name
        JsonPath series = given().queryParam("region", region).queryParam("indicator", "gdp").get("/series").then()
                .statusCode(200).extract().jsonPath();
        assertThat(series.getList("metric", String.class)).containsExactly("地区生产总值");
        assertThat(series.getList("[0].points.year", Integer.class)).containsExactly(2020, 2022);
        assertThat(series.getList("[0].points[1].sources.documentId", String.class)).containsExactly(report);
        assertThat(series.getString("[0].points[1].sources[0].sentence")).isEqualTo("2022年全市GDP为4300亿元。");
        given().queryParam("region", region).queryParam("metric", "常住人口").get("/series").then().statusCode(200)
                .body("[0].points[0].value", equalTo(300));
        given().queryParam("indicator", "no_such_indicator").get("/series").then().statusCode(400);
        String csv = given().queryParam("region", region).queryParam("format", "csv").get("/series").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("2022年全市GDP为4300亿元。").contains("region,indicatorId");
    }

    // --- helpers (as TargetServiceTest's) ----------------------------------------------------------------------

    private static IndicatorV1 ind(String doc, int start, String metric, String value, String unit, String kind,
                                   Integer year, String sentence) {
        int end = start + value.length();
        String id = Integer.toHexString((doc + "|" + start + "|" + metric + "|" + value + "|" + kind).hashCode())
                + "-" + start;
        return new IndicatorV1(id, doc, metric, new BigDecimal(value), unit, kind, null, null, null, year, sentence,
                start, end, "economy", 0.9, null, null, null);
    }

    private static IndicatorsExtractedV1 event(String doc, String region, String date, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1,
                region, "city", "十四五", date, List.of(indicators), Instant.now());
    }
}
