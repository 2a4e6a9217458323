package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.GaussianOracle;

/**
 * What every {@link Sampler} must do (STYLE.md: one contract test per interface, run against
 * every implementation), plus the shared closed-form setting of the oracle tests: g ≡ 1,
 * p_0 = N((1, −0.5), 0.5² I), sampling from T = 12 down to T0 = 0.05.
 */
abstract class SamplerContract {
    static final double T = 12.0;
    static final double T0 = 0.05;
    static final ForwardProcess PROCESS = new VpProcess(new ConstantSchedule(1.0));
    static final GaussianOracle ORACLE = GaussianOracle.of(new double[] {1.0, -0.5}, 0.5, PROCESS);

    /** The implementation under test. */
    abstract Sampler sampler();

    private Matrix run(Matrix start, Rng rng) {
        return sampler().sample(ORACLE.score(), PROCESS, TimeGrid.uniform(T, T0, 20), start, rng);
    }

    @Test
    void leavesTheStartUntouchedAndReturnsANewMatrixOfTheSameShape() {
        Matrix start = Rng.of(1).gaussian(30, 2);
        Matrix copy = start.copy();
        Matrix out = run(start, Rng.of(2));
        assertArrayEquals(copy.data(), start.data());
        assertNotSame(start, out);
        assertEquals(30, out.rows());
        assertEquals(2, out.cols());
        for (double v : out.data()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void identicalRngForksGiveIdenticalSamples() {
        Matrix start = Rng.of(3).gaussian(25, 2);
        Matrix a = run(start, Rng.of(4).fork("sampler"));
        Matrix b = run(start, Rng.of(4).fork("sampler"));
        assertArrayEquals(a.data(), b.data());
    }

    @Test
    void movesTheSamples() {
        Matrix start = Rng.of(3).gaussian(10, 2);
        Matrix out = run(start, Rng.of(5));
        double moved = 0;
        for (int i = 0; i < start.data().length; i++) {
            moved += Math.abs(out.data()[i] - start.data()[i]);
        }
        assertTrue(moved > 1.0, "the sampler left the start in place");
    }

    @Test
    void rejectsAStartOfTheWrongDimension() {
        assertThrows(IllegalArgumentException.class, () -> run(Matrix.zeros(5, 3), Rng.of(1)));
    }

    @Test
    void emptyStartGivesEmptyOutput() {
        assertEquals(0, run(Matrix.zeros(0, 2), Rng.of(1)).rows());
    }

    @Test
    void isFoundByItsName() {
        assertSame(sampler().getClass(), SamplerKind.of(sampler().name()).create().getClass());
    }
}
