package org.plantrack.nlpservice.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable indicator ids. The same bytes analysed again give the same offsets and values and therefore the same ids,
 * which lets target-service replace a document's set without churning ids that did not change.
 */
public final class IndicatorIds {

    /** SHA-256 of documentId|start|end|metric|value|unit|kind, hex, first 32 characters (128 bits are plenty). */
    public static String of(String documentId, int start, int end, String metric, BigDecimal value, String unit,
                            String kind) {
        String canonicalValue = value == null ? "" : value.stripTrailingZeros().toPlainString();
        String joined = String.join("|", nullToEmpty(documentId), Integer.toString(start), Integer.toString(end),
                nullToEmpty(metric), canonicalValue, nullToEmpty(unit), nullToEmpty(kind));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private IndicatorIds() {
    }
}
