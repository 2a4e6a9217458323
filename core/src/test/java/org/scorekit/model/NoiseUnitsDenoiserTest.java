package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;

/** Noise-unit labels are ε − ε_g, and the noise-unit model reads back as the clean residual. */
class NoiseUnitsDenoiserTest {
    private final VpProcess process = new VpProcess(new LinearBetaSchedule(0.1, 20.0));
    private final GaussianMixture law = GaussianMixture.isotropic(new double[] {0.4, 0.6},
            new double[][] {{-1, 2}, {1.5, 0}}, new double[] {0.3, 0.8});

    @Test
    void theNoiseUnitLabelsAreTheNoiseMinusTheBasesNoise() {
        ScoreMatchingProblem p = ScoreMatchingProblem.draw(law, process, 0.01, 1.0,
                InputMap.of(2, LinearTimeEncoding.identity()), 200, Rng.of(7));
        ExactScore base = new ExactScore(GaussianMixture.momentMatched(p.y()), process);
        ScoreMatchingProblem q = p.residual(base).inNoiseUnits(process);
        double[] g = base.denoise(p.noisy(), p.times()).data();
        for (int j = 0; j < p.size(); j++) {
            double t = p.times()[j];
            double alpha = process.alpha(t);
            double sd = Math.sqrt(process.h(t));
            for (int k = 0; k < 2; k++) {
                double xt = p.noisy().get(j, k);
                double noise = (xt - alpha * p.y().get(j, k)) / sd;
                double baseNoise = (xt - alpha * g[2 * j + k]) / sd;
                assertEquals(noise - baseNoise, q.y().get(j, k), 1e-9 * (1 + Math.abs(noise)));
            }
        }
    }

    @Test
    void aModelOfTheNoiseUnitResidualReadsBackAsTheCleanResidual() {
        Denoiser clean = new ExactScore(law, process);
        Denoiser inNoiseUnits = new Denoiser() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Matrix denoise(Matrix x, double[] t) {
                Matrix r = clean.denoise(x, t);
                for (int i = 0; i < t.length; i++) {
                    for (int k = 0; k < 2; k++) {
                        r.set(i, k, r.get(i, k) * NoiseUnitsDenoiser.toNoiseUnits(process, t[i]));
                    }
                }
                return r;
            }
        };
        Matrix x = Rng.of(3).gaussian(6, 2);
        double[] t = {1e-3, 0.01, 0.1, 0.3, 0.7, 1.0};
        double[] expected = clean.denoise(x, t).data();
        double[] read = new NoiseUnitsDenoiser(inNoiseUnits, process).denoise(x, t).data();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], read[i], 1e-12 * (1 + Math.abs(expected[i])));
        }
    }
}
