package org.plantrack.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/**
 * What a record on a dead-letter topic ({@code plantrack.dlq.*}) looks like, whoever sends it: the original key,
 * value and headers unchanged, plus headers saying why and where from. The names are those of SmallRye's
 * dead-letter-queue failure strategy, so a record reads the same whether the connector or a consumer that handles
 * whole polls itself put it there. Values are UTF-8 text.
 */
public final class DeadLetterRecords {

    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    public static final String CAUSE = "dead-letter-cause";

    private DeadLetterRecords() {
    }

    /** The dead letter of {@code record} for {@code deadLetterTopic}, keeping its key so it lands beside its kin. */
    public static <V> ProducerRecord<String, V> of(String deadLetterTopic, ConsumerRecord<String, V> record,
                                                   String reason) {
        ProducerRecord<String, V> dead = new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        dead.headers().add(REASON, utf8(reason))
                .add(TOPIC, utf8(record.topic()))
                .add(PARTITION, utf8(Integer.toString(record.partition())))
                .add(OFFSET, utf8(Long.toString(record.offset())));
        return dead;
    }

    /** The text of {@code name} on {@code record}, or null without it (the last one wins, as for any header). */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static byte[] utf8(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
