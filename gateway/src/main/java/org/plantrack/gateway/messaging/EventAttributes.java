package org.plantrack.gateway.messaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.gateway.stream.EventIndicators;
import org.plantrack.gateway.stream.EventRegions;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What stream and webhook filters look at (documentId, region, metric, ...), read from an event's JSON text with a
 * streaming parser instead of binding the whole {@code IndicatorEventV1} / {@code TargetUpdatedV1} record.
 * <p>
 * WHY: the gateway passes the event text on unchanged and needs only these few strings, yet binding every record
 * (BigDecimals, Instants, nested records; twice per event, for the live streams and for webhooks) was its largest
 * per-event cost. The whole text is still tokenised, so a record that is not JSON, not an object, or whose filter
 * fields have the wrong shape (an object where a string belongs, an unknown {@code type}) is refused as before, and
 * dead-lettered by the live consumer. Fields the gateway does not read are not checked against the schema.
 */
public final class EventAttributes {

    private static final JsonFactory JSON = EventJson.mapper().getFactory();
    private static final String INDICATOR_EVENT = "IndicatorEventV1";
    private static final String TARGET_EVENT = "TargetUpdatedV1";
    /** Where {@link #indicator} keeps the id of the indicator's canonicalMetric object. */
    private static final String CATALOGUE_ID = "canonicalMetric.id";

    private EventAttributes() {
    }

    /**
     * The filter attributes of an {@code IndicatorEventV1}: type, targetKey, metric (the canonical metric and the
     * indicator's own), and the indicator's documentId, region, regionCode, kind and domain; indicator (its catalogue id) and
     * regionScope (the codes its region lies within, {@link EventRegions}). Absent or null fields are left out.
     *
     * @throws MalformedEventException when the text is not such an event
     */
    public static Map<String, List<String>> ofIndicatorEvent(String json) {
        try (JsonParser parser = open(json, INDICATOR_EVENT)) {
            String type = null;
            String targetKey = null;
            String canonicalMetric = null;
            Map<String, String> indicator = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> type = eventType(parser, value);
                    case "targetKey" -> targetKey = text(parser, value, INDICATOR_EVENT);
                    case "canonicalMetric" -> canonicalMetric = text(parser, value, INDICATOR_EVENT);
                    case "indicator" -> indicator = indicator(parser, value);
                    default -> parser.skipChildren();
                }
            }
            Map<String, List<String>> attributes = new HashMap<>(16);
            put(attributes, "type", type);
            put(attributes, "targetKey", targetKey);
            put(attributes, "metric", canonicalMetric);
            if (indicator != null) {
                put(attributes, "documentId", indicator.get("documentId"));
                put(attributes, "region", indicator.get("region"));
                put(attributes, "regionCode", indicator.get("regionCode"));
                put(attributes, "metric", indicator.get("metric"));
                put(attributes, "kind", indicator.get("kind"));
                put(attributes, "domain", indicator.get("domain"));
                put(attributes, EventIndicators.ATTRIBUTE, indicator.get(CATALOGUE_ID));
                putAll(attributes, EventRegions.SCOPE,
                        EventRegions.scopeOf(indicator.get("regionCode"), indicator.get("region")));
            }
            return attributes;
        } catch (IOException e) {
            throw malformed(INDICATOR_EVENT, e.getMessage(), e);
        }
    }

    /**
     * The filter attributes of a {@code TargetUpdatedV1}: region, regionCode, metric, period, targetKey, status, and
     * statusChanged ("true" when the event carries a previousStatus other than its status, else "false"; absent in
     * events written before the status fields); indicator (the catalogue id of its metric) and regionScope (the codes
     * its region lies within: by a regionCode field where the event has one, else by the code target-service keys a
     * resolved region's targets with, else by its name).
     *
     * @throws MalformedEventException when the text is not such an event
     */
    public static Map<String, List<String>> ofTargetEvent(String json) {
        try (JsonParser parser = open(json, TARGET_EVENT)) {
            Map<String, List<String>> attributes = new HashMap<>(8);
            String previousStatus = null;
            String regionCode = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    // a repeated field replaces the earlier value, as binding the record did
                    case "region", "metric", "period", "targetKey", "status" -> {
                        attributes.remove(field);
                        put(attributes, field, text(parser, value, TARGET_EVENT));
                    }
                    case "regionCode" -> {
                        regionCode = text(parser, value, TARGET_EVENT);
                        attributes.remove(field);
                        put(attributes, field, regionCode);
                    }
                    case "previousStatus" -> previousStatus = text(parser, value, TARGET_EVENT);
                    default -> parser.skipChildren();
                }
            }
            put(attributes, EventIndicators.ATTRIBUTE, EventIndicators.idOfTargetMetric(first(attributes, "metric")));
            putAll(attributes, EventRegions.SCOPE, EventRegions.scopeOf(
                    regionCode != null ? regionCode : keyedCode(first(attributes, "targetKey")),
                    first(attributes, "region")));
            List<String> status = attributes.get("status");
            if (status != null || previousStatus != null) { // an event from before the status fields says neither
                boolean changed = previousStatus != null && (status == null || !status.get(0).equals(previousStatus));
                put(attributes, "statusChanged", Boolean.toString(changed));
            }
            return attributes;
        } catch (IOException e) {
            throw malformed(TARGET_EVENT, e.getMessage(), e);
        }
    }

    /** A parser positioned on the opening brace of the event; anything but an object is malformed. */
    private static JsonParser open(String json, String eventType) throws IOException {
        if (json == null || json.isEmpty()) {
            throw new MalformedEventException("empty " + eventType + " record", null);
        }
        JsonParser parser = JSON.createParser(json);
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            parser.close();
            throw malformed(eventType, first == null ? "no content" : "a JSON " + first.asString()
                    + " instead of an object", null);
        }
        return parser;
    }

    /** The indicator's filter fields; the parser is left on the indicator's closing brace. */
    private static Map<String, String> indicator(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_OBJECT) {
            throw malformed(INDICATOR_EVENT, "'indicator' is not an object", null);
        }
        Map<String, String> fields = new HashMap<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "documentId", "region", "metric", "kind", "domain", "regionCode" ->
                        fields.put(field, text(parser, token, INDICATOR_EVENT));
                case "canonicalMetric" -> fields.put(CATALOGUE_ID, catalogueId(parser, token));
                default -> parser.skipChildren();
            }
        }
        return fields;
    }

    /** The id of the indicator's {@code canonicalMetric} ({id, name}, or null); the parser is left on its end. */
    private static String catalogueId(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_OBJECT) {
            throw malformed(INDICATOR_EVENT, "'canonicalMetric' is not an object", null);
        }
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (field.equals("id")) {
                id = text(parser, token, INDICATOR_EVENT);
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    /**
     * The region code a target key starts with: target-service keys a target by its region's GB/T 2260 code where
     * the region resolved (140100|地区生产总值|2021-2025), by its name otherwise.
     */
    private static String keyedCode(String targetKey) {
        if (targetKey == null) {
            return null;
        }
        int bar = targetKey.indexOf('|');
        String head = bar < 0 ? targetKey : targetKey.substring(0, bar);
        return head.length() == 6 && head.chars().allMatch(Character::isDigit) ? head : null;
    }

    private static String first(Map<String, List<String>> attributes, String key) {
        List<String> values = attributes.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void putAll(Map<String, List<String>> attributes, String key, List<String> values) {
        if (!values.isEmpty()) {
            attributes.put(key, values);
        }
    }

    private static String eventType(JsonParser parser, JsonToken value) throws IOException {
        String type = text(parser, value, INDICATOR_EVENT);
        if (type != null && !type.equals("ADDED") && !type.equals("RETRACTED")) {
            throw malformed(INDICATOR_EVENT, "'type' is '" + type + "', not ADDED or RETRACTED", null);
        }
        return type;
    }

    /**
     * A string field's value: null stays null, a number or boolean is taken as its text (as binding to a String
     * did), an object or array is malformed.
     */
    private static String text(JsonParser parser, JsonToken value, String eventType) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == null || value.isStructStart()) {
            throw malformed(eventType, "'" + parser.currentName() + "' is not a string", null);
        }
        return parser.getText();
    }

    private static void put(Map<String, List<String>> attributes, String key, String value) {
        if (value == null) {
            return;
        }
        List<String> earlier = attributes.get(key);
        attributes.put(key, earlier == null ? List.of(value) : List.of(earlier.get(0), value));
    }

    private static MalformedEventException malformed(String eventType, String why, Throwable cause) {
        return new MalformedEventException(eventType + " is not valid JSON for its schema: " + why, cause);
    }
}
