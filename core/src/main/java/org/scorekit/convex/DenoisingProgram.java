package org.scorekit.convex;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.random.Rng;

/**
 * The univariate denoising score-matching program of spec/convex-score.md §1 and §7 at one noise
 * level σ with K draws per point: the exact infimum of
 * Σ_i Σ_k ½ (s(x̃_ik) − t_ik)² + (β/2) Σ_j (w_j² + α_j²), x̃_ik = x_i + σ ε_ik, t_ik = −ε_ik/σ,
 * over two-layer networks of any width with a free output bias c and, if {@code skip}, an
 * unregularised skip term v x. It is the Lasso min ½‖A z + c·1 (+ v x̃) − t‖² + β‖z‖₁ over
 * kinks at the N = nK noisy points, A = [(x̃ − x̃_(k))_+, (x̃_(k) − x̃)_+] for ReLU or
 * |x̃ − x̃_(k)| for the absolute value; no derivative term, so no one-sided kinks.
 *
 * @param data       the clean points x_1..x_n, finite, n ≥ 2
 * @param noiseLevel σ &gt; 0, in units of x
 * @param draws      K ≥ 1
 * @param noise      the standard normal draws ε (n·K values, ε_ik at i·K + k)
 * @param activation the hidden activation
 * @param skip       whether the network has the skip connection v x
 * @param beta       the weight decay β &gt; 0 (sum normalisation over the N pairs)
 */
public record DenoisingProgram(double[] data, double noiseLevel, int draws, double[] noise,
                               Activation activation, boolean skip, double beta) {
    public DenoisingProgram {
        Checks.require(data != null, "data must be given");
        if (data.length < 2) {
            throw new IllegalArgumentException("data must hold at least 2 points: " + data.length);
        }
        data = Checks.allFinite("data", data.clone());
        Checks.positive("noiseLevel", noiseLevel);
        Checks.positive("draws", draws);
        Checks.require(noise != null, "noise must be given");
        Checks.sameSize("noise draws (data points × draws)", data.length * draws, noise.length);
        noise = Checks.allFinite("noise", noise.clone());
        Checks.require(activation != null, "activation must be given");
        Checks.positive("beta", beta);
        UnivariateProgram.requireDistinct("noisy inputs", inputs(data, noiseLevel, draws, noise));
    }

    /** The program with fresh draws ε ~ N(0, 1) from {@code rng}. */
    public static DenoisingProgram draw(double[] data, double noiseLevel, int draws,
                                        Activation activation, boolean skip, double beta,
                                        Rng rng) {
        Checks.require(data != null, "data must be given");
        Checks.positive("draws", draws);
        Checks.require(rng != null, "rng must be given");
        double[] noise = new double[data.length * draws];
        rng.fillGaussian(noise);
        return new DenoisingProgram(data, noiseLevel, draws, noise, activation, skip, beta);
    }

    private static double[] inputs(double[] data, double noiseLevel, int draws, double[] noise) {
        double[] x = new double[noise.length];
        for (int p = 0; p < x.length; p++) {
            x[p] = data[p / draws] + noiseLevel * noise[p];
        }
        return x;
    }

    /** The noisy inputs x̃ (N = nK values, x̃_ik at i·K + k). */
    public double[] inputs() {
        return inputs(data, noiseLevel, draws, noise);
    }

    /** The regression targets t = −ε/σ, in the order of {@link #inputs()}. */
    public double[] targets() {
        double[] t = new double[noise.length];
        for (int p = 0; p < t.length; p++) {
            t[p] = -noise[p] / noiseLevel;
        }
        return t;
    }

    /** N = nK, the number of regression pairs. */
    public int size() {
        return noise.length;
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    @Override
    public double[] noise() {
        return noise.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenoisingProgram p && Arrays.equals(data, p.data)
                && Double.compare(noiseLevel, p.noiseLevel) == 0 && draws == p.draws
                && Arrays.equals(noise, p.noise) && activation == p.activation && skip == p.skip
                && Double.compare(beta, p.beta) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(data) + Arrays.hashCode(noise))
                + Double.hashCode(noiseLevel) + Double.hashCode(beta) + activation.hashCode();
    }

    @Override
    public String toString() {
        return "DenoisingProgram[n=" + data.length + ", noiseLevel=" + noiseLevel + ", draws="
                + draws + ", activation=" + activation.label() + ", skip=" + skip + ", beta="
                + beta + "]";
    }
}
