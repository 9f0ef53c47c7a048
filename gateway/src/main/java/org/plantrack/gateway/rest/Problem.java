package org.plantrack.gateway.rest;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details, the body of every 4xx/5xx answer the gateway itself produces. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "https://plantrack.org/problems/";

    public static Response.ResponseBuilder builder(int status, String type, String title, String detail,
                                                   String instance) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + type, title, status, detail, instance));
    }

    public static Response response(int status, String type, String title, String detail, String instance) {
        return builder(status, type, title, detail, instance).build();
    }
}
