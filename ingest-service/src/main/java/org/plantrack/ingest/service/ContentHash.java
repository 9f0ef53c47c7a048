package org.plantrack.ingest.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of document bytes, and the document id derived from it. */
public final class ContentHash {

    /** 32 hex digits (128 bits): URL-safe, stable for the same bytes, collisions out of reach in practice. */
    public static final int ID_LENGTH = 32;

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    public static String documentId(String sha256Hex) {
        return sha256Hex.substring(0, ID_LENGTH);
    }

    private ContentHash() {
    }
}
