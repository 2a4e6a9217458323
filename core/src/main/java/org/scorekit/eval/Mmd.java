package org.scorekit.eval;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The unbiased estimate of the squared maximum mean discrepancy with the Gaussian (RBF) kernel
 * k(x, y) = exp(−‖x − y‖² / (2σ²)) (Gretton et al., "A kernel two-sample test", JMLR 13,
 * 2012, Lemma 6 and eq. 3):
 * <pre>
 *   MMD²_u = 1/(n(n−1)) Σ_{i≠j} k(x_i, x_j) + 1/(m(m−1)) Σ_{i≠j} k(y_i, y_j)
 *            − 2/(nm) Σ_{i,j} k(x_i, y_j)
 * </pre>
 * Being unbiased it can be slightly negative (a sample against itself gives −2(1 − k̄)/n with
 * k̄ the mean off-diagonal kernel value). The bandwidth σ is fixed or, by default, set by the
 * median heuristic: σ² = the median of ‖z_i − z_j‖², i &lt; j, over the pooled sample z
 * (at most {@value #MEDIAN_ROWS} pooled rows, drawn with {@code rng}; if that median is zero,
 * the mean, and 1 if all rows coincide). Each side is first capped at {@code maxRowsPerSide}
 * rows drawn with {@code rng}, bounding the O((n + m)² d) cost. Needs at least 2 rows per side.
 */
public final class Mmd implements Metric {
    /** The default cap on rows per side. */
    public static final int DEFAULT_MAX_ROWS = 2000;
    /** The most pooled rows that enter the median heuristic. */
    public static final int MEDIAN_ROWS = 1000;

    private final OptionalDouble bandwidth;
    private final int maxRowsPerSide;

    private Mmd(OptionalDouble bandwidth, int maxRowsPerSide) {
        this.bandwidth = bandwidth;
        this.maxRowsPerSide = Checks.positive("maxRowsPerSide", maxRowsPerSide);
    }

    /** The median-heuristic bandwidth, at most {@value #DEFAULT_MAX_ROWS} rows per side. */
    public static Mmd of() {
        return new Mmd(OptionalDouble.empty(), DEFAULT_MAX_ROWS);
    }

    /** A fixed bandwidth σ &gt; 0 (in the units of the data), at most 2000 rows per side. */
    public static Mmd withBandwidth(double bandwidth) {
        return new Mmd(OptionalDouble.of(Checks.positive("bandwidth", bandwidth)),
                DEFAULT_MAX_ROWS);
    }

    /** This metric with another cap on the rows per side. */
    public Mmd withMaxRowsPerSide(int maxRows) {
        return new Mmd(bandwidth, maxRows);
    }

    /** The fixed bandwidth, or empty for the median heuristic. */
    public OptionalDouble bandwidth() {
        return bandwidth;
    }

    /** The cap on rows per side. */
    public int maxRowsPerSide() {
        return maxRowsPerSide;
    }

    @Override
    public String name() {
        return "mmd";
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
        double sigma = bandwidth.isPresent()
                ? bandwidth.getAsDouble()
                : medianBandwidth(x, y, rng.fork("bandwidth"));
        double gamma = 1.0 / (2.0 * sigma * sigma);
        DoubleUnaryOperator kernel = d2 -> Math.exp(-gamma * d2);
        SquaredDistances.PairMeans k = SquaredDistances.pairMeans(x, y, kernel);
        return k.withinX() + k.withinY() - 2.0 * k.across();
    }

    /** σ = √(median pooled squared distance), with the fallbacks in the class comment. */
    static double medianBandwidth(Matrix x, Matrix y, Rng rng) {
        Matrix pooled = Samples.capRows(stack(x, y), MEDIAN_ROWS, rng);
        double[] d2 = SquaredDistances.upperTriangle(pooled);
        // A total order (NaN last) keeps non-finite input a value instead of an exception.
        Arrays.sort(d2);
        int k = d2.length;
        double median = k % 2 == 1 ? d2[k / 2] : 0.5 * (d2[k / 2 - 1] + d2[k / 2]);
        if (median == 0) {
            double mean = 0;
            for (double v : d2) {
                mean += v;
            }
            median = mean / k;
        }
        return median == 0 ? 1.0 : Math.sqrt(median);
    }

    private static Matrix stack(Matrix x, Matrix y) {
        Matrix out = Matrix.zeros(x.rows() + y.rows(), x.cols());
        System.arraycopy(x.data(), 0, out.data(), 0, x.data().length);
        System.arraycopy(y.data(), 0, out.data(), x.data().length, y.data().length);
        return out;
    }
}
