package org.plantrack.devinfra.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The document id ingest-service gives these bytes: the first 32 hex digits of their SHA-256 (the same rule as
 * ingest-service's service/ContentHash, which this module cannot depend on). Knowing the id before uploading lets a
 * re-run ask the gateway whether the document is already there instead of sending the bytes again.
 */
public final class DocumentHash {

    static final int ID_LENGTH = 32;

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    public static String documentId(byte[] content) {
        return sha256Hex(content).substring(0, ID_LENGTH);
    }

    private DocumentHash() {
    }
}
