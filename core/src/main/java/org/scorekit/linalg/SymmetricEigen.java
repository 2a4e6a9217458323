package org.scorekit.linalg;

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
}
