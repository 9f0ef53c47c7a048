package org.plantrack.devinfra;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherSettingsTest {

    private final Path root = Path.of("/repo");

    @Test
    void defaultsStartEverythingLocallyOnTheConventionalPorts() {
        LauncherSettings s = LauncherSettings.from(root, Map.of());
        assertThat(s.startsKafka()).isTrue();
        assertThat(s.startsPostgres()).isTrue();
        assertThat(s.kafkaPort()).isEqualTo(9092);
        assertThat(s.pgPort()).isEqualTo(5432);
        assertThat(s.home()).isEqualTo(Path.of("/repo/.plantrack"));
        assertThat(s.servicePorts()).containsEntry("gateway", 8080).containsEntry("ingest-service", 8081)
                .containsEntry("nlp-service", 8082).containsEntry("target-service", 8083)
                .containsEntry("gateway.management", 9000).containsEntry("ingest-service.management", 9001)
                .containsEntry("nlp-service.management", 9002).containsEntry("target-service.management", 9003);
        // C1 only for the services that are framework code; nlp-service's analysis keeps C2
        assertThat(s.serviceJvmOptions().forService("nlp-service")).containsExactly("-Xmx512m", "-Xms64m",
                "-XX:+UseSerialGC");
        for (String service : new String[] {"ingest-service", "target-service", "gateway"}) {
            assertThat(s.serviceJvmOptions().forService(service)).containsExactly("-Xmx512m", "-Xms64m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void externalKafkaAndPostgresAreUsedInsteadOfLocalOnes() {
        LauncherSettings s = LauncherSettings.from(root, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                "PLANTRACK_PG_URL", "jdbc:postgresql://db.internal:5432",
                "PLANTRACK_PG_USER", "plantrack",
                "PLANTRACK_PG_PASSWORD", "secret"));
        assertThat(s.startsKafka()).isFalse();
        assertThat(s.startsPostgres()).isFalse();
        assertThat(s.externalKafka()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(s.externalPgUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/");
        assertThat(s.pgUser()).isEqualTo("plantrack");

        PlanTrackServices.Wiring wiring = new PlanTrackServices.Wiring(s.externalKafka(), s.externalPgUrl(),
                s.pgUser(), s.pgPassword(), s.servicePorts());
        assertThat(PlanTrackServices.environment(PlanTrackServices.TARGET, wiring))
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db.internal:5432/plantrack_target")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "plantrack")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092")
                .containsEntry("QUARKUS_HTTP_PORT", "8083")
                .containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_MANAGEMENT_PORT", "9003")
                .containsEntry("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        assertThat(wiring.readinessUrl(PlanTrackServices.TARGET)).hasToString("http://localhost:9003/q/health/ready");
        assertThat(PlanTrackServices.environment(PlanTrackServices.GATEWAY, wiring))
                .containsEntry("INGEST_SERVICE_URL", "http://localhost:8081")
                .containsEntry("TARGET_SERVICE_URL", "http://localhost:8083")
                .doesNotContainKey("QUARKUS_DATASOURCE_JDBC_URL")
                .doesNotContainKey("QUARKUS_HTTP_HOST")
                // the gateway's public port faces other machines, its health and metrics do not
                .containsEntry("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
    }

    @Test
    void portsAndJvmOptionsCanBeOverridden() {
        LauncherSettings s = LauncherSettings.from(root, Map.of("PLANTRACK_GATEWAY_PORT", "18080",
                "PLANTRACK_NLP_MANAGEMENT_PORT", "19002",
                "PLANTRACK_JAVA_OPTS", " -Xmx256m  -XX:+UseSerialGC ", "PLANTRACK_HOME", "/var/plantrack"));
        assertThat(s.servicePorts()).containsEntry("gateway", 18080).containsEntry("nlp-service.management", 19002);
        // given options replace the defaults for every service, the compiler choice included
        for (PlanTrackServices.Spec spec : PlanTrackServices.ALL) {
            assertThat(s.serviceJvmOptions().forService(spec.name())).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        }
        assertThat(s.logDir()).isEqualTo(Path.of("/var/plantrack/logs"));
        assertThatThrownBy(() -> LauncherSettings.from(root, Map.of("PLANTRACK_PG_PORT", "post")))
                .hasMessageContaining("PLANTRACK_PG_PORT");
    }
}
