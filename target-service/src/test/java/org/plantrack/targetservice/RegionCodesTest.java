package org.plantrack.targetservice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.TargetUpdatedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.region.RegionBackfill;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.plantrack.targetservice.AppliedSets.publishAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Regions with GB/T 2260 codes through target-service, on a real broker and a real PostgreSQL: indicators of 太原
 * and 太原市 land on one target keyed by 140100, /regions lists the region once with its hierarchy and counts, the
 * lists filter by code, name and within, unresolved names stay by name, and rows stored before codes existed are
 * migrated onto the code-keyed target.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class RegionCodesTest {


    @Inject
    RegionBackfill backfill;

    @Inject
    EntityManager em;

    @Test
    void shortAndFullNamesOfOneRegionLandOnOneTargetWithItsCode() {
        String shortName = "doc-" + UUID.randomUUID();
        String fullName = "doc-" + UUID.randomUUID();
        // an older producer: the name as written, no code; nlp-service today: the standard name and its code
        publishAndAwait(event(shortName, "太原", "city", ind(shortName, 10, "地区生产总值", "6000", "target", 2025, null)));
        publishAndAwait(event(fullName, "太原市", "city",
                ind(fullName, 20, "地区生产总值", "6100", "target", 2025, "140100")));

        JsonPath targets = given().queryParam("region", "太原").queryParam("metric", "地区生产总值").get("/targets")
                .then().statusCode(200).extract().jsonPath();
        assertThat(targets.getList("id")).hasSize(1);
        assertThat(targets.getString("[0].key")).startsWith("140100|");
        assertThat(targets.getString("[0].region")).isEqualTo("太原市");
        assertThat(targets.getString("[0].regionCode")).isEqualTo("140100");
        assertThat(targets.getString("[0].regionLevel")).isEqualTo("city");
        assertThat(targets.getString("[0].regionParentCode")).isEqualTo("140000");
        assertThat(targets.getBoolean("[0].regionResolved")).isTrue();
        assertThat(targets.getInt("[0].indicators")).isEqualTo(2);

        JsonPath indicators = given().queryParam("region", "140100").queryParam("sort", "value").get("/indicators")
                .then().statusCode(200).header("X-Total-Count", "2").extract().jsonPath();
        assertThat(indicators.getList("region", String.class)).containsExactly("太原市", "太原市");
        assertThat(indicators.getList("regionCode", String.class)).containsExactly("140100", "140100");
        given().queryParam("region", "太原市").get("/indicators").then().statusCode(200).header("X-Total-Count", "2");
        given().queryParam("within", "140000").queryParam("metric", "地区生产总值").get("/targets").then()
                .statusCode(200).body("regionCode", org.hamcrest.Matchers.hasItem("140100"));
        given().queryParam("within", "510000").queryParam("region", "太原").get("/indicators").then().statusCode(200)
                .header("X-Total-Count", "0");

        JsonPath shanxi = given().queryParam("within", "140000").get("/regions").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> taiyuan = shanxi.getMap("find { it.code == '140100' }");
        assertThat(taiyuan).containsEntry("name", "太原市").containsEntry("region", "太原市")
                .containsEntry("level", "city").containsEntry("parentCode", "140000")
                .containsEntry("parentName", "山西省").containsEntry("resolved", true)
                .containsEntry("documents", 2);
        assertThat(((Number) taiyuan.get("indicators")).longValue()).isEqualTo(2);
        assertThat(((Number) taiyuan.get("targets")).longValue()).isEqualTo(1);
        assertThat(shanxi.getList("name", String.class)).doesNotContain("太原").allSatisfy(n -> assertThat(n).isNotNull());
        assertThat(given().queryParam("within", "140000").queryParam("level", "county").get("/regions").then()
                .statusCode(200).extract().jsonPath().getList("code", String.class)).doesNotContain("140100");
        assertThat(given().queryParam("level", "prefecture").get("/regions").then().statusCode(200).extract()
                .jsonPath().getList("code", String.class)).contains("140100");

        String csv = given().queryParam("region", "140100").queryParam("format", "csv").get("/targets").then()
                .statusCode(200).extract().asString();
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r?\n"));
        assertThat(lines.get(0)).contains(",regionCode,regionLevel,regionParentCode,regionResolved,");
        assertThat(lines.get(1)).contains(",140100,city,140000,true,");
    }

    @Test
    void aNameTheRegistryDoesNotResolveStaysByNameAndIsFlagged() {
        String doc = "doc-" + UUID.randomUUID();
        publishAndAwait(event(doc, "青峰市", "city", ind(doc, 10, "森林覆盖率", "41", "target", 2025, null)));

        JsonPath stored = given().queryParam("documentId", doc).get("/indicators").then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getString("[0].region")).isEqualTo("青峰市");
        assertThat(stored.getString("[0].regionCode")).isNull();
        assertThat(stored.getBoolean("[0].regionResolved")).isFalse();
        given().queryParam("region", "青峰市").get("/targets").then().statusCode(200)
                .body("[0].key", org.hamcrest.Matchers.startsWith("青峰市|")).body("[0].regionResolved", equalTo(false));

        JsonPath regions = given().get("/regions").then().statusCode(200).extract().jsonPath();
        assertThat(regions.getMap("find { it.name == '青峰市' }")).containsEntry("code", null)
                .containsEntry("resolved", false).containsEntry("documents", 1);
        assertThat(given().queryParam("within", "000000").get("/regions").then().statusCode(200).extract()
                .jsonPath().getList("name", String.class)).doesNotContain("青峰市");
    }

    @Test
    void storedRowsWithoutCodesMoveOntoTheCodeKeyedTarget() {
        String doc = "doc-" + UUID.randomUUID();
        publishAndAwait(event(doc, "晋中市", "city", ind(doc, 10, "常住人口城镇化率", "68", "target", 2025, null)));
        // the state of a database written before V10: the name as the document wrote it, no codes, a name key
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update indicator set region = '晋中', region_code = null, region_parent_code = null "
                    + "where document_id = ?1").setParameter(1, doc).executeUpdate();
            em.createNativeQuery("update target set region = '晋中', region_code = null, region_level = null, "
                    + "region_parent_code = null, target_key = '晋中' || substr(target_key, 7) "
                    + "where target_key like '140700|%'").executeUpdate();
        });
        assertThat(given().queryParam("region", "晋中").get("/targets").then().extract().jsonPath()
                .getString("[0].key")).startsWith("晋中|");

        assertThat(backfill.run()).isEqualTo(1);

        JsonPath targets = given().queryParam("region", "晋中").get("/targets").then().statusCode(200).extract()
                .jsonPath();
        assertThat(targets.getList("key", String.class)).singleElement().asString().startsWith("140700|")
                .endsWith("|十四五");
        assertThat(targets.getInt("[0].indicators")).isEqualTo(1);
        assertThat(given().queryParam("documentId", doc).get("/indicators").then().extract().jsonPath()
                .getString("[0].region")).isEqualTo("晋中市");
        assertThat(given().get("/regions").then().extract().jsonPath().getList("name", String.class))
                .doesNotContain("晋中");
        assertThat(backfill.run()).isZero();
    }

    @Test
    void theRegistryIsAPickListBoundedAndFiltered() {
        JsonPath fucheng = given().queryParam("registry", "true").queryParam("q", "涪城").get("/regions").then()
                .statusCode(200).extract().jsonPath();
        assertThat(fucheng.getMap("[0]")).containsEntry("code", "510703").containsEntry("name", "涪城区")
                .containsEntry("parentCode", "510700").containsEntry("parentName", "绵阳市");
        given().queryParam("registry", "true").queryParam("within", "140000").queryParam("level", "prefecture")
                .get("/regions").then().statusCode(200).header("X-Total-Count", "11")
                .body("name", org.hamcrest.Matchers.hasItems("太原市", "晋中市"));
        given().queryParam("registry", "true").queryParam("size", "5").get("/regions").then().statusCode(200)
                .body("size()", equalTo(5)).header("X-Total-Count", org.hamcrest.Matchers.not("5"));
    }

    @Test
    void badCodesLevelsAndSizesAreProblemsNamingThem() {
        given().queryParam("within", "999999").get("/regions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("999999"));
        given().queryParam("level", "township").get("/regions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("township"));
        given().queryParam("registry", "true").queryParam("size", "5000").get("/regions").then().statusCode(400)
                .body("detail", containsString("size"));
        given().queryParam("registry", "maybe").get("/regions").then().statusCode(400)
                .body("detail", containsString("registry"));
        given().queryParam("region", "999999").get("/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("region '999999'"));
        given().queryParam("within", "14").get("/targets").then().statusCode(400)
                .body("detail", containsString("within '14'"));
    }

    @Test
    void aCityNamedInAProvincesDocumentHasItsOwnTargetAndTheTargetEventCarriesItsCode() {
        String doc = "doc-" + UUID.randomUUID();
        // nlp-service gives an indicator the region its clause names (其中，运城市…); the others have none of their own
        IndicatorV1 city = new IndicatorV1(doc + "-40", doc, "森林覆盖率", new BigDecimal("35"), "%", "target", null,
                null, null, 2025, "其中，运城市森林覆盖率达到35%。", 40, 42, "ecology", 0.9, "运城市", null, null, null, null,
                "140800");
        publishAndAwait(event(doc, "山西省", "province",
                ind(doc, 10, "森林覆盖率", "26", "target", 2025, "140000"), city));

        JsonPath stored = given().queryParam("documentId", doc).get("/indicators").then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getList("regionCode", String.class)).containsExactlyInAnyOrder("140000", "140800");
        assertThat(stored.getString("find { it.regionCode == '140800' }.region")).isEqualTo("运城市");
        JsonPath targets = given().queryParam("region", "140800").queryParam("metric", "森林覆盖率").get("/targets")
                .then().statusCode(200).extract().jsonPath();
        assertThat(targets.getList("id")).hasSize(1);
        long id = targets.getLong("[0].id");
        assertThat(targets.getString("[0].region")).isEqualTo("运城市");

        List<ConsumerRecord<String, byte[]>> updates = TestTopics.read(Topics.TARGETS_UPDATED,
                r -> EventJson.fromBytes(r.value(), TargetUpdatedV1.class).targetId() == id, 1, Duration.ofSeconds(30));
        TargetUpdatedV1 update = EventJson.fromBytes(updates.get(0).value(), TargetUpdatedV1.class);
        assertThat(update.region()).isEqualTo("运城市");
        assertThat(update.regionCode()).isEqualTo("140800");
        assertThat(update.regionLevel()).isEqualTo("city");
        assertThat(update.regionParentCode()).isEqualTo("140000");
    }

    private static IndicatorV1 ind(String doc, int start, String metric, String value, String kind, Integer year,
                                   String regionCode) {
        return new IndicatorV1(doc + "-" + start, doc, metric, new BigDecimal(value), "亿元", kind, null, null, null,
                year, metric + "达到" + value + "。", start, start + value.length(), "economy", 0.9, null, null, null,
                null, null, regionCode);
    }

    private static IndicatorsExtractedV1 event(String doc, String region, String level, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1,
                region, level, "十四五", "2021-03-01", List.of(indicators), Instant.now());
    }
}
