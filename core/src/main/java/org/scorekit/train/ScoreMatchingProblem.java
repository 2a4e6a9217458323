package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.data.Distribution;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.Denoiser;
import org.scorekit.model.InputMap;
import org.scorekit.model.NoiseUnitsDenoiser;
import org.scorekit.random.Rng;

/**
 * One draw of Algorithm 1 (spec/score-estimation.md §4): N i.i.d. triples
 * (t_j ~ Unif[T0, T], x_{0,j}, ξ_j ~ N(0, I)), with inputs z_j = (x_{t_j}, c(t_j)) and labels
 * y_j = x_{0,j}, where x_t = α(t) x_0 + √h(t) ξ. Denoising score matching with weight h²/α²
 * is then the least-squares regression of y on z (§3).
 *
 * <p>The truncation radius R = B_2 + √d + √(2 log(N/δ)) of decision P3 (B_2 the largest
 * ‖x_0‖ of the draw) is reported with the fraction of inputs outside the ball; samples are kept
 * (policy P4).
 *
 * @param inputs      the input map z = (x, c(t))
 * @param z           N × D inputs
 * @param y           N × d labels
 * @param times       the N times t_j
 * @param noisy       N × d noisy points x_{t_j}
 * @param timeMin     T0
 * @param timeMax     T
 * @param radius      R
 * @param fractionOutside fraction of j with ‖x_{t_j}‖ &gt; R
 */
public record ScoreMatchingProblem(InputMap inputs, Matrix z, Matrix y, double[] times,
                                   Matrix noisy, double timeMin, double timeMax, double radius,
                                   double fractionOutside) {
    /** δ of decision P3. */
    public static final double DEFAULT_DELTA = 0.01;

    public ScoreMatchingProblem {
        Checks.positive("number of triples", z.rows());
        z.requireShape("inputs", y.rows(), inputs.width());
        y.requireCols("labels", inputs.dataDimension());
        Checks.sameSize("number of times", z.rows(), times.length);
    }

    /** Draws N triples from a distribution with the streams "times", "data", "noise" of rng. */
    public static ScoreMatchingProblem draw(Distribution data, ForwardProcess process,
                                            double timeMin, double timeMax, InputMap inputs,
                                            int n, Rng rng) {
        Checks.positive("number of triples", n);
        Checks.sameSize("input map data dimension vs distribution", data.dimension(),
                inputs.dataDimension());
        Matrix x0 = data.sample(n, rng.fork("data"));
        return fromClean(x0, process, timeMin, timeMax, inputs, rng);
    }

    /**
     * Uses given clean rows x_0 (N × d), one per triple, with fresh times and noise from the
     * streams "times" and "noise" of rng.
     */
    public static ScoreMatchingProblem fromClean(Matrix x0, ForwardProcess process,
                                                 double timeMin, double timeMax,
                                                 InputMap inputs, Rng rng) {
        checkWindow(process, timeMin, timeMax);
        int n = x0.rows();
        int d = x0.cols();
        Checks.positive("number of triples", n);
        double[] t = new double[n];
        Rng times = rng.fork("times");
        for (int j = 0; j < n; j++) {
            t[j] = times.uniform(timeMin, timeMax);
        }
        Matrix noise = rng.fork("noise").gaussian(n, d);
        Matrix xt = process.marginal(x0, t, noise);
        double b2 = 0;
        for (int j = 0; j < n; j++) {
            b2 = Math.max(b2, norm(x0.data(), j * d, d));
        }
        double radius = b2 + Math.sqrt(d) + Math.sqrt(2 * Math.log(n / DEFAULT_DELTA));
        int outside = 0;
        for (int j = 0; j < n; j++) {
            if (norm(xt.data(), j * d, d) > radius) {
                outside++;
            }
        }
        return new ScoreMatchingProblem(inputs, inputs.inputs(xt, t), x0.copy(), t, xt,
                timeMin, timeMax, radius, (double) outside / n);
    }

    /**
     * The same draw with the labels y_j − g(x_{t_j}, t_j): regressing them on z fits the residual
     * r = f − g of a {@link org.scorekit.model.ResidualDenoiser} with base g.
     */
    public ScoreMatchingProblem residual(Denoiser base) {
        Checks.sameSize("base dimension vs labels", y.cols(), base.dimension());
        Matrix labels = y.copy();
        double[] out = labels.data();
        double[] g = base.denoise(noisy, times).data();
        for (int i = 0; i < out.length; i++) {
            out[i] -= g[i];
        }
        return withLabels(labels);
    }

    /**
     * The same draw with labels y_j replaced: for instance the exact denoiser f*(x_{t_j}, t_j),
     * whose regression on z is the oracle risk.
     */
    public ScoreMatchingProblem withLabels(Matrix labels) {
        return new ScoreMatchingProblem(inputs, z, labels, times, noisy, timeMin, timeMax, radius,
                fractionOutside);
    }

    /**
     * The same draw with each label row multiplied by −α(t_j)/√h(t_j): a clean residual x_0 − g
     * becomes the noise residual ε − ε_g, fitted through a
     * {@link org.scorekit.model.NoiseUnitsDenoiser}.
     */
    public ScoreMatchingProblem inNoiseUnits(ForwardProcess process) {
        Matrix labels = y.copy();
        double[] out = labels.data();
        int d = y.cols();
        for (int j = 0; j < times.length; j++) {
            double scale = NoiseUnitsDenoiser.toNoiseUnits(process, times[j]);
            for (int k = 0; k < d; k++) {
                out[j * d + k] *= scale;
            }
        }
        return withLabels(labels);
    }

    /** Fails unless 0 &lt; T0 &lt; T ≤ horizon (T finite). */
    public static void checkWindow(ForwardProcess process, double timeMin, double timeMax) {
        Checks.positive("timeMin (T0)", timeMin);
        Checks.require(Double.isFinite(timeMax) && timeMax > timeMin,
                "timeMax (T) must exceed timeMin (T0) = " + timeMin + ": " + timeMax);
        Checks.require(timeMax <= process.horizon(),
                "timeMax (T) must be at most the schedule's horizon " + process.horizon() + ": "
                        + timeMax);
    }

    /** N. */
    public int size() {
        return z.rows();
    }

    /** d. */
    public int dataDimension() {
        return y.cols();
    }

    private static double norm(double[] v, int offset, int len) {
        double s = 0;
        for (int k = 0; k < len; k++) {
            s += v[offset + k] * v[offset + k];
        }
        return Math.sqrt(s);
    }
}
