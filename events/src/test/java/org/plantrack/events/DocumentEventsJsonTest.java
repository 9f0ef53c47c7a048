package org.plantrack.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentEventsJsonTest {

    private static final Instant AT = Instant.parse("2026-03-04T05:06:07Z");

    @Test
    void deletionCarriesTheRunThatSupersedesEveryAnalysedOne() {
        var event = new DocumentDeletedV1(EventIds.newId(), DocumentDeletedV1.SCHEMA_VERSION, "doc-9", 4, AT);

        DocumentDeletedV1 back = EventJson.fromBytes(EventJson.toBytes(event), DocumentDeletedV1.class);

        assertThat(back).isEqualTo(event);
        assertThat(new String(EventJson.toBytes(event), StandardCharsets.UTF_8))
                .contains("\"analysisRun\":4", "\"deletedAt\":\"2026-03-04T05:06:07Z\"");
    }

    @Test
    void eachStateCarriesWhatItsChangeSetsAndNothingElse() {
        var received = DocumentStateChangedV1.received("d", 1, "规划.txt", AT, "某市规划", AT);
        var analyzed = DocumentStateChangedV1.analyzed("d", 1, "某市国民经济和社会发展规划", "某市", "plan",
                "2021-2025", 12, AT);
        var failed = DocumentStateChangedV1.failed("d", 2, "无法解码", AT);

        var receivedBack = EventJson.fromBytes(EventJson.toBytes(received), DocumentStateChangedV1.class);
        var analyzedBack = EventJson.fromBytes(EventJson.toBytes(analyzed), DocumentStateChangedV1.class);
        var failedBack = EventJson.fromBytes(EventJson.toBytes(failed), DocumentStateChangedV1.class);

        assertThat(receivedBack).isEqualTo(received);
        assertThat(receivedBack.fileName()).isEqualTo("规划.txt");
        assertThat(analyzedBack.state()).isEqualTo(DocumentStateChangedV1.State.ANALYZED);
        assertThat(analyzedBack.indicatorCount()).isEqualTo(12);
        assertThat(analyzedBack.fileName()).isNull();
        assertThat(failedBack.failureReason()).isEqualTo("无法解码");
        assertThat(failedBack.title()).isNull();
        assertThat(DocumentStateChangedV1.deleted("d", 3, AT).state()).isEqualTo(DocumentStateChangedV1.State.DELETED);
    }
}
