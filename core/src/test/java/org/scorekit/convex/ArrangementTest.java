package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Svd;
import org.scorekit.random.Rng;

/** The multivariate operators against naive sums, a gradient check and the SVT prox. */
class ArrangementTest {
    private static MultivariateProgram program(int n, int gates, Activation activation) {
        Rng rng = Rng.of(11);
        Matrix x = NoisyCircle.draw(n, rng.fork("data"));
        return new MultivariateProgram(x, ActivationPatterns.sample(x, gates, rng.fork("gates")),
                activation, 1.0);
    }

    private static double[] gaussian(int size, long seed) {
        double[] v = new double[size];
        Rng.of(seed).fillGaussian(v);
        return v;
    }

    @Test
    void predictionIsTheSumOverPatternsAndCorrelateItsAdjoint() {
        for (Activation activation : Activation.values()) {
            MultivariateProgram program = program(30, 40, activation);
            Arrangement a = new Arrangement(program);
            int d = 2;
            double[] w = gaussian(a.count() * a.blockSize(), 1);
            double[] s = new double[30 * d];
            a.predict(w, s);
            Matrix x = program.points();
            for (int k = 0; k < 30; k++) {
                double[] lifted = {x.get(k, 0), x.get(k, 1), 1};
                for (int c = 0; c < d; c++) {
                    double naive = 0;
                    for (int i = 0; i < a.count(); i++) {
                        boolean on = program.patterns().active(i, k);
                        double sign = on ? 1 : activation == Activation.RELU ? 0 : -1;
                        for (int j = 0; j < 3; j++) {
                            naive += sign * lifted[j] * w[i * 6 + j * d + c];
                        }
                    }
                    assertEquals(naive, s[k * d + c], 1e-12 * (1 + Math.abs(naive)));
                }
            }
            double[] r = gaussian(30 * d, 2);
            double[] g = new double[w.length];
            a.correlate(r, g);
            assertEquals(Arrangement.dot(s, r), Arrangement.dot(w, g),
                    1e-10 * Math.abs(Arrangement.dot(s, r)));
        }
    }

    @Test
    void gramOperatorEqualsTwoPasses() {
        // 400 points, 40 gates: P(d + 1) ≤ n, so the Gram matrix is formed.
        Arrangement a = new Arrangement(program(400, 40, Activation.RELU));
        assertTrue(a.count() * 3 <= 400);
        double[] w = gaussian(a.count() * a.blockSize(), 3);
        double[] viaGram = new double[w.length];
        new NormalOperator(a).apply(w, viaGram);
        double[] s = new double[400 * 2];
        a.predict(w, s);
        double[] direct = new double[w.length];
        a.correlate(s, direct);
        for (int m = 0; m < w.length; m++) {
            assertEquals(direct[m], viaGram[m], 1e-10 * (1 + Math.abs(direct[m])));
        }
    }

    @Test
    void gradientOfTheSmoothPartMatchesCentralDifferences() {
        Arrangement a = new Arrangement(program(30, 40, Activation.ABSOLUTE_VALUE));
        NormalOperator normal = new NormalOperator(a);
        double[] w = gaussian(a.count() * a.blockSize(), 4);
        double[] gradient = new double[w.length];
        normal.apply(w, gradient);
        a.addTrace(gradient);
        for (long seed = 5; seed < 10; seed++) {
            double[] direction = gaussian(w.length, seed);
            double h = 1e-4;
            double numeric = (smooth(a, shifted(w, direction, h))
                    - smooth(a, shifted(w, direction, -h))) / (2 * h);
            double analytic = Arrangement.dot(gradient, direction);
            assertEquals(analytic, numeric, 1e-6 * Math.abs(analytic));
        }
    }

    private static double smooth(Arrangement a, double[] w) {
        double[] s = new double[a.rows() * a.dimension()];
        a.predict(w, s);
        return 0.5 * Arrangement.dot(s, s) + a.traceTerm(w);
    }

    private static double[] shifted(double[] w, double[] direction, double h) {
        double[] out = w.clone();
        for (int m = 0; m < out.length; m++) {
            out[m] += h * direction[m];
        }
        return out;
    }

    @Test
    void singularValueThresholdIsTheNuclearProx() {
        double[] z = gaussian(6, 12);
        double tau = 0.7;
        Svd svd = Svd.of(3, 2, z, 0);
        double[] shrunk = svd.values().clone();
        for (int k = 0; k < 2; k++) {
            shrunk[k] = Math.max(shrunk[k] - tau, 0);
        }
        double[] p = new double[6];
        svd.recompose(shrunk, p, 0);
        double[] rest = new double[6];
        for (int m = 0; m < 6; m++) {
            rest[m] = z[m] - p[m];
        }
        // Optimality of prox_{τ‖·‖_*}(z) = p: z − p ∈ τ ∂‖p‖_*, i.e. ‖z − p‖₂ ≤ τ and
        // ⟨z − p, p⟩ = τ‖p‖_*.
        assertTrue(Svd.of(3, 2, rest, 0).spectralNorm() <= tau + 1e-12);
        assertEquals(tau * Svd.of(3, 2, p, 0).nuclearNorm(), Arrangement.dot(rest, p), 1e-12);
        double[] back = new double[6];
        svd.recompose(svd.values(), back, 0);
        for (int m = 0; m < 6; m++) {
            assertEquals(z[m], back[m], 1e-12);
        }
    }
}
