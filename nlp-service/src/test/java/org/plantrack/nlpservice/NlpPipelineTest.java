package org.plantrack.nlpservice;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTopics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The service on a real in-process broker: documents in, analysis and indicators out, poison to the DLQ. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class NlpPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    KafkaClientService kafkaClients;

    private static final String TEXT = "某市国民经济和社会发展第十四个五年规划纲要\n"
            + "2020年全市地区生产总值达到4000亿元。\n"
            + "到2025年，全市地区生产总值达到5000亿元，森林覆盖率提高到45%以上。\n";

    @Test
    void analysesADocumentAndPublishesIndicatorsAndOutcome() {
        String id = "doc-" + UUID.randomUUID();
        send(id, EventJson.toBytes(ingested(id, 3, TEXT.getBytes(StandardCharsets.UTF_8), "plan.txt")));

        ConsumerRecord<String, byte[]> extractedRecord = one(Topics.INDICATORS_EXTRACTED, id);
        IndicatorsExtractedV1 extracted = EventJson.fromBytes(extractedRecord.value(), IndicatorsExtractedV1.class);
        assertThat(extracted.documentId()).isEqualTo(id);
        assertThat(extracted.analysisRun()).isEqualTo(3);
        assertThat(extracted.indicators()).isNotEmpty();
        IndicatorV1 gdp = extracted.indicators().stream()
                .filter(i -> i.value() != null && i.value().compareTo(new BigDecimal("5000")) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no 5000亿元 in " + extracted.indicators()));
        assertThat(gdp.unit()).isEqualTo("亿元");
        assertThat(gdp.metric()).contains("地区生产总值");
        assertThat(gdp.kind()).isEqualTo("target");
        assertThat(gdp.year()).isEqualTo(2025);
        assertThat(gdp.documentId()).isEqualTo(id);
        assertThat(gdp.sentence()).contains("5000亿元");
        assertThat(gdp.id()).hasSize(32);
        assertThat(extracted.indicators()).anySatisfy(i -> {
            assertThat(i.value()).isEqualByComparingTo("45");
            assertThat(i.unit()).isEqualTo("%");
            assertThat(i.metric()).contains("森林覆盖率");
        });
        assertThat(extracted.indicators()).extracting(IndicatorV1::id).doesNotHaveDuplicates();
        // PLANTRACK_KAFKA_COMPRESSION is unset here: indicator sets go out lz4-compressed (BatchConsumptionTest: none)
        assertThat(compressionRate(kafkaClients, "indicators-out")).isLessThan(1.0);

        ConsumerRecord<String, byte[]> analyzedRecord = one(Topics.DOCUMENTS_ANALYZED, id);
        DocumentAnalyzedV1 analyzed = EventJson.fromBytes(analyzedRecord.value(), DocumentAnalyzedV1.class);
        assertThat(analyzedRecord.key()).isEqualTo(id);
        // the indicator set was acknowledged before the outcome was sent
        assertThat(extractedRecord.timestamp()).isLessThanOrEqualTo(analyzedRecord.timestamp());
        assertThat(extractedRecord.key()).isEqualTo(id);
        assertThat(analyzed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
        assertThat(analyzed.analysisRun()).isEqualTo(3);
        assertThat(analyzed.failureReason()).isNull();
        assertThat(analyzed.encoding()).isNotBlank();
        assertThat(analyzed.script()).isNotBlank();
        assertThat(analyzed.counts().indicators()).isEqualTo(extracted.indicators().size());
        assertThat(analyzed.counts().sentences()).isGreaterThanOrEqualTo(2);
        assertThat(analyzed.counts().characters()).isPositive();
    }

    @Test
    void sameBytesGiveTheSameIndicatorIds() {
        String id = "doc-" + UUID.randomUUID();
        byte[] content = TEXT.getBytes(StandardCharsets.UTF_8);
        send(id, EventJson.toBytes(ingested(id, 1, content, "a.txt")));
        send(id, EventJson.toBytes(ingested(id, 2, content, "a.txt")));
        List<ConsumerRecord<String, byte[]>> sets = TestTopics.read(Topics.INDICATORS_EXTRACTED,
                r -> id.equals(r.key()), 2, WAIT);
        assertThat(sets).hasSize(2);
        var first = EventJson.fromBytes(sets.get(0).value(), IndicatorsExtractedV1.class);
        var second = EventJson.fromBytes(sets.get(1).value(), IndicatorsExtractedV1.class);
        assertThat(second.indicators()).extracting(IndicatorV1::id)
                .containsExactlyElementsOf(first.indicators().stream().map(IndicatorV1::id).toList());
        assertThat(List.of(first.analysisRun(), second.analysisRun())).containsExactly(1, 2);
    }

    @Test
    void emptyContentEndsFailedWithAReason() {
        String id = "doc-" + UUID.randomUUID();
        send(id, EventJson.toBytes(ingested(id, 1, new byte[0], "empty.txt")));

        DocumentAnalyzedV1 analyzed = EventJson.fromBytes(one(Topics.DOCUMENTS_ANALYZED, id).value(),
                DocumentAnalyzedV1.class);
        assertThat(analyzed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(analyzed.failureReason()).contains("empty");
    }

    @Test
    void binaryContentEndsFailedWithAReason() {
        String pdf = "doc-" + UUID.randomUUID();
        send(pdf, EventJson.toBytes(ingested(pdf, 1, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "plan.pdf")));
        String noise = "doc-" + UUID.randomUUID();
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 3) {
            bytes[i] = 0; // plenty of NULs and controls, like any binary file
        }
        send(noise, EventJson.toBytes(ingested(noise, 1, bytes, "noise.txt")));

        DocumentAnalyzedV1 pdfOutcome = EventJson.fromBytes(one(Topics.DOCUMENTS_ANALYZED, pdf).value(),
                DocumentAnalyzedV1.class);
        assertThat(pdfOutcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(pdfOutcome.failureReason()).contains("PDF");
        DocumentAnalyzedV1 noiseOutcome = EventJson.fromBytes(one(Topics.DOCUMENTS_ANALYZED, noise).value(),
                DocumentAnalyzedV1.class);
        assertThat(noiseOutcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(noiseOutcome.failureReason()).isNotBlank();
        assertThat(TestTopics.read(Topics.INDICATORS_EXTRACTED, r -> noise.equals(r.key()) || pdf.equals(r.key()),
                1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void garbageGoesToTheDeadLetterTopic() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = {(byte) 0xff, 0x00, 0x13, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n'};
        send(key, garbage);

        ConsumerRecord<String, byte[]> dead = one(Topics.DLQ_NLP, key);
        assertThat(dead.value()).isEqualTo(garbage);
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("DocumentIngestedV1");
    }

    @Test
    void jsonThatIsNotAnEventButNamesItsDocumentFailsThatDocument() {
        String id = "doc-" + UUID.randomUUID();
        byte[] bad = ("{\"documentId\":\"" + id + "\",\"analysisRun\":2,\"content\":12345}")
                .getBytes(StandardCharsets.UTF_8);
        send(id, bad);

        assertThat(one(Topics.DLQ_NLP, id).value()).isEqualTo(bad);
        DocumentAnalyzedV1 analyzed = EventJson.fromBytes(one(Topics.DOCUMENTS_ANALYZED, id).value(),
                DocumentAnalyzedV1.class);
        assertThat(analyzed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(analyzed.analysisRun()).isEqualTo(2);
        assertThat(analyzed.failureReason()).contains("could not be read");
    }

    @Test
    void previewEndpointAndHealth() {
        given().contentType("text/plain; charset=UTF-8")
                .body("到2030年森林覆盖率提高到45%以上。".getBytes(StandardCharsets.UTF_8))
                .when().post("/analysis")
                .then().statusCode(200)
                .body("document.outcome", equalTo("ANALYZED"))
                .body("indicators[0].unit", equalTo("%"));
        given().when().get(ManagementInterface.url("/health/ready")).then().statusCode(200).body(containsString("UP"));
        given().when().get(ManagementInterface.url("/metrics")).then().statusCode(200)
                .body(containsString("plantrack_nlp_documents_total"));
    }

    @Test
    void manyDocumentsAreAnalysedAndEachDocumentsRunsStayInOrder() {
        // 24 documents (spread over the partitions) plus three runs of one document sent one after the other; the
        // elapsed time is printed to compare configurations (NLP_CONCURRENCY), not asserted: the machine is shared
        String batch = "batch-" + UUID.randomUUID() + "-";
        String repeated = batch + "repeated";
        long t0 = System.nanoTime();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int n = 0; n < 24; n++) {
                String text = TEXT + "到2025年，第" + n + "号园区工业总产值达到" + (100 + n) + "亿元。\n";
                producer.send(new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, batch + n, EventJson.toBytes(
                        ingested(batch + n, 1, text.getBytes(StandardCharsets.UTF_8), "plan.txt"))));
            }
            for (int run = 1; run <= 3; run++) {
                producer.send(new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, repeated, EventJson.toBytes(
                        ingested(repeated, run, TEXT.getBytes(StandardCharsets.UTF_8), "plan.txt"))));
            }
            producer.flush();
        }
        List<ConsumerRecord<String, byte[]>> outcomes = TestTopics.read(Topics.DOCUMENTS_ANALYZED,
                r -> r.key() != null && r.key().startsWith(batch), 27, WAIT);
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[timing] 27 documents ingested -> all ANALYZED: %d ms (%.1f docs/s)%n", elapsed,
                27_000.0 / Math.max(1, elapsed));
        assertThat(outcomes).hasSize(27);
        assertThat(outcomes).allSatisfy(r -> assertThat(EventJson.fromBytes(r.value(), DocumentAnalyzedV1.class)
                .outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED));
        // one key, one partition, one consumer copy: the runs come out in the order they went in
        assertThat(outcomes.stream().filter(r -> r.key().equals(repeated))
                .map(r -> EventJson.fromBytes(r.value(), DocumentAnalyzedV1.class).analysisRun()).toList())
                .containsExactly(1, 2, 3);
        List<ConsumerRecord<String, byte[]>> sets = TestTopics.read(Topics.INDICATORS_EXTRACTED,
                r -> repeated.equals(r.key()), 3, WAIT);
        assertThat(sets.stream().map(r -> EventJson.fromBytes(r.value(), IndicatorsExtractedV1.class).analysisRun())
                .toList()).containsExactly(1, 2, 3);
    }

    static DocumentIngestedV1 ingested(String id, int run, byte[] content, String fileName) {
        return new DocumentIngestedV1(UUID.randomUUID().toString(), DocumentIngestedV1.SCHEMA_VERSION, id,
                "hash-" + id, fileName, "text/plain", content.length, content, DocumentHintsV1.none(), run,
                Instant.now());
    }

    static ConsumerRecord<String, byte[]> one(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> found = TestTopics.read(topic, r -> key.equals(r.key()), 1, WAIT);
        assertThat(found).as("a record keyed %s on %s", key, topic).isNotEmpty();
        return found.get(0);
    }

    /** The average compressed/uncompressed size of the batches the channel's producer sent (1.0: uncompressed). */
    static double compressionRate(KafkaClientService clients, String channel) {
        return clients.getProducer(channel).unwrap().metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("compression-rate-avg")
                        && e.getKey().group().equals("producer-metrics"))
                .map(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .findFirst().orElseThrow();
    }

    static void send(String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
