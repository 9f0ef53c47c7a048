package org.plantrack.devinfra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PLANTRACK_KAFKA_JAVA_OPTS replaces the local broker's JVM options; unset or blank keeps the defaults. */
class KafkaBrokerJvmOptionsTest {

    @Test
    void givenOptionsReplaceTheDefaults() {
        assertThat(KafkaBrokerProcess.defaultJvmOptions("  -Xmx256m   -XX:+UseSerialGC "))
                .containsExactly("-Xmx256m", "-XX:+UseSerialGC");
    }

    @Test
    void unsetOrBlankKeepsTheDefaults() {
        assertThat(KafkaBrokerProcess.defaultJvmOptions(null)).isEqualTo(KafkaBrokerProcess.DEFAULT_JVM_OPTIONS);
        assertThat(KafkaBrokerProcess.defaultJvmOptions(" ")).isEqualTo(KafkaBrokerProcess.DEFAULT_JVM_OPTIONS);
        assertThat(KafkaBrokerProcess.DEFAULT_JVM_OPTIONS).contains("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }
}
