package org.scorekit.data;

import java.util.Arrays;
import java.util.List;

/**
 * The named data laws of scorekit, all {@link GaussianMixture}s so that every experiment on them
 * has the exact score and denoiser as oracle. Names are stable: experiment specs refer to them.
 */
public final class BuiltinDistributions {
    private static final List<String> NAMES =
            List.of("ring8", "moons", "aniso8", "bimodal1d", "corners4");

    private BuiltinDistributions() {
    }

    /** The known names, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The distribution of the given name.
     *
     * @throws IllegalArgumentException listing the known names if {@code name} is none of them
     */
    public static GaussianMixture byName(String name) {
        String known = name == null ? "" : name;
        return switch (known) {
            case "ring8" -> ring8();
            case "moons" -> moons();
            case "aniso8" -> aniso8();
            case "bimodal1d" -> bimodal1d();
            case "corners4" -> corners4();
            default -> throw new IllegalArgumentException(
                    "distribution name must be one of " + NAMES + ": " + name);
        };
    }

    /**
     * {@code ring8}, d = 2: eight equal-weight isotropic components N(μ_k, 0.1² I) with
     * μ_k = 2 (cos(2πk/8), sin(2πk/8)), k = 0..7, on the circle of radius 2.
     */
    public static GaussianMixture ring8() {
        double[][] means = new double[8][];
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            means[k] = new double[] {2 * Math.cos(angle), 2 * Math.sin(angle)};
        }
        return GaussianMixture.isotropic(equalWeights(8), means, filled(8, 0.1));
    }

    /**
     * {@code moons}, d = 2: the two-moons shape as 16 equal-weight components N(μ, 0.15² I).
     * With θ_j = πj/7, j = 0..7, the upper arc has centres (cos θ_j − 0.5, sin θ_j − 0.25) and
     * the lower arc (0.5 − cos θ_j, 0.25 − sin θ_j): the unit-radius moons of scikit-learn's
     * {@code make_moons}, shifted so that E[X_0] = 0.
     */
    public static GaussianMixture moons() {
        double[][] means = new double[16][];
        for (int j = 0; j < 8; j++) {
            double theta = Math.PI * j / 7;
            means[j] = new double[] {Math.cos(theta) - 0.5, Math.sin(theta) - 0.25};
            means[8 + j] = new double[] {0.5 - Math.cos(theta), 0.25 - Math.sin(theta)};
        }
        return GaussianMixture.isotropic(equalWeights(16), means, filled(16, 0.15));
    }

    /**
     * {@code aniso8}, d = 8: four components with weights (0.4, 0.3, 0.2, 0.1), mutually
     * orthogonal means μ_k[i] = 0.75 (−1)^{popcount((k+1) AND i)} (rows 1..4 of the Sylvester
     * Hadamard matrix, ‖μ_k‖ ≈ 2.12) and full covariances Σ_k = D_k R_k D_k, with standard
     * deviations D_k[i] = 0.5 · 0.75^{(i + 2k) mod 8} (from 0.5 down to 0.067) and
     * correlations R_k[i][j] = ρ_k^{|i−j|} (AR(1), ρ = 0.9, −0.7, 0.5 for k = 0, 1, 3) and, for
     * k = 2, equicorrelation 0.6 off the diagonal.
     */
    public static GaussianMixture aniso8() {
        int d = 8;
        double[] rho = {0.9, -0.7, 0.6, 0.5};
        double[][] means = new double[4][d];
        double[][][] covariances = new double[4][d][d];
        for (int k = 0; k < 4; k++) {
            double[] sd = new double[d];
            for (int i = 0; i < d; i++) {
                means[k][i] = Integer.bitCount((k + 1) & i) % 2 == 0 ? 0.75 : -0.75;
                sd[i] = 0.5 * Math.pow(0.75, (i + 2 * k) % d);
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double r = k == 2
                            ? (i == j ? 1.0 : rho[k])
                            : Math.pow(rho[k], Math.abs(i - j));
                    covariances[k][i][j] = sd[i] * r * sd[j];
                }
            }
        }
        return GaussianMixture.of(new double[] {0.4, 0.3, 0.2, 0.1}, means, covariances);
    }

    /**
     * {@code bimodal1d}, d = 1: 0.3 N(−1.5, 0.25²) + 0.7 N(1, 0.5²).
     */
    public static GaussianMixture bimodal1d() {
        return GaussianMixture.isotropic(new double[] {0.3, 0.7},
                new double[][] {{-1.5}, {1.0}}, new double[] {0.25, 0.5});
    }

    /**
     * {@code corners4}, d = 2: uniform on the four points (±0.8, ±0.8) (point masses, Σ_k = 0;
     * B_∞ = 0.8, B_2 ≈ 1.13, E‖X_0‖² = 1.28): the data of the reference experiment,
     * spec/score-estimation.md §14.
     */
    public static GaussianMixture corners4() {
        return GaussianMixture.pointMasses(equalWeights(4), new double[][] {
            {0.8, 0.8}, {-0.8, 0.8}, {-0.8, -0.8}, {0.8, -0.8}});
    }

    private static double[] equalWeights(int count) {
        return filled(count, 1.0 / count);
    }

    private static double[] filled(int count, double value) {
        double[] out = new double[count];
        Arrays.fill(out, value);
        return out;
    }
}
