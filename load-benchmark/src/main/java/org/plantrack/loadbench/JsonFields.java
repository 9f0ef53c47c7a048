package org.plantrack.loadbench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads a few scalar fields out of an event without building its tree. The load generator runs on the same two
 * cores as the system it measures, and it sees every indicator event and every analysed document (whose cleaned
 * text is the size of the document): what it spends on parsing is taken from the pipeline's figures.
 */
final class JsonFields {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFields() {
    }

    /**
     * The scalar at {@code path} (field names from the root object) as text, or null when the value is absent, not
     * a scalar, or the input is not JSON. Stops reading as soon as the field is found; siblings are skipped whole.
     */
    static String text(byte[] json, String... path) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return find(parser, path);
        } catch (IOException e) {
            return null;
        }
    }

    static String text(String json, String... path) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return find(parser, path);
        } catch (IOException e) {
            return null;
        }
    }

    private static String find(JsonParser parser, String[] path) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int depth = 0;
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_OBJECT) {
                return null; // the object at this depth ended without the field
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!name.equals(path[depth])) {
                parser.skipChildren();
                continue;
            }
            if (depth == path.length - 1) {
                return value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
            }
            if (value != JsonToken.START_OBJECT) {
                return null;
            }
            depth++;
        }
    }
}
