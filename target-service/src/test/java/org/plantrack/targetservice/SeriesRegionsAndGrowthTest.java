package org.plantrack.targetservice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.targetservice.service.GrowthRateBackfill;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.plantrack.targetservice.AppliedSets.publishAndAwait;

/**
 * Series by region code and growth rates apart from their level, on a real broker and PostgreSQL: two cities of 内蒙古
 * state GDP levels (亿元) and growth rates (%), one as 地区生产总值增长6.2% (the level's name with a change), the other as
 * GDP增速 (the growth rate's own name). Series carry the region's code, level and parent, filter by code, name and
 * within; the growth rate is gdp_growth under either wording, a target of its own graded by growth actuals only, and
 * rows stored before that are filed anew.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class SeriesRegionsAndGrowthTest {

    @Inject
    GrowthRateBackfill growthRateBackfill;

    @Inject
    EntityManager em;

    @Test
    void seriesCarryRegionCodesAndFilterByCodeNameAndWithin() {
        String doc = "baotou-" + UUID.randomUUID();
        publishAndAwait(event(doc, "包头市",
                ind(doc, 10, "地区生产总值", "3800", "亿元", null, "actual", 2022, "150200"),
                ind(doc, 40, "地区生产总值", "4100", "亿元", null, "actual", 2023, "150200")));

        JsonPath byCode = given().queryParam("region", "150200").queryParam("indicator", "gdp").get("/series").then()
                .statusCode(200).extract().jsonPath();
        assertThat(byCode.getList("region", String.class)).containsExactly("包头市");
        assertThat(byCode.getString("[0].regionCode")).isEqualTo("150200");
        assertThat(byCode.getString("[0].regionLevel")).isEqualTo("city");
        assertThat(byCode.getString("[0].regionParentCode")).isEqualTo("150000");
        assertThat(byCode.getList("[0].points.year", Integer.class)).containsExactly(2022, 2023);
        // the short name resolves to the same region; within takes the province's cities
        for (Map.Entry<String, String> filter : List.of(Map.entry("region", "包头"), Map.entry("region", "包头市"),
                Map.entry("within", "150000"))) {
            assertThat(given().queryParam(filter.getKey(), filter.getValue()).queryParam("indicator", "gdp")
                    .get("/series").then().statusCode(200).extract().jsonPath().getList("regionCode", String.class))
                    .as(filter.toString()).contains("150200");
        }
        given().queryParam("within", "140000").queryParam("indicator", "gdp").get("/series").then().statusCode(200)
                .body("regionCode", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("150200")));

        String csv = given().queryParam("region", "150200").queryParam("format", "csv").get("/series").then()
                .statusCode(200).extract().asString();
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r?\n"));
        assertThat(lines.get(0)).startsWith("region,indicatorId,")
                .endsWith(",regionCode,regionLevel,regionParentCode,indicatorLabel");
        assertThat(lines.get(1)).startsWith("包头市,gdp,地区生产总值,").endsWith(",150200,city,150000,地区生产总值");
    }

    @Test
    void anUnknownRegionCodeIsAProblemNamingIt() {
        given().queryParam("region", "999999").get("/series").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("region '999999'"));
        given().queryParam("within", "15").get("/series").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("within '15'"));
    }

    @Test
    void aGrowthRateIsItsOwnSeriesAndTargetUnderEitherWording() {
        String plan = "wuhai-plan-" + UUID.randomUUID();
        String report = "wuhai-report-" + UUID.randomUUID();
        // the plan: a level and a growth target; the report: the level reached and the growth rate, once as the
        // level's name with a change, once under the growth rate's own name, and a decline in an earlier year
        publishAndAwait(event(plan, "乌海市",
                ind(plan, 10, "地区生产总值", "800", "亿元", null, "target", 2025, "150300"),
                ind(plan, 40, "地区生产总值", "6", "%", "increase", "target", 2025, "150300")));
        publishAndAwait(event(report, "乌海市",
                ind(report, 10, "地区生产总值", "650", "亿元", null, "actual", 2023, "150300"),
                ind(report, 40, "地区生产总值", "6.5", "%", "increase", "actual", 2023, "150300"),
                ind(report, 70, "GDP增速", "5.8", "%", "increase", "actual", 2022, "150300"),
                ind(report, 90, "地区生产总值", "2.1", "%", "decrease", "actual", 2020, "150300")));

        JsonPath series = given().queryParam("region", "150300").get("/series").then().statusCode(200).extract()
                .jsonPath();
        assertThat(series.getList("indicator.id", String.class)).containsExactlyInAnyOrder("gdp", "gdp_growth");
        Map<String, Object> growth = series.getMap("find { it.indicator.id == 'gdp_growth' }");
        assertThat(growth).containsEntry("unit", "%");
        assertThat(series.getString("find { it.indicator.id == 'gdp_growth' }.indicator.label"))
                .isEqualTo("地区生产总值 · 增速");
        assertThat(series.getList("find { it.indicator.id == 'gdp_growth' }.points.year", Integer.class))
                .containsExactly(2020, 2022, 2023);
        // 下降2.1% is a growth of −2.1 %
        assertThat(series.getString("find { it.indicator.id == 'gdp_growth' }.points[0].value")).isEqualTo("-2.1");
        assertThat(series.getList("find { it.indicator.id == 'gdp' }.points.year", Integer.class))
                .containsExactly(2023);
        assertThat(given().queryParam("region", "150300").queryParam("indicator", "gdp").get("/series").then()
                .extract().jsonPath().getList("unit", String.class)).containsExactly("亿元");

        JsonPath targets = given().queryParam("region", "150300").get("/targets").then().statusCode(200).extract()
                .jsonPath();
        assertThat(targets.getList("catalogueMetric.id", String.class)).containsExactlyInAnyOrder("gdp", "gdp_growth");
        assertThat(targets.getString("find { it.catalogueMetric.id == 'gdp' }.latestActual")).isEqualTo("650");
        assertThat(targets.getString("find { it.catalogueMetric.id == 'gdp_growth' }.metric"))
                .isEqualTo("地区生产总值增长");
        assertThat(targets.getString("find { it.catalogueMetric.id == 'gdp_growth' }.latestActual")).isEqualTo("6.5");
        assertThat(targets.getInt("find { it.catalogueMetric.id == 'gdp_growth' }.latestActualYear")).isEqualTo(2023);
        // 6.5 % in 2023 against 6 % a year until 2025: kept so far, graded by the growth rates alone (the level's
        // 650 亿元 plays no part)
        assertThat(targets.getString("find { it.catalogueMetric.id == 'gdp_growth' }.status")).isEqualTo("on_track");
    }

    @Test
    void growthRatesStoredUnderTheirLevelAreFiledAsTheirOwnIndicator() {
        String doc = "chifeng-" + UUID.randomUUID();
        publishAndAwait(event(doc, "赤峰市",
                ind(doc, 10, "地区生产总值", "6", "%", "increase", "target", 2025, "150400"),
                ind(doc, 40, "地区生产总值", "7", "%", "increase", "actual", 2023, "150400")));
        // the state of a database written before growth rates were their own indicator: the level's catalogue id,
        // the target keyed by the level's name with a change suffix
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update indicator set catalogue_id = 'gdp', catalogue_name = '地区生产总值' "
                    + "where document_id = ?1").setParameter(1, doc).executeUpdate();
            em.createNativeQuery("update target set canonical_metric = '地区生产总值·增长', catalogue_id = 'gdp', "
                    + "catalogue_name = '地区生产总值', target_key = '150400|地区生产总值·增长|十四五' "
                    + "where target_key = '150400|地区生产总值增长|十四五'").executeUpdate();
        });
        assertThat(given().queryParam("region", "150400").get("/targets").then().extract().jsonPath()
                .getString("[0].key")).isEqualTo("150400|地区生产总值·增长|十四五");

        assertThat(growthRateBackfill.run()).isEqualTo(1);

        JsonPath targets = given().queryParam("region", "150400").get("/targets").then().statusCode(200).extract()
                .jsonPath();
        assertThat(targets.getList("key", String.class)).containsExactly("150400|地区生产总值增长|十四五");
        assertThat(targets.getString("[0].catalogueMetric.id")).isEqualTo("gdp_growth");
        assertThat(targets.getInt("[0].indicators")).isEqualTo(2);
        assertThat(given().queryParam("region", "150400").queryParam("indicator", "gdp_growth").get("/series").then()
                .extract().jsonPath().getList("points[0].year", Integer.class)).containsExactly(2023);
        assertThat(growthRateBackfill.run()).as("nothing left to file").isZero();
    }

    private static IndicatorV1 ind(String doc, int start, String metric, String value, String unit, String change,
                                   String kind, Integer year, String regionCode) {
        String sentence = metric + (change == null ? "达到" : "increase".equals(change) ? "增长" : "下降") + value + unit
                + "。";
        return new IndicatorV1(doc + "-" + start, doc, metric, new BigDecimal(value), unit, kind, null, change, null,
                year, sentence, start, start + value.length(), "economy", 0.9, null, null, null, null, null,
                regionCode);
    }

    private static IndicatorsExtractedV1 event(String doc, String region, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1,
                region, "city", "十四五", "2024-02-01", List.of(indicators), Instant.now());
    }
}
