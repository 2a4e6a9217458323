package org.scorekit.nonconvex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.scorekit.convex.ActiveSetLasso;
import org.scorekit.convex.Activation;
import org.scorekit.convex.UnivariateNetwork;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.convex.UnivariateResult;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.random.Rng;

class ScoreMatchingLossTest {
    /** The ten standard-normal draws of spec §11.1. */
    static final double[] REFERENCE = {-1.265421, -0.703735, -0.535669, -0.132105, 0.104900,
            0.125730, 0.361595, 0.640423, 0.947081, 1.304000};

    static List<Arguments> settings() {
        return List.of(Arguments.of(Activation.RELU, false), Arguments.of(Activation.RELU, true),
                Arguments.of(Activation.ABSOLUTE_VALUE, false),
                Arguments.of(Activation.ABSOLUTE_VALUE, true));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void gradientMatchesCentralDifferencesAlongRandomDirections(Activation a, boolean skip) {
        // Gradient check (STYLE.md kind 2): 20 seeded points and directions, h = 1e-5, points with
        // a pre-activation within 1e-3 of a kink skipped, so no kink is crossed (|h · dpre| ≤ 1e-4).
        ScoreMatchingLoss loss = new ScoreMatchingLoss(new UnivariateProgram(REFERENCE, a, skip, 1.7));
        int m = 7;
        int checked = 0;
        for (int trial = 0; trial < 20; trial++) {
            Rng rng = Rng.of(trial).fork("point");
            double[] theta = new double[3 * m + 2];
            rng.fillGaussian(theta);
            double[] direction = new double[theta.length];
            rng.fork("direction").fillGaussian(direction);
            if (!skip) {
                direction[3 * m + 1] = 0;
            }
            if (nearKink(theta, m)) {
                continue;
            }
            double[] gradient = new double[theta.length];
            loss.valueAndGradient(theta, gradient);
            double analytic = 0;
            for (int i = 0; i < theta.length; i++) {
                analytic += gradient[i] * direction[i];
            }
            double h = 1e-5;
            double numeric = (loss.value(shifted(theta, direction, h))
                    - loss.value(shifted(theta, direction, -h))) / (2 * h);
            assertEquals(analytic, numeric, 1e-6 * Math.max(1.0, Math.abs(analytic)),
                    "trial " + trial);
            checked++;
        }
        assertTrue(checked >= 10, "enough points away from kinks: " + checked);
    }

    private static boolean nearKink(double[] theta, int m) {
        for (double x : REFERENCE) {
            for (int j = 0; j < m; j++) {
                if (Math.abs(theta[j] * x + theta[m + j]) < 1e-3) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] shifted(double[] theta, double[] direction, double h) {
        double[] out = theta.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += h * direction[i];
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("settings")
    void recoveredConvexNetworkAttainsTheCertifiedOptimum(Activation a, boolean skip) {
        // Closed-form oracle: the network rebuilt from the convex solution (§2.5) with a
        // one-sided offset of 1e-9 has the optimum's loss up to O(1e-8).
        UnivariateProgram program = new UnivariateProgram(REFERENCE, a, skip, 2.5);
        UnivariateSolution s = assertInstanceOf(UnivariateResult.Optimum.class,
                ActiveSetLasso.solve(program)).solution();
        UnivariateNetwork net = UnivariateNetwork.recover(s, s.nonZeros() + 2, 1e-9);
        assertEquals(s.objective(), new ScoreMatchingLoss(program).value(parameters(net)), 1e-7);
    }

    static double[] parameters(UnivariateNetwork net) {
        int m = net.width();
        double[] theta = new double[3 * m + 2];
        System.arraycopy(net.weights(), 0, theta, 0, m);
        System.arraycopy(net.biases(), 0, theta, m, m);
        System.arraycopy(net.outputs(), 0, theta, 2 * m, m);
        theta[3 * m] = net.bias();
        theta[3 * m + 1] = net.skip();
        return theta;
    }

    @Test
    void networkRoundTripsAndDeadLayerIsDetected() {
        ScoreMatchingLoss loss = new ScoreMatchingLoss(
                new UnivariateProgram(REFERENCE, Activation.RELU, false, 1.0));
        double[] theta = {1.0, -2.0, 0.5, 0.3, 0.25, 0.0, 0.0, 0.0};
        assertEquals(List.of(1.0, -2.0), List.of(loss.network(theta).weights()[0],
                loss.network(theta).weights()[1]));
        assertFalse(loss.dead(theta, 1e-6));
        // Both output weights α are 0: the hidden layer contributes nothing on the data.
        double[] silent = {1.0, -2.0, 0.5, 0.3, 0.0, 0.0, 0.0, 0.0};
        assertTrue(loss.dead(silent, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> loss.value(new double[4]));
        assertEquals(0.5 * 10 * 0.04, loss.value(new double[] {0.2, 0.0}), 1e-15,
                "width 0: only ½ Σ c²");
    }
}
