package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class KernelGdRiskPathTest {
    private final Rng rng = Rng.of(21);
    private final Matrix z = positiveLast(rng.fork("z").gaussian(60, 3));
    private final Matrix y = rng.fork("y").gaussian(60, 2);
    private final Matrix testZ = positiveLast(rng.fork("test").gaussian(30, 3));
    private final Matrix target = rng.fork("target").gaussian(30, 2);
    private final double eta = 1.0 / ReluNtk.lambdaMax(z);

    private static Matrix positiveLast(Matrix m) {
        for (int i = 0; i < m.rows(); i++) {
            m.set(i, 2, Math.abs(m.get(i, 2)) + 0.1);
        }
        return m;
    }

    /** Explicit kernel GD on the coefficients: α ← α + η (Y − K α), f(z) = κ(z, Z) α. */
    @Test
    void closedFormMatchesExplicitIteration() {
        KernelGdRiskPath path = new KernelGdRiskPath(KernelSpectrum.of(z), y, testZ, target, eta);
        Matrix k = ReluNtk.gram(z);
        Matrix cross = Matrix.zeros(30, 60);
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 60; j++) {
                double[] a = testZ.row(i);
                double[] b = z.row(j);
                double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
                cross.set(i, j, ReluNtk.kappa(dot, Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]),
                        Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2])));
            }
        }
        double[][] alpha = new double[60][2];
        for (int tau = 0; tau <= 40; tau++) {
            double risk = 0;
            for (int i = 0; i < 30; i++) {
                for (int o = 0; o < 2; o++) {
                    double f = 0;
                    for (int j = 0; j < 60; j++) {
                        f += cross.get(i, j) * alpha[j][o];
                    }
                    risk += Math.pow(f - target.get(i, o), 2);
                }
            }
            risk /= 30;
            assertEquals(risk, path.risk(tau), 1e-9 * Math.max(1, risk), "tau " + tau);
            double[][] next = new double[60][2];
            for (int j = 0; j < 60; j++) {
                for (int o = 0; o < 2; o++) {
                    double ka = 0;
                    for (int l = 0; l < 60; l++) {
                        ka += k.get(j, l) * alpha[l][o];
                    }
                    next[j][o] = alpha[j][o] + eta * (y.get(j, o) - ka);
                }
            }
            alpha = next;
        }
    }

    @Test
    void oracleIsTheExhaustiveArgmin() {
        Matrix noisy = smooth(z);
        Matrix noise = Rng.of(22).gaussian(60, 2);
        for (int i = 0; i < noisy.data().length; i++) {
            noisy.data()[i] += 0.5 * noise.data()[i];
        }
        KernelGdRiskPath path = new KernelGdRiskPath(KernelSpectrum.of(z), noisy, testZ, smooth(testZ), eta);
        int best = 0;
        for (int tau = 1; tau <= 3000; tau++) {
            if (path.risk(tau) < path.risk(best)) {
                best = tau;
            }
        }
        KernelGdRiskPath.Oracle oracle = path.oracle(3000);
        assertEquals(best, oracle.step());
        assertEquals(path.risk(best), oracle.risk());
        assertTrue(best > 0 && best < 3000, "the risk curve must be U-shaped: " + best);
    }

    private static Matrix smooth(Matrix inputs) {
        Matrix f = Matrix.zeros(inputs.rows(), 2);
        for (int i = 0; i < inputs.rows(); i++) {
            f.set(i, 0, Math.sin(inputs.get(i, 0)) + inputs.get(i, 2));
            f.set(i, 1, Math.cos(inputs.get(i, 1)));
        }
        return f;
    }

    @Test
    void spectrumIsTheOneOfTheTrainingInputs() {
        KernelSpectrum spectrum = KernelSpectrum.of(z);
        assertEquals(z, spectrum.inputs());
        assertEquals(ReluNtk.lambdaMax(z), spectrum.lambdaMax(), 1e-8 * spectrum.lambdaMax());
        RwyRule rule = RwyRule.of(spectrum, eta, 0.05);
        assertEquals(spectrum.values()[0], rule.lambdaMin(), 1e-12);
    }

    @Test
    void mismatchedShapesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new KernelGdRiskPath(KernelSpectrum.of(z), y, testZ, Matrix.zeros(30, 3), eta));
        assertThrows(IllegalArgumentException.class,
                () -> new KernelGdRiskPath(KernelSpectrum.of(z), y.rowRange(0, 59), testZ, target, eta));
    }
}
