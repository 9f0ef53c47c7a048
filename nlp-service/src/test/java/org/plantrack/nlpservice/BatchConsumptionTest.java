package org.plantrack.nlpservice;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plantrack.nlpservice.NlpPipelineTest.ingested;
import static org.plantrack.nlpservice.NlpPipelineTest.one;

/**
 * The consumer takes a poll at a time. Records sent in one produce request to one partition arrive in one poll, so
 * these tests put a bad record in the middle of a poll: its neighbours must be analysed and published, and the poll
 * acknowledged only once every record's outputs (or its dead letter) are in the broker. The service reads its own
 * topic here (own consumer group, nothing left over from other tests) and may publish outcomes of at most 20 KB, so
 * the outcome of a long document fails to publish, deterministically (RecordTooLargeException, a failure no retry
 * can fix: the bounded variant's 10 s backoff of this profile would show if it were retried).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@TestProfile(BatchConsumptionTest.Profile.class)
class BatchConsumptionTest {

    @Inject
    KafkaClientService kafkaClients;

    static final String TOPIC = "plantrack.test.nlp-batches.v1";
    static final String GROUP = "nlp-service-batch-test";
    private static final int PARTITION = 2;
    private static final Duration WAIT = Duration.ofSeconds(90);

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // created before the service starts, so its consumers are assigned the partitions from the start
            TestKafka.createTopics(List.of(TOPIC), Topics.DEFAULT_PARTITIONS);
            return Map.of(
                    "mp.messaging.incoming.documents-in.topic", TOPIC,
                    "mp.messaging.incoming.documents-in.group.id", GROUP,
                    "mp.messaging.incoming.documents-in.auto.commit.interval.ms", "200",
                    "mp.messaging.outgoing.analyzed-out.max.request.size", "20000",
                    "plantrack.retry.bounded.max-attempts", "3",
                    "plantrack.retry.bounded.initial-delay", "10s",
                    // the environment variable that switches compression off (lz4 by default)
                    "PLANTRACK_KAFKA_COMPRESSION", "none");
        }
    }

    private static final String TEXT = "某市国民经济和社会发展规划\n到2025年，全市地区生产总值达到5000亿元。\n";

    @Test
    void aMalformedRecordInTheMiddleOfAPollIsDeadLetteredAndItsNeighboursArePublished() throws Exception {
        String first = "first-" + UUID.randomUUID();
        String bad = "bad-" + UUID.randomUUID();
        String last = "last-" + UUID.randomUUID();
        byte[] malformed = ("{\"documentId\":\"" + bad + "\",\"analysisRun\":4,\"content\":12345}")
                .getBytes(StandardCharsets.UTF_8);
        sendTogether(List.of(
                new ProducerRecord<>(TOPIC, PARTITION, first, document(first, TEXT)),
                new ProducerRecord<>(TOPIC, PARTITION, bad, malformed),
                new ProducerRecord<>(TOPIC, PARTITION, last, document(last, TEXT))));

        for (String id : List.of(first, last)) {
            assertThat(outcome(id).outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
            assertThat(one(Topics.INDICATORS_EXTRACTED, id)).isNotNull();
        }
        // PLANTRACK_KAFKA_COMPRESSION=none reaches the indicator producer: its batches go out uncompressed
        assertThat(NlpPipelineTest.compressionRate(kafkaClients, "indicators-out")).isEqualTo(1.0);
        ConsumerRecord<String, byte[]> dead = one(Topics.DLQ_NLP, bad);
        assertThat(dead.value()).isEqualTo(malformed);
        assertThat(header(dead, "dead-letter-reason")).contains("DocumentIngestedV1");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(TOPIC);
        DocumentAnalyzedV1 failed = outcome(bad);
        assertThat(failed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(failed.analysisRun()).isEqualTo(4);
        // only the bad record is a dead letter (the connector's own strategy would send the whole poll there)
        assertThat(TestTopics.read(Topics.DLQ_NLP, r -> first.equals(r.key()) || last.equals(r.key()), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aResultTooLargeForTheBrokerIsDeadLetteredAtTheFirstAttemptAndItsRunEndsFailedWithTheReason()
            throws Exception {
        String before = "before-" + UUID.randomUUID();
        String tooLarge = "large-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();
        // ~60 KB of cleaned text: its DocumentAnalyzedV1 exceeds the 20 KB the producer may send in this profile
        String longText = TEXT + "坚持创新驱动发展，全面塑造发展新优势。".repeat(1000);
        List<RecordMetadata> sent = sendTogether(List.of(
                new ProducerRecord<>(TOPIC, PARTITION, before, document(before, TEXT)),
                new ProducerRecord<>(TOPIC, PARTITION, tooLarge, document(tooLarge, longText)),
                new ProducerRecord<>(TOPIC, PARTITION, after, document(after, TEXT))));
        long firstOffset = sent.get(0).offset();

        // watch the group's committed offset until the whole poll is committed; each observation is stamped with a
        // time after it was read, so one stamped before the dead letter was sent was surely read before that
        List<long[]> observed = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long committed = committedOffset();
            observed.add(new long[] {System.currentTimeMillis(), committed});
            if (committed > sent.get(2).offset()) {
                break;
            }
            Thread.sleep(100);
        }

        // a record too large is not sent again (RecordTooLargeException is permanent): the dead letter says so
        ConsumerRecord<String, byte[]> dead = one(Topics.DLQ_NLP, tooLarge);
        assertThat(header(dead, "dead-letter-reason"))
                .startsWith("publishing the analysis outcome of document " + tooLarge
                        + " failed once for a reason no retry can fix: ")
                .contains("RecordTooLargeException");
        // and the run ends FAILED, with a reason its owner can act on (ingest-service stores it as the document's)
        DocumentAnalyzedV1 failed = outcome(tooLarge);
        assertThat(failed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(failed.analysisRun()).isEqualTo(1);
        assertThat(failed.cleanedText()).isNull();
        assertThat(failed.failureReason()).startsWith("the analysis result is too large to pass on")
                .contains("split the document");

        // fast: right after its neighbours, not after the bounded variant's first backoff (10 s in this profile)
        for (String id : List.of(before, after)) {
            ConsumerRecord<String, byte[]> outcome = one(Topics.DOCUMENTS_ANALYZED, id);
            assertThat(EventJson.fromBytes(outcome.value(), DocumentAnalyzedV1.class).outcome())
                    .isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
            assertThat(dead.timestamp() - outcome.timestamp()).as("dead letter after the outcome of %s", id)
                    .isLessThan(10_000);
        }
        // the poll was acknowledged only once the dead letter was in the broker, and then as a whole
        List<Long> beforeTheDeadLetter = observed.stream().filter(o -> o[0] < dead.timestamp()).map(o -> o[1])
                .toList();
        assertThat(beforeTheDeadLetter).allSatisfy(committed -> assertThat(committed).isLessThanOrEqualTo(firstOffset));
        assertThat(observed.get(observed.size() - 1)[1]).isEqualTo(sent.get(2).offset() + 1);
    }

    private static byte[] document(String id, String text) {
        return EventJson.toBytes(ingested(id, 1, text.getBytes(StandardCharsets.UTF_8), "plan.txt"));
    }

    /**
     * Sends the records as one record batch (a batch as large as the largest record, a linger longer than the
     * sends take): a fetch returns whole batches, so the consumer gets them in one poll.
     */
    private static List<RecordMetadata> sendTogether(List<ProducerRecord<String, byte[]>> records) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 1000, ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> futures = new ArrayList<>();
            for (ProducerRecord<String, byte[]> record : records) {
                futures.add(producer.send(record));
            }
            producer.flush();
            List<RecordMetadata> sent = new ArrayList<>();
            for (Future<RecordMetadata> future : futures) {
                sent.add(future.get());
            }
            return sent;
        }
    }

    private static long committedOffset() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(TOPIC, PARTITION));
            return offset == null ? -1 : offset.offset();
        }
    }

    private static DocumentAnalyzedV1 outcome(String id) {
        return EventJson.fromBytes(one(Topics.DOCUMENTS_ANALYZED, id).value(), DocumentAnalyzedV1.class);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
