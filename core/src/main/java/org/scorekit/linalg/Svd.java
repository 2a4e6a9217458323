package org.scorekit.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;
import org.scorekit.checks.Checks;

/**
 * Thin singular value decomposition A = U diag(values) Vᵀ of a rows × cols matrix, k = min(rows,
 * cols): {@code values} descending and non-negative, column j of {@code u} (rows × k) and of
 * {@code v} (cols × k) the singular vectors of {@code values[j]}.
 *
 * <p>One LAPACK {@code dgesvd} call through netlib's pure-Java translation: meant for the many
 * small blocks of the multivariate convex programs (3 × 2 in 2-D), where a JNI call would cost more
 * than the decomposition.
 */
public record Svd(Matrix u, double[] values, Matrix v) {
    /**
     * netlib's pure-Java LAPACK, taken only after the backend is chosen: netlib sets up its native
     * side once, on first use, and {@link OpenBlasBackend} must point it at its library before that.
     */
    private static final LAPACK JAVA_LAPACK = javaLapack();

    public Svd {
        Checks.sameSize("columns of u", values.length, u.cols());
        Checks.sameSize("columns of v", values.length, v.cols());
    }

    /** The decomposition of the rows × cols block stored row-major in a[offset ..]. */
    public static Svd of(int rows, int cols, double[] a, int offset) {
        Checks.positive("rows", rows);
        Checks.positive("cols", cols);
        int k = Math.min(rows, cols);
        double[] columnMajor = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                columnMajor[j * rows + i] = a[offset + i * cols + j];
            }
        }
        double[] values = new double[k];
        double[] uColumns = new double[rows * k];
        double[] vtRows = new double[k * cols];
        // The documented minimum workspace, doubled: no workspace query for blocks this small.
        double[] work = new double[2 * Math.max(3 * k + Math.max(rows, cols), 5 * k)];
        intW info = new intW(0);
        JAVA_LAPACK.dgesvd("S", "S", rows, cols, columnMajor, 0, rows, values, 0,
                uColumns, 0, rows, vtRows, 0, k, work, 0, work.length, info);
        SymmetricEigen.requireSuccess("dgesvd", info);
        Matrix u = Matrix.zeros(rows, k);
        Matrix v = Matrix.zeros(cols, k);
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < rows; i++) {
                u.set(i, j, uColumns[j * rows + i]);
            }
            for (int i = 0; i < cols; i++) {
                v.set(i, j, vtRows[i * k + j]);
            }
        }
        return new Svd(u, values, v);
    }

    private static LAPACK javaLapack() {
        Backends.current();
        return JavaLAPACK.getInstance();
    }

    /** The decomposition of a. */
    public static Svd of(Matrix a) {
        return of(a.rows(), a.cols(), a.data(), 0);
    }

    /** The spectral norm ‖A‖₂, the largest singular value. */
    public double spectralNorm() {
        return values[0];
    }

    /** The nuclear norm ‖A‖_*, the sum of the singular values. */
    public double nuclearNorm() {
        double sum = 0;
        for (double s : values) {
            sum += s;
        }
        return sum;
    }

    /**
     * Writes U diag(f(values)) Vᵀ row-major to out[offset ..]: with f(σ) = max(σ − τ, 0) this is the
     * singular-value soft threshold, the proximal map of τ‖·‖_*.
     */
    public void recompose(double[] shrunk, double[] out, int offset) {
        Checks.sameSize("shrunk singular values", values.length, shrunk.length);
        int rows = u.rows();
        int cols = v.rows();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double sum = 0;
                for (int k = 0; k < shrunk.length; k++) {
                    sum += u.get(i, k) * shrunk[k] * v.get(j, k);
                }
                out[offset + i * cols + j] = sum;
            }
        }
    }
}
