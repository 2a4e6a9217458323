package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.scorekit.checks.Checks;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.model.LogTimeEncoding;
import org.scorekit.model.TimeEncoding;

/**
 * The time encoding c(t) of the network input (decision P1). When the spec gives none, the
 * default is {@code log} spanning the training window: c(T0) = −1, c(T) = 1.
 */
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
        public Linear {
            checkScaleAndShift(scale, shift);
        }

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

    /** c(t) = scale · log t + shift (defaults 1 and 0). */
    record Log(Double scale, Double shift) implements TimeEncodingSpec {
        public Log {
            checkScaleAndShift(scale, shift);
        }

        /** The data-aware default: c(T0) = −1, c(T) = 1 ({@link LogTimeEncoding#spanning}). */
        static Log spanning(double timeMin, double timeMax) {
            LogTimeEncoding e = LogTimeEncoding.spanning(timeMin, timeMax);
            return new Log(e.scale(), e.shift());
        }

        @Override
        public TimeEncoding encoding() {
            return new LogTimeEncoding(scale == null ? 1.0 : scale, shift == null ? 0.0 : shift);
        }

        @Override
        public TimeEncodingSpec resolved() {
            encoding();
            return new Log(scale == null ? 1.0 : scale, shift == null ? 0.0 : shift);
        }
    }

    /** The spec's own check, so that an error names the field and points at its line. */
    private static void checkScaleAndShift(Double scale, Double shift) {
        if (scale != null) {
            Checks.positive("problem.timeEncoding.scale", scale);
        }
        if (shift != null) {
            Checks.finite("problem.timeEncoding.shift", shift);
        }
    }
}
