package org.plantrack.targetservice;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.plantrack.targetservice.AppliedSets.publishAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Stored indicators carry the catalogue indicator their metric names and the attribute their document gives them,
 * on a real broker and a real PostgreSQL: taken from the event where nlp-service resolved it, resolved here where
 * it did not (with the document's region as a place name), shown in JSON and CSV, and filtered by catalogue id.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class CatalogueMetricTest {

    private static final String REGION = "清溪市";

    @Test
    void indicatorsCarryTheirCatalogueIndicatorAndAttributeAndFilterById() {
        String plan = "doc-" + UUID.randomUUID();
        String report = "doc-" + UUID.randomUUID();
        publishAndAwait(event(plan,
                ind(plan, 10, "清溪GDP", "4000", "亿元", "actual", 2020, null, null),
                ind(plan, 40, "全市地区生产总值", "5000", "亿元", "target", 2025, null, IndicatorV1.ANTICIPATORY),
                ind(plan, 70, "森林覆盖率", "45", "%", "target", 2025,
                        new IndicatorV1.CanonicalMetric("forest_coverage", "a name the catalogue replaces"),
                        IndicatorV1.BINDING),
                ind(plan, 100, "人均GDP", "12", "万元", "target", 2025,
                        new IndicatorV1.CanonicalMetric("an_id_from_a_newer_catalogue", "?"), "mandatory"),
                ind(plan, 130, "新建口袋公园", "30", "个", "target", 2025, null, null)));
        publishAndAwait(event(report, ind(report, 5, "经济总量", "4300", "亿元", "actual", 2021, null, null)));

        JsonPath planIndicators = given().queryParam("documentId", plan).queryParam("sort", "start")
                .get("/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(planIndicators.getList("metric")).hasSize(5);
        // GPath skips null objects: the first four have a catalogue indicator, the free metric has none
        assertThat(planIndicators.getList("catalogueMetric.id", String.class))
                .containsExactly("gdp", "gdp", "forest_coverage", "gdp_per_capita");
        assertThat(planIndicators.getList("catalogueMetric.name", String.class))
                .containsExactly("地区生产总值", "地区生产总值", "森林覆盖率", "人均地区生产总值");
        assertThat(planIndicators.getMap("[4]")).containsEntry("catalogueMetric", null);
        assertThat(planIndicators.getList("attribute", String.class))
                .containsExactly(null, "anticipatory", "binding", null, null);
        assertThat(planIndicators.getList("metric", String.class)).first().isEqualTo("清溪GDP");

        // every wording of GDP in both documents, nothing else
        JsonPath gdp = given().queryParam("region", REGION).queryParam("indicator", "gdp").queryParam("sort", "value")
                .get("/indicators").then().statusCode(200).header("X-Total-Count", "3").extract().jsonPath();
        assertThat(gdp.getList("metric", String.class)).containsExactly("清溪GDP", "经济总量", "全市地区生产总值");

        String csv = given().queryParam("documentId", plan).queryParam("sort", "start").queryParam("format", "csv")
                .get("/indicators").then().statusCode(200).extract().asString();
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r?\n"));
        // the region columns follow (region codes: RegionCodesTest); 清溪市 is no registry region
        assertThat(lines.get(0)).contains(",catalogueId,catalogueName,attribute,regionCode,");
        assertThat(lines.get(3)).contains(",forest_coverage,森林覆盖率,binding,");
        // ... then the four columns of the cleaned span, empty for an indicator sent without one
        assertThat(lines.get(5)).endsWith(",,,,city,,false,,,,");
    }

    @Test
    void anUnknownCatalogueIdIsABadRequestNamingIt() {
        given().queryParam("indicator", "no_such_indicator").get("/indicators").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("no_such_indicator"));
    }

    private static IndicatorV1 ind(String doc, int start, String metric, String value, String unit, String kind,
                                   Integer year, IndicatorV1.CanonicalMetric canonical, String attribute) {
        int end = start + value.length();
        return new IndicatorV1(doc + "-" + start, doc, metric, new BigDecimal(value), unit, kind, null, null, null,
                year, metric + "达到" + value + unit + "。", start, end, "economy", 0.9, null, null, null, canonical,
                attribute);
    }

    private static IndicatorsExtractedV1 event(String doc, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1,
                REGION, "city", "十四五", "2021-03-01", List.of(indicators), Instant.now());
    }
}
