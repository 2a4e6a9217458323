package org.scorekit.data;

import org.scorekit.checks.Checks;

/**
 * Validation of mixture parameters. Every message names the field path (e.g.
 * {@code covariances[2]}) and the expectation, in the form {@code <name> must be <expectation>:
 * <value>}; every method returns a defensive copy.
 */
final class MixtureChecks {
    /** Tolerance on |Σ π_k − 1|; within it the weights are renormalised to sum to 1 exactly. */
    static final double WEIGHT_SUM_TOLERANCE = 1e-9;
    /** Tolerance on |Σ_ij − Σ_ji| relative to the largest |entry| of the matrix. */
    static final double SYMMETRY_TOLERANCE = 1e-12;

    private MixtureChecks() {
    }

    /** Finite, positive weights summing to 1 within {@link #WEIGHT_SUM_TOLERANCE}, renormalised. */
    static double[] weights(double[] weights) {
        Checks.require(weights != null, "weights must be given");
        Checks.require(weights.length > 0, "weights must be non-empty");
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            Checks.finite("weights[" + k + "]", weights[k]);
            Checks.require(weights[k] > 0, "weights[" + k + "] must be positive: " + weights[k]);
            sum += weights[k];
        }
        Checks.require(Math.abs(sum - 1.0) <= WEIGHT_SUM_TOLERANCE,
                "weights must sum to 1 (within 1e-9): " + sum);
        double[] out = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            out[k] = weights[k] / sum;
        }
        return out;
    }

    /** One finite vector of a common length d ≥ 1 per component; {@code name} as the caller calls it. */
    static double[][] means(String name, double[][] means, int components) {
        Checks.require(means != null, name + " must be given");
        Checks.require(means.length == components, name + " has " + means.length
                + " rows, expected " + components + " (one per weight)");
        Checks.require(means[0] != null, name + "[0] must be given");
        int d = means[0].length;
        Checks.require(d > 0, name + "[0] must have at least one entry");
        double[][] out = new double[components][];
        for (int k = 0; k < components; k++) {
            String row = name + "[" + k + "]";
            Checks.require(means[k] != null, row + " must be given");
            Checks.require(means[k].length == d,
                    row + " has " + means[k].length + " entries, expected " + d);
            Checks.allFinite(row, means[k]);
            out[k] = means[k].clone();
        }
        return out;
    }

    /**
     * One finite symmetric d × d matrix per component (positive semidefiniteness is checked on
     * the eigenvalues, see {@link MixtureComponent}); returns copies symmetrised by averaging.
     */
    static double[][][] covariances(double[][][] covariances, int components, int d) {
        Checks.require(covariances != null, "covariances must be given");
        Checks.require(covariances.length == components, "covariances has "
                + covariances.length + " matrices, expected " + components + " (one per weight)");
        double[][][] out = new double[components][][];
        for (int k = 0; k < components; k++) {
            out[k] = symmetric("covariances[" + k + "]", covariances[k], d);
        }
        return out;
    }

    /** Finite, non-negative standard deviations, one per component. */
    static double[] standardDeviations(double[] standardDeviations, int components) {
        Checks.require(standardDeviations != null, "standardDeviations must be given");
        Checks.require(standardDeviations.length == components, "standardDeviations has "
                + standardDeviations.length + " entries, expected " + components
                + " (one per weight)");
        for (int k = 0; k < components; k++) {
            Checks.nonNegative("standardDeviations[" + k + "]", standardDeviations[k]);
        }
        return standardDeviations.clone();
    }

    private static double[][] symmetric(String name, double[][] matrix, int d) {
        Checks.require(matrix != null, name + " must be given");
        Checks.require(matrix.length == d, name + " has " + matrix.length + " rows, expected " + d);
        double largest = 0;
        for (int i = 0; i < d; i++) {
            String row = name + "[" + i + "]";
            Checks.require(matrix[i] != null, row + " must be given");
            Checks.require(matrix[i].length == d,
                    row + " has " + matrix[i].length + " entries, expected " + d);
            Checks.allFinite(row, matrix[i]);
            for (double v : matrix[i]) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            out[i][i] = matrix[i][i];
            for (int j = 0; j < i; j++) {
                double upper = matrix[j][i];
                double lower = matrix[i][j];
                Checks.require(Math.abs(upper - lower) <= SYMMETRY_TOLERANCE * largest,
                        name + " must be symmetric: entry (" + j + "," + i + ") = " + upper
                                + " but (" + i + "," + j + ") = " + lower);
                out[i][j] = 0.5 * (upper + lower);
                out[j][i] = out[i][j];
            }
        }
        return out;
    }
}
