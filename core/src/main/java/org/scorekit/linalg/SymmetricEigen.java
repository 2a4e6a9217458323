package org.scorekit.linalg;

import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;
import org.scorekit.checks.Checks;

/**
 * Eigendecomposition A = V diag(values) V^T of a symmetric n × n matrix: {@code values}
 * ascending, column i of {@code vectors} the unit eigenvector of {@code values[i]}.
 */
public record SymmetricEigen(double[] values, Matrix vectors) {
    public SymmetricEigen {
        Checks.sameSize("eigenvector matrix rows", values.length, vectors.rows());
        Checks.sameSize("eigenvector matrix columns", values.length, vectors.cols());
    }

    /** The smallest eigenvalue. */
    public double min() {
        return values[0];
    }

    /** The largest eigenvalue. */
    public double max() {
        return values[values.length - 1];
    }

    /**
     * One LAPACK {@code dsyevd} call (divide and conquer; it rescales badly scaled matrices
     * itself). A row-major lower triangle is LAPACK's column-major upper triangle, so only the
     * lower triangle of {@code a} is read; LAPACK's column-major eigenvectors are transposed on
     * the way out.
     */
    static SymmetricEigen decompose(LAPACK lapack, Matrix a) {
        int n = BackendArguments.symmetric("symmetric matrix", a);
        if (n == 0) {
            return new SymmetricEigen(new double[0], Matrix.zeros(0, 0));
        }
        double[] z = a.data().clone();
        double[] values = new double[n];
        double[] workSize = new double[1];
        int[] iworkSize = new int[1];
        intW info = new intW(0);
        lapack.dsyevd("V", "U", n, z, 0, n, values, 0, workSize, 0, -1, iworkSize, 0, -1, info);
        requireSuccess("dsyevd workspace query", info);
        double[] work = new double[(int) workSize[0]];
        int[] iwork = new int[iworkSize[0]];
        lapack.dsyevd("V", "U", n, z, 0, n, values, 0, work, 0, work.length, iwork, 0,
                iwork.length, info);
        requireSuccess("dsyevd", info);
        return new SymmetricEigen(values, Matrix.wrap(n, n, z).transpose());
    }

    static void requireSuccess(String routine, intW info) {
        if (info.val != 0) {
            throw new IllegalStateException(routine + " must return info = 0: " + info.val);
        }
    }
}
