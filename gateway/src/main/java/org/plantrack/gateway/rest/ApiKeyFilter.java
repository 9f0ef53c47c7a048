package org.plantrack.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * API keys in the X-API-Key header. With a key configured (PLANTRACK_API_KEY) every write under /api needs it;
 * reads need it too when PLANTRACK_PROTECT_READS=true. Without a key the gateway is open (local use).
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
        if (!path.startsWith("/api/")) {
            return null;
        }
        if (READ_METHODS.contains(request.getMethod()) && !protectReads) {
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

    /** Constant-time comparison: response timing must not reveal how much of a guess was right. */
    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8),
                expected.strip().getBytes(StandardCharsets.UTF_8));
    }
}
