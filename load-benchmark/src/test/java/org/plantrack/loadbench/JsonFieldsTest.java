package org.plantrack.loadbench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFieldsTest {

    private static final String ANALYZED = """
            {"eventId":"e1","sections":[{"heading":"一、目标","documentId":"not this one"}],
             "cleanedText":"二〇二五年，地区生产总值增长5%左右。","outcome":"ANALYZED",
             "counts":{"characters":18,"indicators":3},"documentId":"doc-1"}""";

    @Test
    void readsTopLevelAndNestedScalarsSkippingEverythingElse() {
        byte[] json = ANALYZED.getBytes(StandardCharsets.UTF_8);
        assertThat(JsonFields.text(json, "outcome")).isEqualTo("ANALYZED");
        assertThat(JsonFields.text(json, "counts", "indicators")).isEqualTo("3");
        // a field of the same name inside an array element is not the top-level one
        assertThat(JsonFields.text(json, "documentId")).isEqualTo("doc-1");
    }

    @Test
    void findsTheDocumentOfAnIndicatorEvent() {
        String event = """
                {"type":"ADDED","targetKey":"北京市|地区生产总值|十四五","indicator":{"id":"i1","value":5,
                 "cleaned":{"valueStart":1},"documentId":"doc-9"},"occurredAt":"2026-11-22T07:00:00Z"}""";
        assertThat(JsonFields.text(event, "indicator", "documentId")).isEqualTo("doc-9");
    }

    @Test
    void answersNullForMissingNullNonScalarOrBrokenInput() {
        assertThat(JsonFields.text("{\"indicator\":{\"id\":\"i1\"}}", "indicator", "documentId")).isNull();
        assertThat(JsonFields.text("{\"indicator\":null}", "indicator", "documentId")).isNull();
        assertThat(JsonFields.text("{\"outcome\":null}", "outcome")).isNull();
        assertThat(JsonFields.text("{\"counts\":{\"a\":1}}", "counts")).isNull();
        assertThat(JsonFields.text(": heartbeat", "outcome")).isNull();
        assertThat(JsonFields.text("[1,2]", "outcome")).isNull();
        assertThat(JsonFields.text("{\"outcome\":\"ANALY", "outcome")).isNull();
    }
}
