package org.scorekit.eval;

import org.scorekit.checks.Checks;

/** The time-resolved error e(t) = E‖f(X_t, t) − f*(X_t, t)‖² at one time (spec §11, E5). */
public record TimeResolvedError(double time, Estimate error) {
    public TimeResolvedError {
        Checks.finite("time", time);
        Checks.require(error != null, "error must be given");
    }
}
