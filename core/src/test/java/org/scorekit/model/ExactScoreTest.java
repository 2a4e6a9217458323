package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.data.BuiltinDistributions;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** ExactScore is the mixture oracle in both roles, and consistent with the parametric form. */
class ExactScoreTest {
    private static final ForwardProcess OU = new VpProcess(new ConstantSchedule(1.0));

    @Test
    void delegatesToTheMixtureOracles() {
        GaussianMixture ring = BuiltinDistributions.ring8();
        ExactScore exact = new ExactScore(ring, OU);
        Rng rng = Rng.of(41);
        Matrix x = rng.fork("x").gaussian(50, 2);
        double[] t = times(50, rng.fork("t"));
        assertEquals(2, exact.dimension());
        assertArrayEquals(ring.score(x, t, OU).data(), exact.score(x, t).data());
        assertArrayEquals(ring.posteriorMean(x, t, OU).data(), exact.denoise(x, t).data());
    }

    /** s = (α/h) f* − x/h (spec §2): the parametric score of the exact denoiser is the exact score. */
    @Test
    void parametricScoreOfTheExactDenoiserIsTheExactScore() {
        ExactScore exact = new ExactScore(BuiltinDistributions.aniso8(), OU);
        Rng rng = Rng.of(42);
        Matrix x = rng.fork("x").gaussian(50, 8);
        double[] t = times(50, rng.fork("t"));
        Matrix viaDenoiser = new ParametricScore(exact, OU).score(x, t);
        Matrix direct = exact.score(x, t);
        for (int i = 0; i < direct.data().length; i++) {
            double scale = Math.max(1.0, Math.abs(direct.data()[i]));
            assertEquals(direct.data()[i], viaDenoiser.data()[i], 1e-11 * scale, "entry " + i);
        }
    }

    @Test
    void rejectsMissingParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExactScore(null, OU));
        assertEquals("mixture must be given", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ExactScore(BuiltinDistributions.corners4(), null));
        assertEquals("process must be given", e.getMessage());
    }

    private static double[] times(int n, Rng rng) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.uniform(0.05, 2.0);
        }
        return t;
    }
}
