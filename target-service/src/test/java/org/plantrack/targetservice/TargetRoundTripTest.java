package org.plantrack.targetservice;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.Column;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.repository.TargetColumn;
import org.plantrack.targetservice.rest.CsvCells;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a tracked target arrives unchanged wherever target-service shows it: the database row, the target
 * list of the API, a target's detail, the comparison across regions, their CSV exports and the update event. The
 * fields are found by reflection over the {@link Target} entity, so a field added to it fails here until each channel
 * either shows it (under its own name or a rename listed below) or is listed as not showing it, with the reason.
 * <p>
 * Three documents about one city make every summary field non-default and no two alike: a plan states the 2020
 * actual and a binding 2025 target, a report two years later a new actual and a revised target (the plan's value
 * stays as a revision, and the two values of 2025 are a conflict), a third report the latest actual.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class TargetRoundTripTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A city no other test of the service uses (they share the database), with its registry facts. */
    private static final String REGION = "晋城市";
    private static final String REGION_CODE = "140500";
    private static final String KEY = REGION_CODE + "|地区生产总值|十四五";

    // --- how each channel names a field of the entity, where not by the field's own name --------------------------

    private static final Map<String, String> API_NAMES = Map.of("targetKey", "key", "canonicalMetric", "metric",
            "indicatorCount", "indicators", "catalogueId", "catalogueMetric.id",
            "catalogueName", "catalogueMetric.name");
    private static final Map<String, String> NOT_IN_API = Map.of(
            "unitFactor", "values are shown in the target's unit; the comparison shows them in the canonical unit",
            "stated", "only stated targets are listed");

    private static final Map<String, String> CSV_NAMES = Map.of("canonicalMetric", "metric",
            "indicatorCount", "indicators", "documentCount", "documents");
    private static final Map<String, String> NOT_IN_CSV = Map.ofEntries(
            Map.entry("targetKey", "region, metric and period stand for it"),
            Map.entry("canonicalUnit", "a spreadsheet reads the values in the unit given"),
            Map.entry("unitFactor", "a spreadsheet reads the values in the unit given"),
            Map.entry("updatedAt", "the export is a snapshot of its own time"),
            Map.entry("stated", "only stated targets are listed"));

    private static final Map<String, String> COMPARE_NAMES = Map.of("id", "targetId");
    private static final Map<String, String> NOT_IN_COMPARE = Map.ofEntries(
            Map.entry("targetKey", "one row per target: targetId names it"),
            Map.entry("canonicalMetric", "the request names the metric"),
            Map.entry("catalogueId", "the request names the metric"),
            Map.entry("catalogueName", "the request names the metric"),
            Map.entry("regionCode", "a row per region name, as the comparison reads"),
            Map.entry("regionLevel", "a row per region name, as the comparison reads"),
            Map.entry("regionParentCode", "a row per region name, as the comparison reads"),
            Map.entry("unitFactor", "applied: canonicalLatestActual and canonicalTargetValue, checked below"),
            Map.entry("indicatorCount", "the target list has the sources"),
            Map.entry("documentCount", "the target list has the sources"),
            Map.entry("updatedAt", "the target list has it"),
            Map.entry("stated", "only stated targets are compared"),
            Map.entry("attribute", "the target list has it"),
            Map.entry("status", "the target list has it"));

    private static final Map<String, String> EVENT_NAMES = Map.of("id", "targetId", "canonicalMetric", "metric");
    private static final Map<String, String> NOT_IN_EVENT = Map.ofEntries(
            Map.entry("canonicalUnit", "the event states values in the target's unit"),
            Map.entry("unitFactor", "the event states values in the target's unit"),
            Map.entry("indicatorCount", "changes lists the indicators added and retracted"),
            Map.entry("documentCount", "changes lists the documents"),
            Map.entry("updatedAt", "occurredAt is when the event was made"),
            Map.entry("stated", "only targets are updated; a series without a stated target has status null"));

    @Test
    void everyFieldOfATargetArrivesUnchangedInTheRowTheApiTheCsvTheComparisonAndTheEvent() throws IOException {
        String plan = "plan-" + UUID.randomUUID();
        String report = "report-" + UUID.randomUUID();
        String later = "report-" + UUID.randomUUID();
        AppliedSets.publishAndAwait(set(plan, "2021-03-01",
                indicator(plan, 10, "4000", "actual", null, 2020, "2020年全市地区生产总值达到4000亿元。"),
                indicator(plan, 60, "5500", "target", ">=", 2025, "到2025年，全市地区生产总值达到5500亿元以上。")));
        AppliedSets.publishAndAwait(set(report, "2023-02-01",
                indicator(report, 12, "4300", "actual", null, 2022, "2022年全市地区生产总值4300亿元。"),
                indicator(report, 70, "5600", "target", ">=", 2025, "到2025年，地区生产总值达到5600亿元以上。")));
        AppliedSets.publishAndAwait(set(later, "2024-02-01",
                indicator(later, 8, "4620", "actual", null, 2023, "2023年全市地区生产总值4620亿元。")));

        Map<String, Field> fields = entityFields();
        JsonNode row = EventJson.mapper().readTree(storedRow());
        Map<String, String> stored = new LinkedHashMap<>();
        fields.forEach((name, field) -> stored.put(name, text(row.get(columnOf(field)))));

        // the scenario gives every field a value, none a default and no two alike (a swapped pair shows), but the
        // id the database chose and the catalogue's name, which is the canonical metric by nature
        stored.forEach((name, value) -> assertThat(value).as("row " + name).isNotNull().isNotIn("0", "false", ""));
        List<String> compared = new ArrayList<>(stored.values());
        compared.remove(stored.get("id"));
        compared.remove(stored.get("catalogueName"));
        assertThat(compared.stream().distinct()).as("no two fields alike").hasSize(compared.size());
        assertThat(stored).containsEntry("targetKey", KEY).containsEntry("regionCode", REGION_CODE)
                .containsEntry("regionLevel", "city").containsEntry("regionParentCode", "140000")
                .containsEntry("catalogueId", "gdp").containsEntry("baseline", "4000")
                .containsEntry("baselineYear", "2020").containsEntry("latestActual", "4620")
                .containsEntry("latestActualYear", "2023").containsEntry("targetValue", "5600")
                .containsEntry("targetYear", "2025").containsEntry("targetQualifier", ">=")
                .containsEntry("progress", "0.3875").containsEntry("conflicts", "1")
                .containsEntry("indicatorCount", "5").containsEntry("documentCount", "3")
                .containsEntry("unit", "亿元").containsEntry("canonicalUnit", "元")
                .containsEntry("unitFactor", "100000000").containsEntry("attribute", "binding")
                .containsEntry("status", "lagging");
        long id = Long.parseLong(stored.get("id"));

        JsonNode listed = EventJson.mapper().readTree(given().queryParam("region", REGION_CODE).get("/targets")
                .then().statusCode(200).extract().asString());
        assertThat(listed.size()).as("targets of the city").isEqualTo(1);
        JsonNode api = listed.get(0);
        JsonNode detail = EventJson.mapper().readTree(given().get("/targets/" + id).then().statusCode(200).extract()
                .asString());
        assertThat((Object) detail.get("target")).as("the detail shows the target as the list does").isEqualTo(api);
        assertThat(text(detail.at("/revisions/0/value"))).isEqualTo("5500");
        assertThat(text(detail.at("/revisions/0/documentId"))).isEqualTo(plan);
        Map<String, String> csv = singleRow(given().queryParam("region", REGION_CODE).queryParam("format", "csv")
                .get("/targets").then().statusCode(200).extract().asString());

        JsonNode comparison = rowOf(EventJson.mapper().readTree(given().queryParam("metric", "地区生产总值")
                .queryParam("period", "十四五").get("/targets/compare").then().statusCode(200).extract().asString()), id);
        Map<String, String> compareCsv = rowOf(given().queryParam("metric", "地区生产总值").queryParam("period", "十四五")
                .queryParam("format", "csv").get("/targets/compare").then().statusCode(200).extract().asString(),
                "targetId", String.valueOf(id));

        var updates = TestTopics.recordsWithKey(Topics.TARGETS_UPDATED, KEY, 3, WAIT, Duration.ofSeconds(2));
        assertThat(updates).as("one update per document").hasSize(3);
        JsonNode event = EventJson.mapper().readTree(updates.get(updates.size() - 1).value());

        for (String name : fields.keySet()) {
            String want = stored.get(name);
            check("API", name, want, API_NAMES, NOT_IN_API, n -> text(at(api, n)));
            check("CSV", name, want, CSV_NAMES, NOT_IN_CSV, n -> csv.containsKey(n) ? number(csv.get(n)) : null);
            check("comparison", name, want, COMPARE_NAMES, NOT_IN_COMPARE, n -> text(at(comparison, n)));
            check("comparison CSV", name, want, COMPARE_NAMES, NOT_IN_COMPARE,
                    n -> compareCsv.containsKey(n) ? number(compareCsv.get(n)) : null);
            check("event", name, want, EVENT_NAMES, NOT_IN_EVENT, n -> text(at(event, n)));
        }

        // what the views derive from the fields
        assertThat(api.get("regionResolved").asBoolean()).isTrue();
        assertThat(api.get("documents").asInt()).isEqualTo(3);
        assertThat(text(api.get("category"))).isNotBlank();
        assertThat(text(comparison.get("canonicalLatestActual"))).isEqualTo("462000000000");
        assertThat(text(comparison.get("canonicalTargetValue"))).isEqualTo("560000000000");
        assertThat(compareCsv).containsEntry("canonicalTargetValue", "560000000000");
        assertThat(text(event.get("previousStatus"))).as("the last report did not change the status").isNull();
        assertThat(text(event.get("schemaVersion"))).isEqualTo("1");
    }

    /**
     * The channel shows the field's stored value under its name (or its rename), or is listed as not showing it;
     * a listed field that the channel does show after all is a stale entry.
     */
    private static void check(String channel, String field, String want, Map<String, String> renames,
                              Map<String, String> notShown, Function<String, String> shown) {
        String name = renames.getOrDefault(field, field);
        String got = shown.apply(name);
        if (notShown.containsKey(field)) {
            assertThat(got).as(channel + " shows " + field + ", listed as not shown (" + notShown.get(field) + ")")
                    .isNull();
            return;
        }
        assertThat(got).as(channel + " " + field + " (map it, or list it as not shown with the reason)")
                .isEqualTo(want);
    }

    // --- the scenario ------------------------------------------------------------------------------------------

    private static IndicatorV1 indicator(String doc, int start, String value, String kind, String qualifier,
                                         int year, String sentence) {
        return new IndicatorV1(doc + "-" + start, doc, "地区生产总值", new BigDecimal(value), "亿元", kind, qualifier,
                null, null, year, sentence, start, start + value.length(), "economy", 0.9, REGION, "十四五", null,
                new IndicatorV1.CanonicalMetric("gdp", "地区生产总值"),
                "target".equals(kind) ? IndicatorV1.BINDING : null, REGION_CODE);
    }

    private static IndicatorsExtractedV1 set(String doc, String date, IndicatorV1... indicators) {
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1,
                REGION, "city", "十四五", date, List.of(indicators), Instant.now());
    }

    // --- reading the channels ----------------------------------------------------------------------------------

    /**
     * The entity's mapped fields by name, in declaration order. Under Quarkus the class is enhanced (Panache makes
     * the fields private behind accessors, Hibernate adds its own $$_hibernate fields), so fields are taken by
     * what they are, not by their modifiers; the count is checked against the column list, which ColumnListsTest
     * checks against the plain class and the table.
     */
    private static Map<String, Field> entityFields() {
        Map<String, Field> out = new LinkedHashMap<>();
        for (Field f : Target.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.getName().startsWith("$$")) {
                out.put(f.getName(), f);
            }
        }
        assertThat(out).as("fields of Target").hasSize(TargetColumn.values().length);
        return out;
    }

    private static String columnOf(Field f) {
        Column c = f.getAnnotation(Column.class);
        return c != null && !c.name().isEmpty() ? c.name() : f.getName();
    }

    private static Map<String, String> singleRow(String csvText) {
        List<List<String>> rows = CsvCells.parse(csvText.substring(1)); // without the BOM
        assertThat(rows).hasSize(2);
        return cells(rows.get(0), rows.get(1));
    }

    private static Map<String, String> rowOf(String csvText, String column, String value) {
        List<List<String>> rows = CsvCells.parse(csvText.substring(1));
        int at = rows.get(0).indexOf(column);
        return rows.stream().skip(1).filter(r -> r.get(at).equals(value)).findFirst()
                .map(r -> cells(rows.get(0), r)).orElseThrow(() -> new AssertionError("no CSV row " + value));
    }

    /** The comparison's row of the target. */
    private static JsonNode rowOf(JsonNode comparison, long id) {
        for (JsonNode r : comparison) {
            if (r.get("targetId").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("the comparison has no row for target " + id);
    }

    private static Map<String, String> cells(List<String> header, List<String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            out.put(header.get(c), row.get(c).isEmpty() ? null : row.get(c));
        }
        return out;
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode node = root;
        for (String part : dotted.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    /** Numbers by value (the database and the API may write another scale), times as instants, other text as is. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isNumber() ? number(node.decimalValue().toPlainString()) : number(node.asText());
    }

    private static String number(String s) {
        if (s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toString();
        } catch (DateTimeParseException notATime) {
            return s;
        }
    }

    private static String storedRow() {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().unwrap(Session.class)
                .doReturningWork(connection -> {
                    try (var select = connection.prepareStatement(
                            "select row_to_json(t)::text from target t where target_key = ?")) {
                        select.setString(1, KEY);
                        try (var r = select.executeQuery()) {
                            return r.next() ? r.getString(1) : "{}";
                        }
                    }
                }));
    }
}
