package org.scorekit.eval;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Input checks and row subsampling shared by the {@link Metric} implementations. */
final class Samples {
    private Samples() {
    }

    /** Fails unless both samples are given, have at least {@code minRows} rows and equal widths. */
    static void requireComparable(Matrix samples, Matrix reference, int minRows) {
        Checks.require(samples != null, "samples must be given");
        Checks.require(reference != null, "reference must be given");
        String atLeast = " must have at least " + minRows + (minRows == 1 ? " row: " : " rows: ");
        Checks.require(samples.rows() >= minRows, "samples" + atLeast + samples.rows());
        Checks.require(reference.rows() >= minRows, "reference" + atLeast + reference.rows());
        Checks.require(samples.cols() == reference.cols(), "samples has " + samples.cols()
                + " columns, reference has " + reference.cols());
        Checks.positive("columns of samples", samples.cols());
    }

    /**
     * {@code x} itself when it has at most {@code maxRows} rows, else {@code maxRows} rows drawn
     * without replacement (kept in their original order, so the result does not depend on the
     * permutation's tail).
     */
    static Matrix capRows(Matrix x, int maxRows, Rng rng) {
        if (x.rows() <= maxRows) {
            return x;
        }
        int[] chosen = Arrays.copyOf(rng.permutation(x.rows()), maxRows);
        Arrays.sort(chosen);
        int d = x.cols();
        Matrix out = Matrix.zeros(maxRows, d);
        for (int i = 0; i < maxRows; i++) {
            System.arraycopy(x.data(), chosen[i] * d, out.data(), i * d, d);
        }
        return out;
    }

    /** Both samples minus their pooled mean, as new matrices {x − z̄, y − z̄}. */
    /**
     * Checks the pair, caps each side at {@code maxRows} rows (streams "samples" and "reference"
     * of rng) and centres both on their pooled mean.
     */
    static Matrix[] cappedAndCentered(Matrix samples, Matrix reference, int maxRows, Rng rng) {
        requireComparable(samples, reference, 2);
        Checks.require(rng != null, "rng must be given");
        return centeredOnPooledMean(capRows(samples, maxRows, rng.fork("samples")),
                capRows(reference, maxRows, rng.fork("reference")));
    }

    static Matrix[] centeredOnPooledMean(Matrix x, Matrix y) {
        int d = x.cols();
        double[] sx = columnSums(x);
        double[] sy = columnSums(y);
        double[] mean = new double[d];
        for (int k = 0; k < d; k++) {
            // sx + sy == sy + sx in floating point, so swapping the samples keeps the centre.
            mean[k] = (sx[k] + sy[k]) / (x.rows() + y.rows());
        }
        return new Matrix[] {minus(x, mean), minus(y, mean)};
    }

    /** Column sums, accumulated in row order. */
    static double[] columnSums(Matrix x) {
        int d = x.cols();
        double[] s = new double[d];
        double[] a = x.data();
        for (int i = 0; i < x.rows(); i++) {
            for (int k = 0; k < d; k++) {
                s[k] += a[i * d + k];
            }
        }
        return s;
    }

    private static Matrix minus(Matrix x, double[] mean) {
        int d = x.cols();
        Matrix out = Matrix.zeros(x.rows(), d);
        double[] a = x.data();
        double[] o = out.data();
        for (int i = 0; i < x.rows(); i++) {
            for (int k = 0; k < d; k++) {
                o[i * d + k] = a[i * d + k] - mean[k];
            }
        }
        return out;
    }
}
