package org.plantrack.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.plantrack.gateway.security.CanonicalPath;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * API keys in the X-API-Key header. With a key configured (PLANTRACK_API_KEY) every request with a method other than
 * GET, HEAD or OPTIONS needs it, whatever its path: the decision must not depend on how a path is spelled, and no
 * write is meant to be open. Reads of the webhook registrations need it too (their URLs are the receivers' business),
 * and every read under /api when PLANTRACK_PROTECT_READS=true. Read paths are judged in their {@link CanonicalPath}
 * form, so {@code /%61pi/webhooks}, {@code //api/webhooks} or {@code /API/./webhooks/} count as /api/webhooks.
 * Without a key the gateway is open (local use).
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "plantrack.api-key")
    Optional<String> apiKey;

    @ConfigProperty(name = "plantrack.protect-reads", defaultValue = "false")
    boolean protectReads;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (apiKey.isEmpty() || apiKey.get().isBlank()) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (READ_METHODS.contains(request.getMethod()) && !readNeedsKey(path)) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || given.isBlank()) {
            return Problem.response(401, "api-key-missing", "API key required",
                    "this request needs an API key in the " + HEADER + " header", path);
        }
        if (!matches(apiKey.get(), given)) {
            return Problem.response(401, "api-key-invalid", "Invalid API key",
                    "the " + HEADER + " header does not hold a valid API key", path);
        }
        return null;
    }

    private boolean readNeedsKey(String rawPath) {
        return CanonicalPath.isUnder(rawPath, "/api/webhooks") || protectReads && CanonicalPath.isUnder(rawPath, "/api");
    }

    /** Constant-time comparison: response timing must not reveal how much of a guess was right. */
    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8),
                expected.strip().getBytes(StandardCharsets.UTF_8));
    }
}
