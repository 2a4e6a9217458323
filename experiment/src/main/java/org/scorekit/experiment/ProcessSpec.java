package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.CosineSchedule;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.NoiseSchedule;

/** The process section: the noise schedule of the VP forward process (spec §1). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "schedule")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProcessSpec.Constant.class, name = "constant"),
    @JsonSubTypes.Type(value = ProcessSpec.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = ProcessSpec.Cosine.class, name = "cosine")
})
public sealed interface ProcessSpec {
    /** The schedule object. */
    NoiseSchedule schedule();

    /** Every default filled in. */
    ProcessSpec resolved();

    /** g ≡ g0 (default 1). */
    record Constant(Double g0) implements ProcessSpec {
        @Override
        public NoiseSchedule schedule() {
            return new ConstantSchedule(g0 == null ? 1.0 : g0);
        }

        @Override
        public ProcessSpec resolved() {
            schedule();
            return new Constant(g0 == null ? 1.0 : g0);
        }
    }

    /** Linear β (defaults 0.1 and 20). */
    record Linear(Double betaMin, Double betaMax) implements ProcessSpec {
        @Override
        public NoiseSchedule schedule() {
            return new LinearBetaSchedule(betaMin == null ? 0.1 : betaMin,
                    betaMax == null ? 20.0 : betaMax);
        }

        @Override
        public ProcessSpec resolved() {
            schedule();
            return new Linear(betaMin == null ? 0.1 : betaMin, betaMax == null ? 20.0 : betaMax);
        }
    }

    /** Cosine (default offset 0.008). */
    record Cosine(Double offset) implements ProcessSpec {
        @Override
        public NoiseSchedule schedule() {
            return new CosineSchedule(offset == null ? 0.008 : offset);
        }

        @Override
        public ProcessSpec resolved() {
            schedule();
            return new Cosine(offset == null ? 0.008 : offset);
        }
    }
}
