package org.plantrack.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.plantrack.web.problem.Problem;
import org.plantrack.web.security.ApiKeyCheck;

import java.util.Optional;

/**
 * API keys in the X-API-Key header for every REST request, by the rules of {@link ApiKeyCheck} (the WebSocket
 * upgrade applies the same ones in {@link org.plantrack.gateway.stream.LiveSocket}). Pre-matching: the decision is
 * taken on the raw path, before any routing, so no spelling of a path slips past it.
 */
public class ApiKeyFilter {

    public static final String HEADER = ApiKeyCheck.HEADER;

    @ConfigProperty(name = "plantrack.api-key")
    Optional<String> apiKey;

    @ConfigProperty(name = "plantrack.protect-reads", defaultValue = "false")
    boolean protectReads;

    /** Built at the first request, from the injected configuration (racing builds give equal checks). */
    private volatile ApiKeyCheck check;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return keyCheck().refusal(request.getMethod(), path, request.getHeaderString(HEADER))
                .map(refusal -> Problem.response(refusal, ApiKeyCheck.detail(refusal, "the " + HEADER + " header"),
                        path))
                .orElse(null);
    }

    private ApiKeyCheck keyCheck() {
        ApiKeyCheck built = check;
        if (built == null) {
            built = new ApiKeyCheck(apiKey, protectReads);
            check = built;
        }
        return built;
    }
}
