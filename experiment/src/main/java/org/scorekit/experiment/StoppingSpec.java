package org.scorekit.experiment;

import org.scorekit.checks.Checks;
import org.scorekit.ntk.RwyRule;

/**
 * The stopping section: {@code rule} is {@code validation} (the default: held-out label loss on a
 * fresh draw of triples, patience in evaluations; data-driven, needs no oracle and no constant),
 * {@code max-steps} (train the whole budget), {@code oracle} (exact
 * denoiser risk on a fresh draw) or {@code rwy} (the adapted Raskutti–Wainwright–Yu rule of
 * spec §9.2 with calibration constant {@code sigmaEff}). Every run reports all four stopping
 * times side by side; {@code validationSize} and {@code oracleSize} are the fresh draws' sizes.
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

    /** Every default filled in. */
    public StoppingSpec resolved() {
        return new StoppingSpec(rule == null ? StoppingRuleKind.VALIDATION : rule, patience == null ? 10 : patience,
                validationSize == null ? 2000 : validationSize, oracleSize == null ? 2000 : oracleSize,
                sigmaEff == null ? RwyRule.DEFAULT_SIGMA_EFF : sigmaEff);
    }
}
