package org.plantrack.web.security;

import org.plantrack.web.problem.ProblemType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Who needs the API key, and whether a given one is right: the one decision behind the REST filter and the
 * WebSocket upgrade. With a key configured, every request with a method other than GET, HEAD or OPTIONS needs it,
 * whatever its path (no write is meant to be open, and the decision must not depend on how a path is spelled);
 * reads of the webhook registrations need it too (their URLs are the receivers' business), and every read under
 * /api when reads are protected. Paths are judged in their {@link CanonicalPath} form, so {@code /%61pi/webhooks},
 * {@code //api/webhooks} or {@code /API/./webhooks/} count as /api/webhooks. Without a key everything is open
 * (local use).
 */
public final class ApiKeyCheck {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String key;
    private final boolean protectReads;

    /** @param key the configured key; empty or blank leaves everything open */
    public ApiKeyCheck(Optional<String> key, boolean protectReads) {
        this.key = key.map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        this.protectReads = protectReads;
    }

    public boolean needsKey(String method, String rawPath) {
        if (key == null) {
            return false;
        }
        if (!READ_METHODS.contains(method)) {
            return true;
        }
        return CanonicalPath.isUnder(rawPath, "/api/webhooks") || protectReads && CanonicalPath.isUnder(rawPath, "/api");
    }

    /** Empty when the request may go on; otherwise why it is refused (no key given, or a wrong one). */
    public Optional<ProblemType> refusal(String method, String rawPath, String givenKey) {
        if (!needsKey(method, rawPath)) {
            return Optional.empty();
        }
        if (givenKey == null || givenKey.isBlank()) {
            return Optional.of(ProblemType.API_KEY_MISSING);
        }
        return matches(key, givenKey) ? Optional.empty() : Optional.of(ProblemType.API_KEY_INVALID);
    }

    /** The detail a refusal is answered with: where the key goes, never anything about the key itself. */
    public static String detail(ProblemType refusal, String where) {
        return refusal == ProblemType.API_KEY_MISSING
                ? "this request needs an API key in " + where
                : where + " does not hold a valid API key";
    }

    /**
     * Constant-time comparison: response timing must not reveal how much of a guess was right. Both sides are
     * compared as their SHA-256 digests, so not even the key's length shows.
     */
    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(sha256(given.strip()), sha256(expected.strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
