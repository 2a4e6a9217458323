package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorekit.ntk.NtkFixtures.close;
import static org.scorekit.ntk.NtkFixtures.times;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

class EmpiricalNtkTest {
    private static final int D = 3;
    private static final int OUT = 2;

    /** A network away from its initialisation (W perturbed), so H is not H(0). */
    private static TwoLayerRelu network(int width, boolean antisymmetric, Rng rng) {
        TwoLayerRelu net = TwoLayerRelu.initialize(width, D, OUT, antisymmetric, rng.fork("init"));
        double[] w = net.firstLayerData();
        Rng shift = rng.fork("shift");
        for (int i = 0; i < w.length; i++) {
            w[i] += 0.1 * shift.nextGaussian();
        }
        return net;
    }

    /** J (Nd × mD) entry by entry: row (j,k), column (r,c) = a_rk 1{w_r·z_j ≥ 0} z_jc / √m. */
    private static Matrix jacobian(TwoLayerRelu net, Matrix z) {
        int m = net.width();
        double[] w = net.firstLayerData();
        double[] a = net.outputLayerData();
        Matrix j = Matrix.zeros(z.rows() * OUT, m * D);
        for (int s = 0; s < z.rows(); s++) {
            for (int r = 0; r < m; r++) {
                double pre = 0;
                for (int c = 0; c < D; c++) {
                    pre += w[r * D + c] * z.get(s, c);
                }
                if (pre < 0) {
                    continue;
                }
                for (int k = 0; k < OUT; k++) {
                    for (int c = 0; c < D; c++) {
                        j.set(s * OUT + k, r * D + c, a[r * OUT + k] * z.get(s, c) / Math.sqrt(m));
                    }
                }
            }
        }
        return j;
    }

    private static Matrix column(double[] v) {
        return Matrix.wrap(v.length, 1, v.clone());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void blockFormulaEqualsJacobianProduct(boolean antisymmetric) {
        Rng rng = Rng.of(11);
        Matrix z = NtkFixtures.inputs(6, D, rng.fork("z"));
        TwoLayerRelu net = network(64, antisymmetric, rng);
        Matrix j = jacobian(net, z);
        EmpiricalNtk ntk = EmpiricalNtk.of(net, z);
        assertTrue(close(ntk.gram(), times(j, j.transpose()), 1e-12));
        Matrix h = ntk.gram();
        Matrix k = ntk.diagonalBlock();
        for (int s = 0; s < 6; s++) {
            for (int q = 0; q < 6; q++) {
                for (int out = 0; out < OUT; out++) {
                    assertEquals(k.get(s, q), h.get(s * OUT + out, q * OUT + out),
                            1e-12 * Math.abs(k.get(s, q)) + 1e-15);
                }
            }
        }
    }

    @Test
    void jacobianIsTheDerivativeOfTheNetwork() {
        // f is piecewise linear in W: central differences are exact while no w_r·z_j changes sign.
        Rng rng = Rng.of(12);
        Matrix z = NtkFixtures.inputs(5, D, rng.fork("z"));
        TwoLayerRelu net = network(32, false, rng);
        double[] v = rng.fork("v").gaussian(32, D).data();
        double h = 1e-6;
        Matrix pre = times(z, net.firstLayer().transpose());
        Matrix step = times(z, Matrix.wrap(32, D, v).transpose());
        for (int i = 0; i < pre.data().length; i++) {
            assertTrue(Math.abs(pre.data()[i]) > 10 * h * Math.abs(step.data()[i]), "kink at " + i);
        }
        TwoLayerRelu plus = net.copy();
        TwoLayerRelu minus = net.copy();
        for (int i = 0; i < v.length; i++) {
            plus.firstLayerData()[i] += h * v[i];
            minus.firstLayerData()[i] -= h * v[i];
        }
        Matrix fd = NtkFixtures.minus(plus.forward(z), minus.forward(z));
        for (int i = 0; i < fd.data().length; i++) {
            fd.data()[i] /= 2 * h;
        }
        double[] jv = EmpiricalNtk.of(net, z).jacobianTimes(v);
        assertTrue(close(column(jv), Matrix.wrap(fd.data().length, 1, fd.data()), 1e-6));
    }

    @Test
    void matrixFreeProductsEqualTheExplicitMatrices() {
        // N > BLOCK_ROWS · BLOCKS_PER_CHUNK exercises several blocks and chunks.
        int n = EmpiricalNtk.BLOCK_ROWS * EmpiricalNtk.BLOCKS_PER_CHUNK + 77;
        Rng rng = Rng.of(13);
        Matrix z = NtkFixtures.inputs(n, D, rng.fork("z"));
        TwoLayerRelu net = network(24, true, rng);
        EmpiricalNtk ntk = EmpiricalNtk.of(net, z);
        Matrix j = jacobian(net, z);
        double[] v = rng.fork("v").gaussian(24, D).data();
        double[] u = rng.fork("u").gaussian(n, OUT).data();
        assertTrue(close(column(ntk.jacobianTimes(v)), times(j, column(v)), 1e-12));
        assertTrue(close(column(ntk.jacobianTransposeTimes(u)), times(j.transpose(), column(u)), 1e-12));
        assertTrue(close(column(ntk.multiply(u)), times(ntk.gram(), column(u)), 1e-12));
    }

    @Test
    void operatorNormIsTheLargestEigenvalue() {
        Rng rng = Rng.of(14);
        Matrix z = NtkFixtures.inputs(10, D, rng.fork("z"));
        EmpiricalNtk ntk = EmpiricalNtk.of(network(128, false, rng), z);
        double expected = Backends.current().eigh(ntk.gram()).max();
        assertEquals(expected, ntk.operatorNorm(), 1e-6 * expected);
    }

    @Test
    void weightsAreSnapshotted() {
        Rng rng = Rng.of(15);
        Matrix z = NtkFixtures.inputs(4, D, rng.fork("z"));
        TwoLayerRelu net = network(16, false, rng);
        EmpiricalNtk ntk = EmpiricalNtk.of(net, z);
        Matrix before = ntk.gram();
        java.util.Arrays.fill(net.firstLayerData(), 1.0);
        assertEquals(before, ntk.gram());
    }

    @Test
    void wideInitialGramIsCloseToTheInfiniteWidthKernel() {
        // H(0) = (1/m) Σ_r X_r with X_r i.i.d. (standard init), X_r[(i,k),(j,l)] =
        // G_ij S_ri S_rj a_rk a_rl and E X_r = K^∞ ⊗ I_d. With p_ij = K_ij/G_ij,
        // Var of a diagonal-block entry is G_ij² p_ij(1 − p_ij) = G_ij K_ij − K_ij², of a
        // cross-output entry G_ij² p_ij = G_ij K_ij, so σ² := E‖H(0) − K^∞⊗I‖_F² =
        // (1/m)[d Σ (G∘K − K∘K) + d(d−1) Σ G∘K]. Each ‖X_r − E X_r‖_F ≤ B = (d + √d/2)‖G‖_F
        // (|entries of X_r| ≤ |G_ij|, |K_ij| ≤ |G_ij|/2). The Bernstein inequality in Hilbert
        // space (Pinelis 1994; Smale & Zhou 2007, Lemma 2) gives
        // P(‖H(0) − K^∞⊗I‖_F ≥ ε) ≤ 2 exp(−m ε² / (2(m σ² + B ε))) (m σ² is the per-neuron
        // variance), hence with L = log(2/δ): ε = L B/m + √((L B/m)² + 2 L σ²). δ = 1e-6 is the false-failure
        // probability; the bound is about 5.4 σ, the expected error about σ.
        int n = 8;
        int m = 1 << 14;
        Rng rng = Rng.of(16);
        Matrix z = NtkFixtures.inputs(n, D, rng.fork("z"));
        TwoLayerRelu net = TwoLayerRelu.initialize(m, D, OUT, false, rng.fork("init"));
        Matrix h = EmpiricalNtk.of(net, z).gram();
        Matrix k = ReluNtk.gram(z);
        Matrix g = times(z, z.transpose());
        Matrix expected = Matrix.zeros(n * OUT, n * OUT);
        double gk = 0;
        double kk = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                gk += g.get(i, j) * k.get(i, j);
                kk += k.get(i, j) * k.get(i, j);
                for (int out = 0; out < OUT; out++) {
                    expected.set(i * OUT + out, j * OUT + out, k.get(i, j));
                }
            }
        }
        double variance = (OUT * (gk - kk) + OUT * (OUT - 1) * gk) / m;
        double bound = (OUT + Math.sqrt(OUT) / 2) * g.frobeniusNorm();
        double logTerm = Math.log(2 / 1e-6);
        double epsilon = logTerm * bound / m
                + Math.sqrt(Math.pow(logTerm * bound / m, 2) + 2 * logTerm * variance);
        double error = NtkFixtures.minus(h, expected).frobeniusNorm();
        assertTrue(error <= epsilon, "error " + error + " above bound " + epsilon);
        // The bound must be able to fail: it is a small fraction of ‖K^∞ ⊗ I‖_F.
        assertTrue(epsilon < 0.1 * expected.frobeniusNorm(),
                "bound " + epsilon + " vs " + expected.frobeniusNorm());
    }

    @Test
    void rejectsBadArguments() {
        Rng rng = Rng.of(17);
        TwoLayerRelu net = network(8, false, rng);
        Matrix z = NtkFixtures.inputs(3, D, rng);
        assertThrows(IllegalArgumentException.class, () -> EmpiricalNtk.of(net, Matrix.zeros(3, D + 1)));
        EmpiricalNtk ntk = EmpiricalNtk.of(net, z);
        assertThrows(IllegalArgumentException.class, () -> ntk.jacobianTimes(new double[5]));
        assertThrows(IllegalArgumentException.class, () -> ntk.multiply(new double[5]));
    }
}
