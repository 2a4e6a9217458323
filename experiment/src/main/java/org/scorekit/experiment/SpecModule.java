package org.scorekit.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.scorekit.train.Precision;

/**
 * Spec spellings of the core enums that a spec names directly (core has no JSON binding):
 * {@link Precision} as {@code float64} / {@code float32}. The spec's own enums carry their
 * spellings as Jackson annotations.
 */
final class SpecModule extends SimpleModule {
    SpecModule() {
        super("scorekit-spec");
        addSerializer(Precision.class, new JsonSerializer<>() {
            @Override
            public void serialize(Precision value, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeString(value.label());
            }
        });
        addDeserializer(Precision.class, new JsonDeserializer<>() {
            @Override
            public Precision deserialize(JsonParser in, DeserializationContext context)
                    throws IOException {
                String text = context.readValue(in, String.class);
                try {
                    return SpecLabels.parse("estimator.precision", Precision.values(),
                            Precision::label, text);
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(in, e.getMessage(), e);
                }
            }
        });
    }
}
