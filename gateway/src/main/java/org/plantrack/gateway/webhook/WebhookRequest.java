package org.plantrack.gateway.webhook;

import org.plantrack.web.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LiveStreams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A registration body, checked field by field so a 400 names what is wrong. Filters use the SSE streams' names and
 * semantics: each event kind is filtered on the names its stream knows (an indicator-only filter such as domain
 * does not restrict target events).
 */
record WebhookRequest(URI url, Map<String, List<String>> filters, Set<String> events, String secret) {

    static final Set<String> EVENTS = Set.of("indicator", "target");
    private static final Set<String> FIELDS = Set.of("url", "filters", "events", "secret");
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MIN_SECRET_LENGTH = 16;
    private static final int MAX_SECRET_LENGTH = 256;

    static WebhookRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "the request body must be a JSON object with at least 'url'");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid(name, "unknown field; accepted: url, filters, events, secret");
            }
        }
        URI url = url(body.get("url"));
        Set<String> events = events(body.get("events"));
        Map<String, List<String>> filters = filters(body.get("filters"), events);
        String secret = secret(body.get("secret"));
        try {
            // the filters must be valid for the streams: the same limits and closed values (kind, type)
            EventFilter.parse(filters, LiveStreams.INDICATOR_FILTERS);
            EventFilter.parse(filters, LiveStreams.TARGET_FILTERS);
        } catch (ProblemException e) {
            throw invalid("filters", e.getMessage());
        }
        return new WebhookRequest(url, filters, events, secret);
    }

    private static URI url(JsonNode node) {
        if (node == null || node.isNull()) {
            throw invalid("url", "is required");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw invalid("url", "must be a non-empty string");
        }
        String text = node.asText().strip();
        if (text.length() > MAX_URL_LENGTH) {
            throw invalid("url", "is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("url", "is not a valid URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("url", "must be an http or https URL");
        }
        boolean noAuthority = uri.getRawAuthority() == null || uri.getRawAuthority().isBlank();
        if (noAuthority) {
            throw invalid("url", "must name a host");
        }
        // an authority java.net.URI reads no host from (0x7f.0.0.1, 127.1, 127.0.0.1.) is left to the destination
        // check, which refuses it naming the rule (webhook-destination-refused) rather than as a malformed URL
        return uri;
    }

    private static Set<String> events(JsonNode node) {
        if (node == null || node.isNull()) {
            return Set.copyOf(EVENTS);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw invalid("events", "must be a non-empty array of \"indicator\" and/or \"target\"");
        }
        Set<String> events = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || !EVENTS.contains(item.asText())) {
                throw invalid("events", "unknown event " + item + "; accepted: \"indicator\", \"target\"");
            }
            events.add(item.asText());
        }
        return Set.copyOf(events);
    }

    private static Map<String, List<String>> filters(JsonNode node, Set<String> events) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw invalid("filters", "must be an object of filter name to a value or an array of values");
        }
        Set<String> known = new TreeSet<>();
        if (events.contains("indicator")) {
            known.addAll(LiveStreams.INDICATOR_FILTERS);
        }
        if (events.contains("target")) {
            known.addAll(LiveStreams.TARGET_FILTERS);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            if (!known.contains(name)) {
                throw invalid("filters." + name, "is not a filter of the selected events " + new TreeSet<>(events)
                        + "; known: " + String.join(", ", known));
            }
            List<String> values = new ArrayList<>();
            JsonNode value = entry.getValue();
            if (value.isTextual()) {
                values.add(value.asText());
            } else if (value.isArray()) {
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        throw invalid("filters." + name, "values must be strings");
                    }
                    values.add(item.asText());
                }
            } else {
                throw invalid("filters." + name, "must be a string or an array of strings");
            }
            filters.put(name, List.copyOf(values));
        }
        return java.util.Collections.unmodifiableMap(filters);
    }

    private static String secret(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid("secret", "must be a string");
        }
        String secret = node.asText();
        if (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
            throw invalid("secret", "must be " + MIN_SECRET_LENGTH + " to " + MAX_SECRET_LENGTH
                    + " characters long (leave it out to have one generated)");
        }
        return secret;
    }

    private static ProblemException invalid(String field, String reason) {
        return new ProblemException(ProblemType.INVALID_WEBHOOK, field + ": " + reason);
    }
}
