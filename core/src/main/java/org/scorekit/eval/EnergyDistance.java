package org.scorekit.eval;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The unbiased estimate of the energy distance 2E‖X − Y‖ − E‖X − X'‖ − E‖Y − Y'‖
 * (Székely &amp; Rizzo, "Energy statistics", J. Stat. Plan. Inference 143, 2013), in
 * U-statistic form:
 * <pre>
 *   2/(nm) Σ_{i,j} ‖x_i − y_j‖ − 1/(n(n−1)) Σ_{i≠j} ‖x_i − x_j‖ − 1/(m(m−1)) Σ_{i≠j} ‖y_i − y_j‖
 * </pre>
 * Being unbiased it can be slightly negative (a sample against itself gives −2 s̄/n with s̄ the
 * mean distance between distinct rows). Units: those of the data. Each side is first capped at
 * {@code maxRowsPerSide} rows drawn with {@code rng}. Needs at least 2 rows per side.
 */
public final class EnergyDistance implements Metric {
    /** The default cap on rows per side. */
    public static final int DEFAULT_MAX_ROWS = 2000;

    private final int maxRowsPerSide;

    private EnergyDistance(int maxRowsPerSide) {
        this.maxRowsPerSide = Checks.positive("maxRowsPerSide", maxRowsPerSide);
    }

    /** At most {@value #DEFAULT_MAX_ROWS} rows per side. */
    public static EnergyDistance of() {
        return new EnergyDistance(DEFAULT_MAX_ROWS);
    }

    /** This metric with another cap on the rows per side. */
    public EnergyDistance withMaxRowsPerSide(int maxRows) {
        return new EnergyDistance(maxRows);
    }

    /** The cap on rows per side. */
    public int maxRowsPerSide() {
        return maxRowsPerSide;
    }

    @Override
    public String name() {
        return "energy";
    }

    @Override
    public Goal goal() {
        return Goal.MINIMIZE;
    }

    @Override
    public double compute(Matrix samples, Matrix reference, Rng rng) {
        Matrix[] z = Samples.cappedAndCentered(samples, reference, maxRowsPerSide, rng);
        Matrix x = z[0];
        Matrix y = z[1];
        SquaredDistances.PairMeans e = SquaredDistances.pairMeans(x, y, Math::sqrt);
        return 2.0 * e.across() - e.withinX() - e.withinY();
    }
}
