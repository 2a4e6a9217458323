package org.scorekit.tabular.encoding;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.scorekit.checks.Checks;

/**
 * scikit-learn's {@code QuantileTransformer(output_distribution='normal', subsample=1e9)} as TabSyn
 * and TabDDPM fit it on their train split (docs/encoding.md, reconstructed from scikit-learn 1.x
 * {@code _dense_fit} and {@code _transform_col} with numpy's linear percentile and interp).
 * <ul>
 * <li>Fit: references r_k = k/(N−1), k = 0..N−1 (numpy.linspace), and quantiles q_k = the
 * linear-interpolation percentile of the present train values at r_k, made non-decreasing by a
 * running maximum.</li>
 * <li>Encode x: u = ½ (interp(x; q → r) + interp over the reversed arrays), the mean of the two
 * directions, so a value repeated over several quantiles maps to the middle of its references;
 * u = 0 when x − 10⁻⁷ &lt; q_0, else u = 1 when x + 10⁻⁷ &gt; q_{N−1}; then z = Φ⁻¹(u) clipped to
 * [Φ⁻¹(10⁻⁷ − ε), Φ⁻¹(1 − (10⁻⁷ − ε))] ≈ ±5.1993, ε = 2⁻⁵². With {@link EndTies#MIDPOINT}
 * (the default), a minimum tied over q_0 … q_k takes instead the middle of its references,
 * u = r_k / 2, and a maximum tied over q_k … q_{N−1} takes u = (1 + r_k) / 2; an untied end
 * keeps u = 0 or 1.</li>
 * <li>Decode z: u = Φ(z); x = q_0 when u − 10⁻⁷ &lt; 0, q_{N−1} when u + 10⁻⁷ &gt; 1, else
 * interp(u; r → q). Decoded values never leave [q_0, q_{N−1}], the train range.</li>
 * </ul>
 * Φ is Apache Commons Statistics' standard normal (scipy's ndtri and ndtr may differ in the last
 * bits).
 *
 * @param quantiles q_0 … q_{N−1}, non-decreasing, at least one
 * @param ends      where cells tied with the train minimum or maximum encode
 */
public record QuantileNormal(double[] quantiles, EndTies ends) implements Scaler {
    /** scikit-learn's BOUNDS_THRESHOLD. */
    static final double BOUNDS_THRESHOLD = 1e-7;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final double EPSILON = Math.ulp(1.0);
    /** The encoded range, clipped so that the inverse stays consistent (scikit-learn). */
    static final double LOWEST = NORMAL.inverseCumulativeProbability(BOUNDS_THRESHOLD - EPSILON);
    static final double HIGHEST = NORMAL.inverseCumulativeProbability(
            1 - (BOUNDS_THRESHOLD - EPSILON));

    public QuantileNormal {
        Checks.require(quantiles.length > 0, "quantiles must not be empty");
        Checks.require(ends != null, "ends must be given");
        Checks.allFinite("quantiles", quantiles);
        for (int k = 1; k < quantiles.length; k++) {
            Checks.require(quantiles[k] >= quantiles[k - 1], "quantiles must be non-decreasing: "
                    + quantiles[k] + " after " + quantiles[k - 1]);
        }
        quantiles = quantiles.clone();
    }

    /** q_0 … q_{N−1} (a copy). */
    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    /**
     * The quantile count of TabSyn and TabDDPM (after rtdl): max(min(⌊rows/30⌋, 1000), 10); 900
     * for the 27,000-row Credit Default train split.
     */
    public static int defaultCount(int rows) {
        return Math.max(Math.min(rows / 30, 1000), 10);
    }

    /**
     * Fitted on the present values of a column, ascending; {@code count} quantiles, or
     * {@link #defaultCount} when 0, and never more than {@code rows} (scikit-learn's cap at the
     * sample count, missing cells included).
     */
    static QuantileNormal fit(double[] sorted, int rows, int count, EndTies ends) {
        int n = Math.min(count == 0 ? defaultCount(rows) : count, rows);
        double[] references = references(n);
        double[] q = new double[n];
        for (int k = 0; k < n; k++) {
            // numpy.nanpercentile is called with 100 r_k and divides by 100 again.
            q[k] = percentile(sorted, references[k] * 100 / 100);
            if (k > 0) {
                q[k] = Math.max(q[k], q[k - 1]);
            }
        }
        return new QuantileNormal(q, ends);
    }

    /** numpy.linspace(0, 1, n): k · (1/(n−1)), the last one exactly 1. */
    static double[] references(int n) {
        double[] r = new double[n];
        double step = 1.0 / (n - 1);
        for (int k = 0; k < n - 1; k++) {
            r[k] = k * step;
        }
        r[n - 1] = n == 1 ? 0 : 1;
        return r;
    }

    /** numpy's "linear" quantile at fraction p of sorted values, with numpy's two-sided lerp. */
    static double percentile(double[] sorted, double p) {
        double index = (sorted.length - 1) * p;
        if (index >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        int below = (int) Math.floor(index);
        double gamma = index - below;
        double a = sorted[below];
        double b = sorted[below + 1];
        double difference = b - a;
        return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
    }

    @Override
    public void encodeInPlace(double[] values) {
        int n = quantiles.length;
        double[] references = references(n);
        double[] mirroredQuantiles = new double[n];
        double[] mirroredReferences = new double[n];
        for (int k = 0; k < n; k++) {
            mirroredQuantiles[k] = -quantiles[n - 1 - k];
            mirroredReferences[k] = -references[n - 1 - k];
        }
        double lowest = 0;
        double highest = 1;
        if (ends == EndTies.MIDPOINT) {
            int low = 0;
            while (low + 1 < n && quantiles[low + 1] == quantiles[0]) {
                low++;
            }
            int high = n - 1;
            while (high > 0 && quantiles[high - 1] == quantiles[n - 1]) {
                high--;
            }
            lowest = references[low] / 2;
            highest = high == n - 1 ? 1 : (1 + references[high]) / 2;
        }
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (Double.isNaN(x)) {
                continue;
            }
            double u;
            if (x - BOUNDS_THRESHOLD < quantiles[0]) {
                u = lowest;
            } else if (x + BOUNDS_THRESHOLD > quantiles[n - 1]) {
                u = highest;
            } else {
                u = 0.5 * (PiecewiseLinear.at(x, quantiles, references)
                        - PiecewiseLinear.at(-x, mirroredQuantiles, mirroredReferences));
            }
            values[i] = Math.min(Math.max(NORMAL.inverseCumulativeProbability(u), LOWEST), HIGHEST);
        }
    }

    @Override
    public void decodeInPlace(double[] values) {
        int n = quantiles.length;
        double[] references = references(n);
        for (int i = 0; i < values.length; i++) {
            double u = NORMAL.cumulativeProbability(values[i]);
            if (u - BOUNDS_THRESHOLD < 0) {
                values[i] = quantiles[0];
            } else if (u + BOUNDS_THRESHOLD > 1) {
                values[i] = quantiles[n - 1];
            } else {
                values[i] = PiecewiseLinear.at(u, references, quantiles);
            }
        }
    }
}
