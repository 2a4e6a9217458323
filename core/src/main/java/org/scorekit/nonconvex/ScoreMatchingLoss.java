package org.scorekit.nonconvex;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.convex.Activation;
import org.scorekit.convex.UnivariateNetwork;
import org.scorekit.convex.UnivariateProgram;

/**
 * The score-matching objective of spec/convex-score.md §1 and §9 for the network of a
 * {@link UnivariateProgram}, in sum normalisation with the explicit Jacobian trace:
 *
 * <pre>
 * s_i = Σ_j α_j σ(w_j x_i + b_j) + c + v x_i,   d_ij = σ'(w_j x_i + b_j)
 * L   = Σ_i [ Σ_j α_j w_j d_ij + v + ½ s_i² ] + (β/2) Σ_j (w_j² + α_j²)
 * ∂L/∂α_j = Σ_i [ w_j d_ij + σ(w_j x_i + b_j) s_i ] + β α_j
 * ∂L/∂w_j = Σ_i α_j d_ij (1 + x_i s_i) + β w_j ,   ∂L/∂b_j = Σ_i α_j d_ij s_i
 * ∂L/∂c   = Σ_i s_i ,   ∂L/∂v = Σ_i (1 + x_i s_i)   (only with the skip connection)
 * </pre>
 *
 * The gradient is that of L away from the kinks (σ'' = 0 there); L itself jumps where a kink
 * crosses a data point, which the gradient does not see (§9). Parameters θ (length 3m + 2):
 * w (m), b (m), α (m), c, v; without skip v is held at 0 and its gradient is 0.
 */
public final class ScoreMatchingLoss {
    private final double[] points;
    private final Activation activation;
    private final boolean skip;
    private final double beta;

    /** The objective of the program's data, activation, skip setting and β. */
    public ScoreMatchingLoss(UnivariateProgram program) {
        Checks.require(program != null, "program must be given");
        this.points = program.points();
        this.activation = program.activation();
        this.skip = program.skip();
        this.beta = program.beta();
    }

    /** The width m of a parameter vector θ of length 3m + 2. */
    public static int width(double[] theta) {
        Checks.require(theta.length >= 2 && (theta.length - 2) % 3 == 0,
                "parameters must have length 3m + 2: " + theta.length);
        return (theta.length - 2) / 3;
    }

    /** L(θ). */
    public double value(double[] theta) {
        return valueAndGradient(theta, null);
    }

    /**
     * L(θ), writing ∇L(θ) into {@code gradient} (length 3m + 2) unless it is null; O(n m).
     */
    public double valueAndGradient(double[] theta, double[] gradient) {
        int m = width(theta);
        double c = theta[3 * m];
        double v = skip ? theta[3 * m + 1] : 0.0;
        if (gradient != null) {
            Checks.sameSize("gradient entries", theta.length, gradient.length);
            Arrays.fill(gradient, 0.0);
        }
        double[] hidden = new double[m];
        double[] slope = new double[m];
        double loss = 0;
        for (double x : points) {
            double s = c + v * x;
            double trace = v;
            for (int j = 0; j < m; j++) {
                double pre = theta[j] * x + theta[m + j];
                hidden[j] = activation.value(pre);
                slope[j] = activation.derivative(pre);
                s += theta[2 * m + j] * hidden[j];
                trace += theta[2 * m + j] * theta[j] * slope[j];
            }
            loss += trace + 0.5 * s * s;
            if (gradient != null) {
                accumulate(theta, gradient, x, s, hidden, slope);
            }
        }
        for (int j = 0; j < m; j++) {
            double w = theta[j];
            double alpha = theta[2 * m + j];
            loss += 0.5 * beta * (w * w + alpha * alpha);
            if (gradient != null) {
                gradient[j] += beta * w;
                gradient[2 * m + j] += beta * alpha;
            }
        }
        return loss;
    }

    /** Adds point x's terms of ∇L, given s(x), σ(w_j x + b_j) and σ'(w_j x + b_j). */
    private void accumulate(double[] theta, double[] gradient, double x, double s, double[] hidden,
                            double[] slope) {
        int m = hidden.length;
        for (int j = 0; j < m; j++) {
            double alpha = theta[2 * m + j];
            gradient[j] += alpha * slope[j] * (1 + x * s);
            gradient[m + j] += alpha * slope[j] * s;
            gradient[2 * m + j] += theta[j] * slope[j] + hidden[j] * s;
        }
        gradient[3 * m] += s;
        if (skip) {
            gradient[3 * m + 1] += 1 + x * s;
        }
    }

    /** The network of θ. */
    public UnivariateNetwork network(double[] theta) {
        int m = width(theta);
        return new UnivariateNetwork(activation, Arrays.copyOfRange(theta, 0, m),
                Arrays.copyOfRange(theta, m, 2 * m),
                Arrays.copyOfRange(theta, 2 * m, 3 * m), theta[3 * m],
                skip ? theta[3 * m + 1] : 0.0);
    }

    /**
     * Whether the hidden layer is dead on the data: every neuron's output α_j σ(w_j x_i + b_j) and
     * trace term α_j w_j σ'(w_j x_i + b_j) is at most {@code tolerance} in magnitude at every
     * data point, so the network is affine there (the "all-zero" solutions of §9 and §11.1).
     */
    public boolean dead(double[] theta, double tolerance) {
        int m = width(theta);
        for (double x : points) {
            for (int j = 0; j < m; j++) {
                double pre = theta[j] * x + theta[m + j];
                double alpha = theta[2 * m + j];
                if (Math.abs(alpha * activation.value(pre)) > tolerance
                        || Math.abs(alpha * theta[j] * activation.derivative(pre)) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }
}
