package org.plantrack.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterRecordsTest {

    @Test
    void aDeadLetterKeepsKeyValueAndHeadersAndSaysWhyAndWhereFrom() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.INDICATORS_EXTRACTED, 4, 1234L, 0L,
                TimestampType.CREATE_TIME, 0, 0, "doc-1", new byte[] {1, 2, 3}, headers, Optional.empty());

        ProducerRecord<String, byte[]> dead = DeadLetterRecords.of(Topics.DLQ_TARGET, record, "not JSON: 统计");

        assertThat(dead.topic()).isEqualTo(Topics.DLQ_TARGET);
        assertThat(dead.partition()).isNull();
        assertThat(dead.key()).isEqualTo("doc-1");
        assertThat(dead.value()).containsExactly(1, 2, 3);
        assertThat(new String(dead.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo("00-abc-def-01");
        ConsumerRecord<String, byte[]> read = new ConsumerRecord<>(dead.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME,
                0, 0, dead.key(), dead.value(), dead.headers(), Optional.empty());
        assertThat(DeadLetterRecords.header(read, DeadLetterRecords.REASON)).isEqualTo("not JSON: 统计");
        assertThat(DeadLetterRecords.header(read, DeadLetterRecords.TOPIC)).isEqualTo(Topics.INDICATORS_EXTRACTED);
        assertThat(DeadLetterRecords.header(read, DeadLetterRecords.PARTITION)).isEqualTo("4");
        assertThat(DeadLetterRecords.header(read, DeadLetterRecords.OFFSET)).isEqualTo("1234");
        assertThat(DeadLetterRecords.header(read, DeadLetterRecords.CAUSE)).isNull();
    }
}
