package org.plantrack.web.problem;

import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem details, the body of every 4xx/5xx answer a PlanTrack service produces itself.
 *
 * @param type     a {@link ProblemType} URI, or {@code about:blank} for a status without a type of ours
 * @param instance the request path the problem is about
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance);
    }

    /** With a title naming more than the type's (e.g. which service is unavailable). */
    public static Problem of(ProblemType type, String title, String detail, String instance) {
        return new Problem(type.uri(), title, type.status(), detail, instance);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return of(type, detail, instance).toResponse();
    }
}
