package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.random.Rng;

/** The DSM Lasso of spec §7: KKT conditions on the explicit columns, certificate, recovery. */
class DsmLassoTest {
    static final double[] DATA = {-1.265421, -0.703735, -0.535669, -0.132105, 0.104900};

    static Stream<Arguments> settings() {
        return Stream.of(Arguments.of(Activation.RELU, false, 0.5),
                Arguments.of(Activation.RELU, true, 0.2),
                Arguments.of(Activation.ABSOLUTE_VALUE, false, 0.05),
                Arguments.of(Activation.ABSOLUTE_VALUE, true, 0.5));
    }

    static DenoisingSolution solve(Activation activation, boolean skip, double beta) {
        DenoisingProgram program = DenoisingProgram.draw(DATA, 0.4, 8, activation, skip, beta,
                Rng.of(7).fork("noise"));
        return DenoisingLasso.solve(program);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void satisfiesTheKktConditionsOnTheExplicitColumns(Activation activation, boolean skip,
                                                       double beta) {
        // The Lasso optimality conditions, checked against the naive N × 2N matrix rather than
        // the solver's O(N) products: g = Aᵀ(s(x̃) − t) equals −β sign(z_j) where z_j ≠ 0 and
        // lies in [−β, β] elsewhere; the free bias (and skip) have zero gradient.
        DenoisingSolution s = solve(activation, skip, beta);
        double[] x = s.program().inputs();
        double[] t = s.program().targets();
        double[] residual = new double[x.length];
        double scale = 0;
        for (int i = 0; i < x.length; i++) {
            residual[i] = s.value(x[i]) - t[i];
            scale += Math.abs(t[i]);
        }
        KinkExpansion e = s.expansion();
        double[] z = s.coefficients();
        double tolerance = 1e-9 * scale * range(x);
        for (int j = 0; j < z.length; j++) {
            double g = 0;
            for (int i = 0; i < x.length; i++) {
                g += e.basis(j, x[i]) * residual[i];
            }
            if (z[j] != 0) {
                assertEquals(-beta * Math.signum(z[j]), g, tolerance, "active column " + j);
            } else {
                assertTrue(Math.abs(g) <= beta + tolerance, "column " + j + ": " + g);
            }
        }
        double bias = 0;
        double slope = 0;
        for (int i = 0; i < x.length; i++) {
            bias += residual[i];
            slope += x[i] * residual[i];
        }
        assertEquals(0.0, bias, 1e-9 * scale);
        if (skip) {
            assertEquals(0.0, slope, 1e-9 * scale * range(x));
        }
        assertTrue(s.nonZeros() > 0);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void certifiesAGapBelowTheRequestedTolerance(Activation activation, boolean skip,
                                                 double beta) {
        DenoisingSolution s = solve(activation, skip, beta);
        assertTrue(s.certificate().converged());
        assertTrue(Math.abs(s.relativeGap()) <= 1e-8, "relative gap " + s.relativeGap());
        assertTrue(s.certificate().dualInfeasibility() <= 1e-8 * beta,
                "dual infeasibility " + s.certificate().dualInfeasibility());
    }

    @ParameterizedTest
    @MethodSource("settings")
    void recoveredNetworkAttainsTheConvexOptimum(Activation activation, boolean skip,
                                                 double beta) {
        // Closed-form oracle: the DSM objective of spec §1 evaluated on the rebuilt network,
        // with weight decay (β/2)(w² + α²) per neuron, equals the program's optimum.
        DenoisingSolution s = solve(activation, skip, beta);
        UnivariateNetwork network = UnivariateNetwork.recover(s, s.nonZeros() + 3);
        double[] x = s.program().inputs();
        double[] t = s.program().targets();
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double r = network.value(x[i]) - t[i];
            total += 0.5 * r * r;
        }
        double[] w = network.weights();
        double[] alpha = network.outputs();
        for (int j = 0; j < w.length; j++) {
            total += 0.5 * beta * (w[j] * w[j] + alpha[j] * alpha[j]);
        }
        assertEquals(s.objective(), total, 1e-10 * s.objective());
    }

    @ParameterizedTest
    @ValueSource(doubles = {200.0, 20.0, 2.0})
    void solvesTwentyThousandPointsQuickly(double beta) {
        // Two clusters of 10 + 10 points, K = 1000 (N = 20,000) at σ = 0.3; the active-set
        // steps cost O(N) each. Measured on 2 shared cores: 0.1–0.9 s (core/README.md); the
        // bound leaves room for a loaded machine.
        Rng rng = Rng.of(11);
        double[] data = new double[20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i < 10 ? -2 : 2) + 0.3 * rng.nextGaussian();
        }
        DenoisingProgram program = DenoisingProgram.draw(data, 0.3, 1000, Activation.RELU, false,
                beta, rng.fork("noise"));
        long start = System.nanoTime();
        DenoisingSolution s = DenoisingLasso.solve(program);
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertTrue(s.certificate().converged());
        assertTrue(Math.abs(s.relativeGap()) <= 1e-8, "relative gap " + s.relativeGap());
        assertTrue(seconds < 10, "solve took " + seconds + " s, nnz " + s.nonZeros());
    }

    static double range(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }
}
