package org.plantrack.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * What identifies one extracted indicator for the comparison of expected and stored sets: the fields nlp-core
 * produces and target-service stores as written (value without trailing zeros, so 6.50 and 6.5 are equal).
 */
record IndicatorKey(String metric, String value, String unit, String kind, Integer year, int start, int end) {

    static IndicatorKey of(JsonNode stored) {
        JsonNode value = stored.path("value");
        return new IndicatorKey(text(stored.path("metric")),
                value.isMissingNode() || value.isNull() ? null : plain(new BigDecimal(value.asText())),
                text(stored.path("unit")), text(stored.path("kind")),
                stored.path("year").isNumber() ? stored.path("year").asInt() : null,
                stored.path("start").asInt(), stored.path("end").asInt());
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
