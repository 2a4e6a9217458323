package org.scorekit.experiment;

import java.util.function.IntSupplier;
import org.scorekit.checks.Checks;
import org.scorekit.ntk.RwyRule;

/**
 * The stopping section: {@code rule} is {@code validation} (the default: held-out label loss on a
 * fresh draw of triples, patience in evaluations; data-driven, needs no oracle and no constant),
 * {@code max-steps} (train the whole budget), {@code oracle} (exact
 * denoiser risk on a fresh draw) or {@code rwy} (the adapted Raskutti–Wainwright–Yu rule of
 * spec §9.2 with calibration constant {@code sigmaEff}). Every run reports all four stopping
 * times side by side; {@code validationSize} and {@code oracleSize} are the fresh draws' sizes.
 *
 * <p>{@code validationSize} defaults to {@link #VALIDATION_PER_TRIPLE} N on a law (on a table,
 * {@link #VALIDATION_PER_TRIPLE} K draws of each held-out row): the rule compares GD
 * steps whose risks differ by a small fraction of the label noise Var(X_0 | X_t), and the
 * sampling error of such a comparison falls as 1/√size. Draws from the law cost nothing and an
 * evaluation is one forward pass, so a large draw is cheap where a small one stops at noise
 * (measured on the defaults corpus, bench/README.md).
 */
public record StoppingSpec(StoppingRuleKind rule, Integer patience, Integer validationSize,
                           Integer oracleSize, Double sigmaEff) {
    public StoppingSpec {
        if (patience != null) {
            Checks.positive("stopping.patience", patience);
        }
        if (validationSize != null) {
            Checks.positive("stopping.validationSize", validationSize);
        }
        if (oracleSize != null) {
            Checks.positive("stopping.oracleSize", oracleSize);
        }
        if (sigmaEff != null) {
            Checks.positive("stopping.sigmaEff", sigmaEff);
        }
    }

    /** Default validation draws per training triple. */
    public static final int VALIDATION_PER_TRIPLE = 8;

    /**
     * Every default filled in, with the data's default validation size
     * ({@link RunData#defaultValidationSize}).
     */
    public StoppingSpec resolved(IntSupplier defaultValidationSize) {
        return new StoppingSpec(rule == null ? StoppingRuleKind.VALIDATION : rule, patience == null ? 10 : patience,
                validationSize == null ? defaultValidationSize.getAsInt() : validationSize,
                oracleSize == null ? 2000 : oracleSize,
                sigmaEff == null ? RwyRule.DEFAULT_SIGMA_EFF : sigmaEff);
    }
}
