package org.scorekit.convex;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The multivariate denoising score-matching program of spec/convex-score.md §7 at one noise level
 * σ in its gated relaxation: weight-decay regression of the targets t_ik = −ε_ik/σ on the noisy
 * points x̃_ik = x_i + σ ε_ik (N = nK pairs) by gated networks with the sampled patterns'
 * gates, the exact convex program
 * min_W ½‖Σ_i D̃_i X̃ W_i − T‖_F² + β Σ_i ‖W_i‖_* over blocks W_i ((d + 1) × d), X̃ = [X, 1] the
 * noisy points lifted by a constant column (N × (d + 1)), the
 * score-matching program (M-gated) of §6.2 with its trace term replaced by −⟨X̃ᵀ D̃_i T, W_i⟩ and
 * the constant ½‖T‖². It is bounded below (by 0) for every β &gt; 0.
 *
 * @param gated   the noisy points (N × d, row i·K + k is x̃_ik), patterns drawn on them, the
 *                activation and β
 * @param targets T, N × d, row i·K + k is −ε_ik/σ
 */
public record GatedDenoisingProgram(MultivariateProgram gated, Matrix targets) {
    public GatedDenoisingProgram {
        Checks.require(gated != null, "gated program must be given");
        Checks.require(targets != null, "targets must be given");
        Checks.sameSize("target rows (noisy points)", gated.size(), targets.rows());
        Checks.sameSize("target columns (dimension)", gated.dimension(), targets.cols());
        Checks.allFinite("targets", targets.data());
        targets = targets.copy();
    }

    /**
     * The program with fresh draws ε ~ N(0, I_d) from {@code rng.fork("noise")} and {@code gates}
     * Gaussian gates from {@code rng.fork("gates")}.
     *
     * @param data       the clean points x_1..x_n (n × d), finite, at least two distinct
     * @param noiseLevel σ &gt; 0, in units of x
     * @param draws      K ≥ 1 draws per point
     * @param gates      P0 ≥ 1 gates (spec §6.6: 2-10 times the neuron budget)
     * @param activation the hidden activation
     * @param beta       the weight decay β &gt; 0
     */
    public static GatedDenoisingProgram draw(Matrix data, double noiseLevel, int draws, int gates,
                                             Activation activation, double beta, Rng rng) {
        Checks.require(data != null, "data must be given");
        Checks.require(rng != null, "rng must be given");
        ActivationPatterns.requireData(data);
        Checks.positive("noiseLevel", noiseLevel);
        Checks.positive("draws", draws);
        Checks.require((long) data.rows() * draws * data.cols() <= Integer.MAX_VALUE - 8,
                "points x draws x dimension must fit one array: " + data.rows() + " x " + draws
                        + " x " + data.cols());
        int n = data.rows();
        int d = data.cols();
        Matrix noise = rng.fork("noise").gaussian(n * draws, d);
        Matrix noisy = Matrix.zeros(n * draws, d);
        Matrix targets = Matrix.zeros(n * draws, d);
        for (int p = 0; p < n * draws; p++) {
            for (int c = 0; c < d; c++) {
                double e = noise.get(p, c);
                noisy.set(p, c, data.get(p / draws, c) + noiseLevel * e);
                targets.set(p, c, -e / noiseLevel);
            }
        }
        ActivationPatterns patterns = ActivationPatterns.sample(noisy, gates, rng.fork("gates"));
        return new GatedDenoisingProgram(new MultivariateProgram(noisy, patterns, activation, beta),
                targets);
    }

    /** The targets (a copy). */
    @Override
    public Matrix targets() {
        return targets.copy();
    }

    /** N = nK, the number of regression pairs. */
    public int size() {
        return gated.size();
    }

    /** β. */
    public double beta() {
        return gated.beta();
    }

    /** The same pairs and patterns at another β (a point of the regularisation path). */
    public GatedDenoisingProgram withBeta(double newBeta) {
        return new GatedDenoisingProgram(gated.withBeta(newBeta), targets);
    }
}
