package org.scorekit.tabular.metrics;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Cholesky;
import org.scorekit.linalg.Matrix;

/**
 * L2-penalised logistic regression as scikit-learn's {@code LogisticRegression(C)} defines it:
 * minimise C · Σ_i log(1 + exp(−y_i (x_i·w + b))) + ½‖w‖² over w and the unpenalised intercept b
 * (y_i = ±1), here solved to convergence by Newton's method with a backtracking line search
 * (scikit-learn's lbfgs stops after at most 100 iterations, near the same optimum on scaled
 * features).
 *
 * @param weights   w, one per feature
 * @param intercept b
 */
record LogisticRegression(double[] weights, double intercept) {
    private static final int MAX_NEWTON_STEPS = 50;
    private static final double TOLERANCE = 1e-10;

    /** The fitted model of rows x (n × p) with labels y. */
    static LogisticRegression fit(Matrix x, boolean[] y, double c) {
        Checks.positive("c", c);
        Checks.sameSize("labels", x.rows(), y.length);
        int p = x.cols();
        double[] theta = new double[p + 1];
        double value = objective(x, y, c, theta);
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double[] direction = newtonDirection(x, y, c, theta);
            double t = 1;
            double[] next = theta;
            double nextValue = value;
            while (t > 1e-12) {
                next = theta.clone();
                for (int k = 0; k <= p; k++) {
                    next[k] -= t * direction[k];
                }
                nextValue = objective(x, y, c, next);
                if (nextValue <= value) {
                    break;
                }
                t /= 2;
            }
            double decrease = value - nextValue;
            theta = next;
            value = nextValue;
            if (decrease <= TOLERANCE * Math.max(1, Math.abs(value))) {
                break;
            }
        }
        double[] w = new double[p];
        System.arraycopy(theta, 0, w, 0, p);
        return new LogisticRegression(w, theta[p]);
    }

    /** P(y = +1 | x_i) for every row. */
    double[] probabilities(Matrix x) {
        double[] out = new double[x.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sigmoid(margin(x, i, weights, intercept));
        }
        return out;
    }

    /** H⁻¹ g for the objective's gradient g and Hessian H at θ = (w, b). */
    private static double[] newtonDirection(Matrix x, boolean[] y, double c, double[] theta) {
        int p = x.cols();
        double[] w = Arrays.copyOf(theta, p);
        double[] gradient = new double[p + 1];
        Matrix hessian = Matrix.zeros(p + 1, p + 1);
        double[] h = hessian.data();
        double[] row = new double[p + 1];
        row[p] = 1;
        for (int i = 0; i < x.rows(); i++) {
            System.arraycopy(x.data(), i * p, row, 0, p);
            double prob = sigmoid(margin(x, i, w, theta[p]));
            double residual = c * (prob - (y[i] ? 1 : 0));
            double curvature = c * prob * (1 - prob);
            for (int a = 0; a <= p; a++) {
                gradient[a] += residual * row[a];
                double ca = curvature * row[a];
                for (int b = 0; b <= a; b++) {
                    h[a * (p + 1) + b] += ca * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            gradient[a] += w[a];
            h[a * (p + 1) + a] += 1;
        }
        for (int a = 0; a <= p; a++) {
            for (int b = a + 1; b <= p; b++) {
                h[a * (p + 1) + b] = h[b * (p + 1) + a];
            }
        }
        // An intercept-only direction with zero curvature cannot occur: some prob(1 − prob) > 0.
        return Cholesky.decompose(hessian).orElseThrow(() -> new IllegalStateException(
                "the logistic Hessian must be positive definite")).solve(gradient);
    }

    private static double objective(Matrix x, boolean[] y, double c, double[] theta) {
        int p = x.cols();
        double loss = 0;
        for (int i = 0; i < x.rows(); i++) {
            double z = margin(x, i, theta, theta[p]);
            // log(1 + exp(−s z)) computed without overflow.
            double m = y[i] ? -z : z;
            loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
        }
        double penalty = 0;
        for (int k = 0; k < p; k++) {
            penalty += theta[k] * theta[k];
        }
        return c * loss + penalty / 2;
    }

    private static double margin(Matrix x, int i, double[] w, double b) {
        int p = x.cols();
        double[] a = x.data();
        double z = b;
        for (int k = 0; k < p; k++) {
            z += a[i * p + k] * w[k];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
