package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.model.LogTimeEncoding;
import org.scorekit.model.TimeEncoding;

/** The time encoding c(t) of the network input (decision P1). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TimeEncodingSpec.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = TimeEncodingSpec.Log.class, name = "log")
})
public sealed interface TimeEncodingSpec {
    /** The encoding object. */
    TimeEncoding encoding();

    /** Every default filled in. */
    TimeEncodingSpec resolved();

    /** c(t) = scale · t + shift (defaults 1 and 0). */
    record Linear(Double scale, Double shift) implements TimeEncodingSpec {
        @Override
        public TimeEncoding encoding() {
            return new LinearTimeEncoding(scale == null ? 1.0 : scale, shift == null ? 0.0 : shift);
        }

        @Override
        public TimeEncodingSpec resolved() {
            encoding();
            return new Linear(scale == null ? 1.0 : scale, shift == null ? 0.0 : shift);
        }
    }

    /** c(t) = log t. */
    record Log() implements TimeEncodingSpec {
        @Override
        public TimeEncoding encoding() {
            return new LogTimeEncoding();
        }

        @Override
        public TimeEncodingSpec resolved() {
            return this;
        }
    }
}
