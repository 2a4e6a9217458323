package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;

/** f = g + r, and the residual labels x_0 − g of a training problem. */
class ResidualDenoiserTest {
    private final VpProcess process = new VpProcess(new ConstantSchedule(1.0));
    private final GaussianMixture law = GaussianMixture.isotropic(new double[] {0.3, 0.7},
            new double[][] {{-2, 1}, {2, 0}}, new double[] {0.5, 1.0});

    @Test
    void isTheBasePlusTheResidualAndTheResidualProblemSubtractsTheBase() {
        ExactScore base = new ExactScore(law, process);
        Matrix x = Rng.of(1).gaussian(5, 2);
        double[] t = {0.1, 0.2, 0.5, 1.0, 2.0};
        ExactScore residual = new ExactScore(GaussianMixture.momentMatched(x), process);
        double[] f = new ResidualDenoiser(base, residual).denoise(x, t).data();
        double[] g = base.denoise(x, t).data();
        double[] r = residual.denoise(x, t).data();
        for (int i = 0; i < f.length; i++) {
            assertEquals(g[i] + r[i], f[i], 0.0);
        }
        ScoreMatchingProblem p = ScoreMatchingProblem.draw(law, process, 0.1, 2.0,
                InputMap.of(2, LinearTimeEncoding.identity()), 50, Rng.of(2));
        ScoreMatchingProblem q = p.residual(base);
        double[] gp = base.denoise(p.noisy(), p.times()).data();
        for (int i = 0; i < gp.length; i++) {
            assertEquals(p.y().data()[i] - gp[i], q.y().data()[i], 0.0);
        }
        assertArrayEquals(p.z().data(), q.z().data(), 0.0);
        assertArrayEquals(p.y().data(), p.residual(new ZeroDenoiser(2)).y().data(), 0.0);
    }

    @Test
    void dimensionsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> new ResidualDenoiser(
                new ZeroDenoiser(2), new ZeroDenoiser(3)));
        assertThrows(IllegalArgumentException.class, () -> new ZeroDenoiser(0));
    }
}
