package org.plantrack.outbox;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plantrack.testsupport.TestKafka;
import org.plantrack.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * A fresh database on the test PostgreSQL with an outbox table of the {@link ChangeTable} layout, and real
 * producers on the test broker, some of which fail chosen sends the way a broker outage makes them fail.
 */
final class OutboxFixture implements AutoCloseable {

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final String url;
    private final List<Producer<String, byte[]>> producers = new ArrayList<>();

    OutboxFixture() throws SQLException {
        url = TestPostgres.jdbcUrl("outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try (Connection c = connect(); Statement st = c.createStatement()) {
            // target-service's layout (its migrations V1, V4_1 and V5 end with these columns)
            st.execute("create table outbox (id bigserial primary key, created_at timestamp with time zone not null,"
                    + " traceparent varchar(55), topics text[] not null, message_keys text[] not null,"
                    + " payloads text[] not null)");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
    }

    /** A connection in a transaction, as the relay's rounds run. */
    Connection transaction() throws SQLException {
        Connection c = connect();
        c.setAutoCommit(false);
        return c;
    }

    long rows() throws SQLException {
        try (Connection c = connect()) {
            return new ChangeTable("outbox").pending(c).count();
        }
    }

    /** The relay's own producer, as the services create it. */
    Producer<String, byte[]> producer() {
        return keep(OutboxProducers.create(TestKafka.bootstrapServers(), "outbox-test", ACK_TIMEOUT, 1024 * 1024,
                "lz4"));
    }

    /** A real producer that refuses the chosen sends (1-based) at once, as send() does with the broker away. */
    Producer<String, byte[]> refusing(IntPredicate refuse) {
        return keep(new KafkaProducer<>(config(), new StringSerializer(), new ByteArraySerializer()) {
            private int sends;

            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                if (refuse.test(++sends)) {
                    throw new org.apache.kafka.common.errors.TimeoutException("injected: no metadata in time");
                }
                return super.send(record, callback);
            }
        });
    }

    /** A real producer whose chosen sends fail a moment later, after the records behind them were handed over. */
    Producer<String, byte[]> failingLater(IntPredicate fail) {
        return keep(new KafkaProducer<>(config(), new StringSerializer(), new ByteArraySerializer()) {
            private int sends;

            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                if (fail.test(++sends)) {
                    CompletableFuture<RecordMetadata> later = new CompletableFuture<>();
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> later
                            .completeExceptionally(new NetworkException("injected: connection lost")));
                    return later;
                }
                return super.send(record, callback);
            }
        });
    }

    private static java.util.Map<String, Object> config() {
        return java.util.Map.of("bootstrap.servers", TestKafka.bootstrapServers(), "acks", "all",
                "enable.idempotence", true, "compression.type", "lz4");
    }

    private Producer<String, byte[]> keep(Producer<String, byte[]> producer) {
        synchronized (producers) {
            producers.add(producer);
        }
        return producer;
    }

    @Override
    public void close() {
        producers.forEach(p -> p.close(Duration.ofSeconds(5)));
    }
}
