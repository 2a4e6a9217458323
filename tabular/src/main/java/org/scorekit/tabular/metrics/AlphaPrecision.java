package org.scorekit.tabular.metrics;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.Table;

/**
 * synthcity's AlphaPrecision, naive variant (spec/tabular-protocol.md §3.3) on
 * {@link NaiveFeatures}, Euclidean distances throughout:
 * <pre>
 * α_k = k/29, k = 0..29;  R_k = quantile_{α_k} ‖x − c_real‖ over real x;
 * P_k = mean over synthetic s of 1[‖s − c_real‖ ≤ R_k];
 * per real x: d_rr = distance to the nearest other real row, s* = nearest synthetic row,
 *             d_rs = ‖x − s*‖, d_c = ‖s* − c_syn‖;  Q_k = quantile_{α_k} d_c;
 * C_k = mean over real x of 1[d_rs ≤ d_rr] · 1[d_c ≤ Q_k]
 * </pre>
 * with c_real, c_syn the column means and numpy's linear-interpolation quantile. Neighbours are
 * exact ({@link ExactNeighbours}: a float32 GEMM screen with an error bound, then the distance
 * computed directly where the screen cannot decide), so an exact copy is at distance 0, not at
 * a rounding residue, and the result equals the explicit double loop.
 */
public final class AlphaPrecision {
    /** The number of α levels. */
    public static final int LEVELS = 30;

    private AlphaPrecision() {
    }

    /**
     * Both scores. synthcity requires equal row counts (an artefact of its loader); the naive
     * formulas are defined for any counts, each mean over its own table's rows, and give the
     * same numbers when the counts are equal (project decision: unequal counts are allowed, so
     * that a real train split can be graded against a smaller table).
     */
    public static PrecisionRecall compute(Table real, Table synthetic) {
        Checks.require(real.rows() >= 2, "the real table must have at least 2 rows: " + real.rows());
        Checks.require(synthetic.rows() >= 1, "the synthetic table must have at least 1 row");
        NaiveFeatures f = NaiveFeatures.of(real, synthetic);
        return compute(f.real(), f.synthetic());
    }

    /** Both scores of feature matrices with equal column counts. */
    static PrecisionRecall compute(Matrix real, Matrix synthetic) {
        double[] alphas = alphas();
        return new PrecisionRecall(score(alphas, precisionCurve(real, synthetic, alphas)),
                score(alphas, recallCurve(real, synthetic, alphas)));
    }

    /** P_k: the fraction of synthetic rows within the real α_k-radius around c_real. */
    private static double[] precisionCurve(Matrix real, Matrix synthetic, double[] alphas) {
        double[] realCentre = columnMeans(real);
        double[] radii = quantiles(distances(real, realCentre), alphas);
        double[] syntheticToCentre = distances(synthetic, realCentre);
        double[] curve = new double[alphas.length];
        for (int k = 0; k < alphas.length; k++) {
            int inside = 0;
            for (double d : syntheticToCentre) {
                inside += d <= radii[k] ? 1 : 0;
            }
            curve[k] = (double) inside / synthetic.rows();
        }
        return curve;
    }

    /** C_k: the fraction of real rows whose nearest synthetic row is closer than d_rr and central. */
    private static double[] recallCurve(Matrix real, Matrix synthetic, double[] alphas) {
        ExactNeighbours.Nearest nearestReal = ExactNeighbours.withinSet(real);
        ExactNeighbours.Nearest nearestSynthetic = ExactNeighbours.of(real, synthetic);
        double[] syntheticCentre = columnMeans(synthetic);
        int n = real.rows();
        boolean[] closer = new boolean[n];
        double[] closestToCentre = new double[n];
        for (int i = 0; i < n; i++) {
            closer[i] = Math.sqrt(nearestSynthetic.squaredDistance()[i])
                    <= Math.sqrt(nearestReal.squaredDistance()[i]);
            closestToCentre[i] = distance(synthetic, nearestSynthetic.index()[i], syntheticCentre);
        }
        double[] radii = quantiles(closestToCentre, alphas);
        double[] curve = new double[alphas.length];
        for (int k = 0; k < alphas.length; k++) {
            int covered = 0;
            for (int i = 0; i < n; i++) {
                covered += closer[i] && closestToCentre[i] <= radii[k] ? 1 : 0;
            }
            curve[k] = (double) covered / n;
        }
        return curve;
    }

    /** 1 − Σ_k |α_k − curve_k| / Σ_k α_k. */
    private static double score(double[] alphas, double[] curve) {
        double gap = 0;
        double sum = 0;
        for (int k = 0; k < alphas.length; k++) {
            gap += Math.abs(alphas[k] - curve[k]);
            sum += alphas[k];
        }
        return 1 - gap / sum;
    }

    /** numpy's {@code linspace(0, 1, 30)}: k · (1/29), the last exactly 1. */
    static double[] alphas() {
        double step = 1.0 / (LEVELS - 1);
        double[] a = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            a[k] = k * step;
        }
        a[LEVELS - 1] = 1.0;
        return a;
    }

    /** numpy's default (linear) quantiles: at h = (n − 1)q, a[⌊h⌋] + (h − ⌊h⌋)(a[⌊h⌋+1] − a[⌊h⌋]). */
    static double[] quantiles(double[] values, double[] levels) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[levels.length];
        for (int k = 0; k < levels.length; k++) {
            double h = (sorted.length - 1) * levels[k];
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, sorted.length - 1);
            double t = h - lo;
            // numpy's _lerp: from the upper end when t ≥ 1/2, so the result stays monotone.
            out[k] = t >= 0.5 ? sorted[hi] - (sorted[hi] - sorted[lo]) * (1 - t)
                    : sorted[lo] + (sorted[hi] - sorted[lo]) * t;
        }
        return out;
    }

    private static double[] columnMeans(Matrix x) {
        double[] means = new double[x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int c = 0; c < means.length; c++) {
                means[c] += x.get(i, c);
            }
        }
        for (int c = 0; c < means.length; c++) {
            means[c] /= x.rows();
        }
        return means;
    }

    private static double[] distances(Matrix x, double[] centre) {
        double[] out = new double[x.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = distance(x, i, centre);
        }
        return out;
    }

    private static double distance(Matrix x, int i, double[] point) {
        double s = 0;
        for (int c = 0; c < point.length; c++) {
            double d = x.get(i, c) - point[c];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
