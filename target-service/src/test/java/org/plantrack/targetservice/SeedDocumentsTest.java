package org.plantrack.targetservice;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.SharedData;
import org.plantrack.testsupport.TestTopics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real documents of ../shared (the seeds; with -Dplantrack.seed-test.all=true the evaluation set too), analysed by the NLP core and fed through the broker:
 * every indicator must be stored and belong to exactly one target, nothing may land on the dead-letter topic, and a
 * known value (太原市, 2020 地区生产总值 4153亿元) must show up in its target's series. Skipped without ../shared, failed without it under CI=true.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class SeedDocumentsTest {

    private static final Logger LOG = Logger.getLogger(SeedDocumentsTest.class);

    @Test
    void realDocumentsAggregateWithoutLossAndWithKnownValues() throws Exception {
        Path shared = SharedData.dir();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(SharedData.require("seeds"))) {
            seeds.sorted().forEach(files::add);
        }
        // the evaluation documents too when asked for (-Dplantrack.seed-test.all=true): slower, messier inputs
        if (Boolean.getBoolean("plantrack.seed-test.all") && Files.isDirectory(shared.resolve("eval/docs"))) {
            try (Stream<Path> docs = Files.list(shared.resolve("eval/docs"))) {
                docs.sorted().forEach(files::add);
            }
        }

        DocumentAnalyzer nlp = DocumentAnalyzer.standard();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Integer> expected = new LinkedHashMap<>();
        String taiyuanPlan = null;
        for (Path file : files) {
            String documentId = file.getFileName().toString() + "-" + suffix;
            IndicatorsExtractedV1 event = toEvent(documentId, file, nlp);
            expected.put(documentId, event.indicators().size());
            if (file.getFileName().toString().startsWith("002_")) {
                taiyuanPlan = documentId;
            }
            TestTopics.publish(Topics.INDICATORS_EXTRACTED, documentId, EventJson.toBytes(event));
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            int stored;
            do {
                stored = Integer.parseInt(given().queryParam("documentId", e.getKey()).queryParam("size", 1)
                        .get("/indicators").then().statusCode(200).extract().header("X-Total-Count"));
                if (stored != e.getValue()) {
                    Thread.sleep(200);
                }
            } while (stored != e.getValue() && System.nanoTime() < deadline);
            assertThat(stored).as("indicators stored for %s", e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(TestTopics.read(Topics.DLQ_TARGET, r -> r.key() != null && r.key().endsWith(suffix), 1,
                Duration.ofSeconds(2))).isEmpty();

        // every indicator of these documents belongs to a target, and the target counts add up
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        long withTarget = 0;
        for (String documentId : expected.keySet()) {
            withTarget += given().queryParam("documentId", documentId).queryParam("size", 1000).get("/indicators")
                    .then().extract().jsonPath().getList("targetId").stream().filter(id -> id != null).count();
        }
        assertThat(withTarget).isEqualTo(total);

        if (taiyuanPlan != null) {
            JsonPath gdp = given().queryParam("documentId", taiyuanPlan).queryParam("metric", "地区生产总值")
                    .queryParam("region", "太原市").get("/targets").then().statusCode(200).extract().jsonPath();
            assertThat(gdp.getList("id")).isNotEmpty();
            JsonPath detail = given().get("/targets/" + gdp.getLong("[0].id")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(detail.getList("series.findAll { it.year == 2020 && it.kind == 'actual' }.value",
                    BigDecimal.class)).anySatisfy(v -> assertThat(v).isEqualByComparingTo("4153"));
            assertThat(detail.getString("target.unit")).isEqualTo("亿元");
        }

        String summary = given().queryParam("size", 1000).queryParam("sort", "-indicators")
                .queryParam("format", "csv").get("/targets").then().statusCode(200).extract().asString();
        LOG.infof("targets from %d real documents (%d indicators):%n%s", files.size(), total,
                summary.lines().limit(40).reduce("", (a, b) -> a + b + System.lineSeparator()));
    }

    /** The same mapping nlp-service applies (documentId|start|end|metric|value|unit|kind as the stable id). */
    private static IndicatorsExtractedV1 toEvent(String documentId, Path file, DocumentAnalyzer nlp) throws IOException {
        DocumentAnalysis a = nlp.analyze(Files.readAllBytes(file), file.getFileName().toString(), AnalysisHints.none());
        Classification c = a.classification();
        List<IndicatorV1> out = new ArrayList<>();
        for (Indicator i : a.indicators()) {
            out.add(new IndicatorV1(id(documentId, i), documentId, i.metric(), i.value(), i.unit(), i.kind(),
                    i.qualifier(), i.change(), i.baseline(), i.year(), i.sentence(), i.start(), i.end(), i.domain(),
                    i.confidence(), c.region(), c.planPeriod(), null));
        }
        return new IndicatorsExtractedV1(UUID.randomUUID().toString(), IndicatorsExtractedV1.SCHEMA_VERSION,
                documentId, 1, c.region(), c.regionLevel(), c.planPeriod(), c.documentDate(), out, Instant.now());
    }

    private static String id(String documentId, Indicator i) {
        String joined = String.join("|", documentId, String.valueOf(i.start()), String.valueOf(i.end()),
                String.valueOf(i.metric()), i.value() == null ? "" : i.value().stripTrailingZeros().toPlainString(),
                String.valueOf(i.unit()), String.valueOf(i.kind()));
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
