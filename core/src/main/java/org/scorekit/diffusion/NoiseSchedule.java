package org.scorekit.diffusion;

/**
 * The rate g(t) of the VP/OU forward SDE dX = −½ g X dt + √g dB and its integral
 * G(t) = ∫_0^t g (spec/score-estimation.md §1).
 */
public interface NoiseSchedule {
    /** A stable name used in specs: {@code constant}, {@code linear}, {@code cosine}. */
    String name();

    /** g(t) &gt; 0. */
    double rate(double t);

    /** G(t) = ∫_0^t g(s) ds. */
    double integratedRate(double t);

    /** The largest time at which the schedule is defined (inclusive). */
    double maxTime();
}
