package org.scorekit.experiment;

/**
 * The stopping rules a spec can select (stopping.rule; spec §9), spelled in kebab case
 * ({@code max-steps}) as {@link SpecModule} reads and writes every spec enum.
 */
public enum StoppingRuleKind {
    /** Train the whole step budget. */
    MAX_STEPS,
    /** Held-out label loss with patience. */
    VALIDATION,
    /** Exact denoiser risk on a fresh draw with patience. */
    ORACLE,
    /** The adapted Raskutti–Wainwright–Yu rule (spec §9.2). */
    RWY
}
