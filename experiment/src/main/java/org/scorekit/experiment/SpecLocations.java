package org.scorekit.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds where a field path such as {@code estimator.widht} or {@code means[1]} starts in a spec's
 * text, by streaming its tokens once more. Jackson reports a mapping error where its parser stood
 * when the record was built, which for records and typed sections is the end of the enclosing
 * block; this finds the offending field's own token instead.
 */
final class SpecLocations {
    private SpecLocations() {
    }

    /** The location of the field name (or array element) at {@code path}, if the text has it. */
    static Optional<JsonLocation> find(JsonFactory factory, String text, String path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                boolean named = token == JsonToken.FIELD_NAME;
                boolean element = token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT
                        && token != JsonToken.END_ARRAY && context != null && context.inArray();
                if ((named || element) && path.equals(path(context))) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Text that does not even tokenize has no field locations; the caller keeps Jackson's.
        }
        return Optional.empty();
    }

    /** The path of a parsing context in the form of {@link SpecErrors#path}. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
