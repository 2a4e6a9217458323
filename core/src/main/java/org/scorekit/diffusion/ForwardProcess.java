package org.scorekit.diffusion;

import org.scorekit.linalg.Matrix;

/**
 * A VP forward process X_t | X_0 ~ N(α(t) X_0, h(t) I) with rate g(t). The reverse-time SDE and
 * the probability-flow ODE are derived here, once, so samplers never re-derive them
 * (spec/score-estimation.md §1, §12).
 */
public interface ForwardProcess {
    /** The largest admissible time. */
    double horizon();

    /** Mean factor α(t) = exp(−G(t)/2). */
    double alpha(double t);

    /** Noise variance h(t) = 1 − α(t)². */
    double h(double t);

    /** Rate g(t). */
    double g(double t);

    /**
     * Drift of the reverse SDE in reverse time s = T − t at state y with score S(y, t):
     * ½ g(t) y + g(t) S. Shapes: y, score n × d. Returns a new matrix.
     */
    default Matrix reverseSdeDrift(Matrix y, Matrix score, double t) {
        return combine(y, score, 0.5 * g(t), g(t));
    }

    /** Diffusion coefficient √g(t) of the reverse SDE. */
    default double reverseSdeDiffusion(double t) {
        return Math.sqrt(g(t));
    }

    /** Velocity of the probability-flow ODE in reverse time: ½ g(t) (y + S). Returns a new matrix. */
    default Matrix probabilityFlowDrift(Matrix y, Matrix score, double t) {
        return combine(y, score, 0.5 * g(t), 0.5 * g(t));
    }

    /** An exact draw of X_t given X_0: α(t) x0 + √h(t) ξ, row-wise t. Shapes n × d, t length n. */
    default Matrix marginal(Matrix x0, double[] t, Matrix noise) {
        noise.requireShape("noise", x0.rows(), x0.cols());
        if (t.length != x0.rows()) {
            throw new IllegalArgumentException(
                    "number of times must equal the rows of x0 (" + x0.rows() + "): " + t.length);
        }
        int n = x0.rows();
        int d = x0.cols();
        Matrix xt = Matrix.zeros(n, d);
        double[] a = x0.data();
        double[] e = noise.data();
        double[] out = xt.data();
        for (int i = 0; i < n; i++) {
            double al = alpha(t[i]);
            double sd = Math.sqrt(h(t[i]));
            for (int k = 0; k < d; k++) {
                out[i * d + k] = al * a[i * d + k] + sd * e[i * d + k];
            }
        }
        return xt;
    }

    private static Matrix combine(Matrix y, Matrix score, double cy, double cs) {
        score.requireShape("score", y.rows(), y.cols());
        Matrix out = Matrix.zeros(y.rows(), y.cols());
        double[] a = y.data();
        double[] b = score.data();
        double[] o = out.data();
        for (int i = 0; i < o.length; i++) {
            o[i] = cy * a[i] + cs * b[i];
        }
        return out;
    }
}
