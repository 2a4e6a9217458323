package org.scorekit.sample;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ScoreModel;
import org.scorekit.random.Rng;

/**
 * The unadjusted Langevin algorithm (spec/convex-score.md §8; Zhang &amp; Pilanci, arXiv
 * 2402.01965, introduction): x ← x + (ε/2) s(x, t) + √ε z, z ~ N(0, I), repeated {@code steps}
 * times. For a linear score −(x − μ)/τ² this is an AR(1) chain with stationary law
 * N(μ, τ²/(1 − ε/(4τ²))), stable iff ε &lt; 4τ².
 *
 * @param stepSize ε &gt; 0, in units of x²
 * @param steps    the number of updates
 */
public record Langevin(double stepSize, int steps) implements FixedTimeSampler {
    public Langevin {
        Checks.positive("stepSize", stepSize);
        Checks.positive("steps", steps);
    }

    @Override
    public String name() {
        return "langevin";
    }

    @Override
    public Matrix sample(ScoreModel score, double t, Matrix start, Rng rng) {
        start.requireCols("start", score.dimension());
        Matrix x = start.copy();
        double[] times = new double[x.rows()];
        Arrays.fill(times, t);
        double[] noise = new double[x.data().length];
        for (int k = 0; k < steps; k++) {
            stepInPlace(score, x, times, stepSize, noise, rng);
        }
        return x;
    }

    /** One update x ← x + (a/2) s(x, t) + √a z with the given step a; noise is scratch space. */
    private static void stepInPlace(ScoreModel score, Matrix x, double[] times, double step, double[] noise,
                            Rng rng) {
        double[] xs = x.data();
        double[] s = score.score(x, times).data();
        rng.fillGaussian(noise);
        double sd = Math.sqrt(step);
        for (int k = 0; k < xs.length; k++) {
            xs[k] += 0.5 * step * s[k] + sd * noise[k];
        }
    }
}
