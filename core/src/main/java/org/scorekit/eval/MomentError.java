package org.scorekit.eval;

import java.util.function.Function;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Transpose;
import org.scorekit.random.Rng;

/**
 * The Euclidean distance between a low-order moment of the two samples:
 * {@link #mean()} gives ‖x̄ − ȳ‖₂ and {@link #covariance()} gives ‖Σ̂_x − Σ̂_y‖_F with the
 * unbiased sample covariance Σ̂ = (x − x̄)ᵀ(x − x̄)/(n − 1). Units: those of the data for the
 * mean, squared units for the covariance. Deterministic; {@code rng} is not used.
 */
public final class MomentError implements Metric {
    private final String name;
    private final int minRows;
    private final Function<Matrix, double[]> moment;

    private MomentError(String name, int minRows, Function<Matrix, double[]> moment) {
        this.name = name;
        this.minRows = minRows;
        this.moment = moment;
    }

    /** ‖x̄ − ȳ‖₂, named {@code mean-error}; needs at least 1 row per side. */
    public static MomentError mean() {
        return new MomentError("mean-error", 1, MomentError::columnMeans);
    }

    /** ‖Σ̂_x − Σ̂_y‖_F, named {@code cov-error}; needs at least 2 rows per side. */
    public static MomentError covariance() {
        return new MomentError("cov-error", 2, MomentError::covarianceEntries);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Goal goal() {
        return Goal.MINIMIZE;
    }

    @Override
    public double compute(Matrix samples, Matrix reference, Rng rng) {
        Samples.requireComparable(samples, reference, minRows);
        double[] a = moment.apply(samples);
        double[] b = moment.apply(reference);
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }

    private static double[] columnMeans(Matrix x) {
        double[] mean = Samples.columnSums(x);
        for (int k = 0; k < mean.length; k++) {
            mean[k] /= x.rows();
        }
        return mean;
    }

    /** The d × d covariance, row-major; the centring pass keeps it accurate for offset data. */
    private static double[] covarianceEntries(Matrix x) {
        int n = x.rows();
        int d = x.cols();
        double[] mean = columnMeans(x);
        double[] centered = x.data().clone();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                centered[i * d + k] -= mean[k];
            }
        }
        double[] cov = new double[d * d];
        Backends.current().gemm(Transpose.YES, Transpose.NO, d, d, n, 1.0 / (n - 1), centered, 0,
                d, centered, 0, d, 0.0, cov, 0, d);
        return cov;
    }
}
