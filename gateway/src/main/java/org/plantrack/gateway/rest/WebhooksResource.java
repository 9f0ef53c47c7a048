package org.plantrack.gateway.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plantrack.gateway.webhook.WebhookView;
import org.plantrack.gateway.webhook.Webhooks;

import java.util.List;

/** Webhook subscriptions: a registered URL receives matching live events by POST. */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Registrations are stored durably in the compacted Kafka topic "
        + "plantrack.webhooks.v1: they survive gateway restarts and are shared by every gateway instance, and each "
        + "matching event is delivered once per webhook whichever instance handles it.")
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook (stored durably, shared by all gateway instances; needs the API key)",
            description = "Body: {url (http/https), filters: {documentId, region, metric, kind, domain, type, "
                    + "targetKey, period: a value or an array of values, as on the SSE streams; each event kind is "
                    + "filtered on the names its stream knows}, events: [\"indicator\", \"target\"] (default both), "
                    + "secret (optional, 16-256 characters; generated when absent)}. The answer is the only one that "
                    + "shows the secret. Each matching event is POSTed as the SSE event's JSON with headers "
                    + "X-PlanTrack-Event (indicator|target), X-PlanTrack-Delivery (unique id, the same on retries), "
                    + "X-PlanTrack-Signature (sha256=<hex HMAC-SHA256 of the body keyed with the secret>). "
                    + "A 4xx answer other than 408 and 429 is given up at once (the same request would be refused "
                    + "again). Connection failures and other non-2xx answers are retried with exponential backoff "
                    + "(plantrack.retry.delivery.*: 1 s, doubling, up to 5 attempts), then "
                    + "given up, recorded on plantrack.dlq.gateway and counted (plantrack.gateway.webhook.dropped). "
                    + "Delivery is at least once: after a gateway crash an event may arrive again with the same "
                    + "X-PlanTrack-Delivery id. 503 when the registration could not be stored.")
    public Response create(JsonNode body) {
        WebhookView created = webhooks.register(body);
        // a relative Location: built from the request it would carry whatever Host header the client sent
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/api/webhooks/" + created.id())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Registered webhooks (secrets are never shown; delivery counts are this instance's)")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook, with its delivery counts (the secret is never shown)")
    public WebhookView get(@PathParam("id") String id) {
        return webhooks.get(id).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a webhook everywhere; its pending deliveries are abandoned (needs the API key)")
    public Response delete(@PathParam("id") String id) {
        if (!webhooks.remove(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.WEBHOOK_NOT_FOUND, "no webhook '" + id + "' is registered");
    }
}
