package org.plantrack.targetservice;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.targetservice.rest.CsvCells;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.TestTopics;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of an extracted indicator arrives unchanged wherever target-service passes it on: in the indicator
 * event (JSON on the topic), in the database row, in the REST answer and in the CSV export. The fields are found by
 * reflection over {@link IndicatorV1}'s record components (nested records field by field), so a field added to the
 * event fails here until it is given a sample value and reaches all four; each channel's names differ from the
 * record's only by the renames listed below.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class IndicatorRoundTripTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everyFieldOfAnExtractedIndicatorArrivesUnchangedInTheEventTheRowTheApiAndTheCsv() throws IOException {
        String doc = "doc-" + UUID.randomUUID();
        // a value for every field, none of them a default, no two alike (a swapped pair of fields shows); region
        // and catalogue indicator as their registries name them, so storing them resolves them to themselves; a
        // region no other test of the service uses (they share the database)
        IndicatorV1 sent = new IndicatorV1("rt-" + UUID.randomUUID(), doc, "地区生产总值", new BigDecimal("5123.45"),
                "亿元", "target", ">=", "increase", new BigDecimal("4321.5"), 2025,
                "到2025年，地区生产总值达到5123.45亿元以上。", 101, 108, "economy", 0.87, "阳泉市", "十四五",
                new IndicatorV1.CleanedSpan(91, 98, 80, 120), new IndicatorV1.CanonicalMetric("gdp", "地区生产总值"),
                IndicatorV1.BINDING, "140300");
        Map<String, String> expected = leaves(sent);
        assertThat(expected).as("every field has a value").doesNotContainValue(null);
        List<String> fields = new ArrayList<>(expected.keySet());
        assertThat(new ArrayList<>(expected.values()).stream().distinct().count() + sameOnPurpose(expected))
                .as("no two fields alike").isEqualTo(expected.size());

        AppliedSets.publishAndAwait(new IndicatorsExtractedV1(UUID.randomUUID().toString(),
                IndicatorsExtractedV1.SCHEMA_VERSION, doc, 1, "阳泉市", "city", "十四五", "2021-03-01", List.of(sent),
                Instant.now()));

        JsonNode event = EventJson.mapper().readTree(TestTopics.read(Topics.INDICATOR_EVENTS,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(sent.id()), 1, WAIT).get(0).value())
                .get("indicator");
        JsonNode row = EventJson.mapper().readTree(storedRow(sent.id()));
        JsonNode api = EventJson.mapper().readTree(given().queryParam("documentId", doc).get("/indicators").then()
                .statusCode(200).extract().asString()).get(0);
        List<List<String>> csv = CsvCells.parse(given().queryParam("documentId", doc).queryParam("format", "csv")
                .get("/indicators").then().statusCode(200).extract().asString().substring(1)); // without the BOM
        assertThat(csv).hasSize(2);
        Map<String, String> csvRow = new LinkedHashMap<>();
        for (int c = 0; c < csv.get(0).size(); c++) {
            csvRow.put(csv.get(0).get(c), csv.get(1).get(c));
        }

        for (String field : fields) {
            String want = expected.get(field);
            assertThat(text(at(event, field, UnaryOperator.identity()))).as("event " + field).isEqualTo(want);
            assertThat(text(at(api, field, IndicatorRoundTripTest::apiName))).as("API " + field).isEqualTo(want);
            assertThat(text(row.get(flat(field, IndicatorRoundTripTest::columnName, "_",
                    IndicatorRoundTripTest::snake)))).as("row " + field).isEqualTo(want);
            String cell = csvRow.get(flat(field, IndicatorRoundTripTest::csvName, "",
                    IndicatorRoundTripTest::capitalised));
            assertThat(cell == null ? null : number(cell)).as("CSV " + field).isEqualTo(want);
        }
    }

    /** Fields that hold the same value by nature (the catalogue indicator's name is the metric written here). */
    private static long sameOnPurpose(Map<String, String> leaves) {
        return leaves.get("metric").equals(leaves.get("canonicalMetric.name")) ? 1 : 0;
    }

    // --- the channels' names for a field of the record --------------------------------------------------------

    /** The API calls the catalogue indicator catalogueMetric (canonicalMetric is the synonym-table name there). */
    private static String apiName(String component) {
        return component.equals("canonicalMetric") ? "catalogueMetric" : component;
    }

    /** Columns are snake case; offsets are start_offset/end_offset; the catalogue indicator is catalogue_id/_name. */
    private static String columnName(String component) {
        return switch (component) {
            case "start" -> "start_offset";
            case "end" -> "end_offset";
            case "canonicalMetric" -> "catalogue";
            default -> snake(component);
        };
    }

    /** The CSV flattens nested fields (cleanedValueStart) and calls the catalogue indicator catalogueId/Name. */
    private static String csvName(String component) {
        return component.equals("canonicalMetric") ? "catalogue" : component;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Every leaf of the record as "field" or "field.nested" → its value as text (numbers in plain notation). */
    private static Map<String, String> leaves(Record record) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = read(c, record);
            if (value instanceof Record nested) {
                leaves(nested).forEach((k, v) -> out.put(c.getName() + "." + k, v));
            } else if (c.getType().isRecord()) {
                for (RecordComponent n : c.getType().getRecordComponents()) {
                    out.put(c.getName() + "." + n.getName(), null);
                }
            } else {
                out.put(c.getName(), value == null || isDefault(value) ? null : number(value.toString()));
            }
        }
        return out;
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDefault(Object value) {
        return value.equals(0) || value.equals(0.0) || value.equals(false) || value.equals("");
    }

    private static JsonNode at(JsonNode root, String field, UnaryOperator<String> rename) {
        String[] parts = field.split("\\.");
        JsonNode node = root.get(rename.apply(parts[0]));
        return parts.length == 1 || node == null ? node : node.get(parts[1]);
    }

    private static String flat(String field, UnaryOperator<String> rename, String separator,
                               UnaryOperator<String> inner) {
        String[] parts = field.split("\\.");
        String outer = rename.apply(parts[0]);
        return parts.length == 1 ? outer : outer + separator + inner.apply(parts[1]);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? number(node.decimalValue().toPlainString()) : node.asText();
    }

    /** Numbers compared by value (the database and the API may write another scale); other text as it is. */
    private static String number(String s) {
        if (s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }

    private static String snake(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String storedRow(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().unwrap(Session.class)
                .doReturningWork(connection -> {
                    try (var select = connection.prepareStatement(
                            "select row_to_json(i)::text from indicator i where id = ?")) {
                        select.setString(1, id);
                        try (var r = select.executeQuery()) {
                            return r.next() ? r.getString(1) : "{}";
                        }
                    }
                }));
    }
}
