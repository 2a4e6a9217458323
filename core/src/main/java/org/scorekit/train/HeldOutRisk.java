package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;

/**
 * Mean squared distance (1/n) Σ_i ‖f_W(z_i) − target_i‖² on a fixed held-out set. With the
 * clean labels x_0 as targets this is the held-out label loss (spec E2); with the exact denoiser
 * f*(x_t, t) as targets it is the denoiser excess risk 𝓔 (spec E1) on that draw.
 *
 * @param name   history column name
 * @param inputs n × D inputs z_i
 * @param target n × d targets
 */
public record HeldOutRisk(String name, Matrix inputs, Matrix target) implements Evaluation {
    public HeldOutRisk {
        Checks.sameSize("held-out target rows", inputs.rows(), target.rows());
        Checks.positive("held-out set size", inputs.rows());
    }

    @Override
    public double evaluate(TwoLayerRelu network) {
        return loss(network.forward(inputs));
    }

    /** ‖f_W(z_i) − target_i‖² for each held-out row i (their mean is {@link #evaluate}). */
    public double[] rowLosses(TwoLayerRelu network) {
        return rowLosses(network.forward(inputs));
    }

    /** The mean loss of given predictions f(z_i) (n × d), from any estimator. */
    public double loss(Matrix predictions) {
        predictions.requireShape("held-out predictions", target.rows(), target.cols());
        double[] a = predictions.data();
        double[] b = target.data();
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double r = a[i] - b[i];
            s += r * r;
        }
        return s / inputs.rows();
    }

    /** ‖f(z_i) − target_i‖² for each held-out row i of given predictions (n × d). */
    public double[] rowLosses(Matrix predictions) {
        predictions.requireShape("held-out predictions", target.rows(), target.cols());
        int d = target.cols();
        double[] a = predictions.data();
        double[] b = target.data();
        double[] out = new double[inputs.rows()];
        for (int i = 0; i < a.length; i++) {
            double r = a[i] - b[i];
            out[i / d] += r * r;
        }
        return out;
    }
}
