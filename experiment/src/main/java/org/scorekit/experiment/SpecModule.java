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
import java.util.Locale;
import java.util.function.Function;
import org.scorekit.checks.Checks;
import org.scorekit.eval.SampleMetric;
import org.scorekit.sample.SamplerKind;
import org.scorekit.train.Precision;

/**
 * Spec spellings of every closed set of spec values: the spec's own enums
 * ({@link StoppingRuleKind}, {@link StepSizeUnits}, {@link RegressionTarget},
 * {@link GridSpacing}) in kebab case, and the
 * core enums a spec names ({@link Precision}, {@link SamplerKind}, {@link SampleMetric}) by their
 * labels (core has no JSON binding). An unknown spelling is
 * {@code <field> must be one of [a, b]: text}, which {@link SpecReader} reports at its line.
 */
final class SpecModule extends SimpleModule {
    SpecModule() {
        super("scorekit-spec");
        addLabelled(StoppingRuleKind.class, "stopping.rule", StoppingRuleKind.values(),
                SpecModule::kebab);
        addLabelled(StepSizeUnits.class, "estimator.stepSizeUnits", StepSizeUnits.values(),
                SpecModule::kebab);
        addLabelled(RegressionTarget.class, "problem.target", RegressionTarget.values(),
                SpecModule::kebab);
        addLabelled(GridSpacing.class, "sampler.grid", GridSpacing.values(), SpecModule::kebab);
        addLabelled(Precision.class, "estimator.precision", Precision.values(), Precision::label);
        addLabelled(SamplerKind.class, "sampler.type", SamplerKind.values(), SamplerKind::label);
        addLabelled(SampleMetric.class, "metrics.sample", SampleMetric.values(),
                SampleMetric::label);
    }

    /** The spec spelling of an enum constant: {@code MAX_STEPS} as {@code max-steps}. */
    static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private <E> void addLabelled(Class<E> type, String field, E[] values,
                                 Function<E, String> label) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(E value, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeString(label.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public E deserialize(JsonParser in, DeserializationContext context) throws IOException {
                String text = context.readValue(in, String.class);
                try {
                    return Checks.oneOf(field, values, label, text);
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(in, e.getMessage(), e);
                }
            }
        });
    }
}
