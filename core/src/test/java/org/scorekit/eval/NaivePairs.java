package org.scorekit.eval;

import java.util.function.DoubleUnaryOperator;
import org.scorekit.linalg.Matrix;

/** The mean of f(‖x_i − y_j‖²) over all pairs, or over i ≠ j, by plain loops (test oracle). */
final class NaivePairs {
    private NaivePairs() {
    }

    static double mean(Matrix x, Matrix y, boolean offDiagonal, DoubleUnaryOperator f) {
        double s = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < y.rows(); j++) {
                if (offDiagonal && i == j) {
                    continue;
                }
                double d2 = 0;
                for (int k = 0; k < x.cols(); k++) {
                    double diff = x.get(i, k) - y.get(j, k);
                    d2 += diff * diff;
                }
                s += f.applyAsDouble(d2);
            }
        }
        double pairs = offDiagonal ? x.rows() * (x.rows() - 1.0) : (double) x.rows() * y.rows();
        return s / pairs;
    }
}
