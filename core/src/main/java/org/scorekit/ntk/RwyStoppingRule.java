package org.scorekit.ntk;

import java.util.Optional;
import org.scorekit.checks.Checks;
import org.scorekit.train.StopReason;
import org.scorekit.train.StoppingRule;
import org.scorekit.train.TrainingHistory;

/**
 * Stops gradient descent at the adapted Raskutti–Wainwright–Yu step τ̂ (spec §9.2), computed
 * up front by {@link RwyRule} from the spectrum of K^∞: the rule fires when the history
 * reaches step τ̂, with kind {@code rwy} and selected step τ̂ (the weights W(τ̂)).
 *
 * @param rule the spectral rule (holds τ̂, ε_N, ω, B_K, λ_0 and σ_eff for reporting)
 */
public record RwyStoppingRule(RwyRule rule) implements StoppingRule {
    /** The stable name of the rule, used as {@link StopReason#kind()}. */
    public static final String NAME = "rwy";

    public RwyStoppingRule {
        Checks.require(rule != null, "rule must be given");
    }

    /** τ̂. */
    public int tauHat() {
        return rule.tauHat();
    }

    @Override
    public Optional<StopReason> check(TrainingHistory history) {
        TrainingHistory.Entry last = history.last();
        return last.step() >= rule.tauHat()
                ? Optional.of(StopReason.early(NAME, last.step(), last.trainLoss(), rule.tauHat()))
                : Optional.empty();
    }
}
