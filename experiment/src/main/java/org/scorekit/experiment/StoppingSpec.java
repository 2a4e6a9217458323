package org.scorekit.experiment;

import java.util.List;
import org.scorekit.checks.Checks;

/**
 * The stopping section: {@code rule} is {@code max-steps} (train the whole budget),
 * {@code validation} (held-out label loss, patience in evaluations) or {@code oracle} (exact
 * denoiser risk on a fresh draw). The validation and oracle curves are recorded for every rule;
 * {@code validationSize} and {@code oracleSize} are the sizes of those fresh draws.
 */
public record StoppingSpec(String rule, Integer patience, Integer validationSize,
                           Integer oracleSize) {
    /** The accepted rule names. */
    public static final List<String> RULES = List.of("max-steps", "validation", "oracle");

    public StoppingSpec {
        if (rule != null && !RULES.contains(rule)) {
            throw new IllegalArgumentException("stopping.rule must be one of " + RULES + ": " + rule);
        }
        if (patience != null) {
            Checks.positive("stopping.patience", patience);
        }
        if (validationSize != null) {
            Checks.positive("stopping.validationSize", validationSize);
        }
        if (oracleSize != null) {
            Checks.positive("stopping.oracleSize", oracleSize);
        }
    }

    /** Every default filled in. */
    public StoppingSpec resolved() {
        return new StoppingSpec(rule == null ? "max-steps" : rule, patience == null ? 10 : patience,
                validationSize == null ? 2000 : validationSize, oracleSize == null ? 2000 : oracleSize);
    }
}
