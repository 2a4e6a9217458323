package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;

class ActiveSetLassoTest {
    /** The ten standard-normal draws of spec §11.1, quoted to 6 decimals. */
    static final double[] REFERENCE = {-1.265421, -0.703735, -0.535669, -0.132105, 0.104900,
            0.125730, 0.361595, 0.640423, 0.947081, 1.304000};

    static UnivariateSolution solve(double[] x, Activation a, boolean skip, double beta) {
        UnivariateResult r = ActiveSetLasso.solve(new UnivariateProgram(x, a, skip, beta));
        return assertInstanceOf(UnivariateResult.Optimum.class, r).solution();
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double biasedVariance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / x.length;
    }

    @ParameterizedTest
    @MethodSource("referenceOptima")
    void reproducesTheReferenceOptimaOfSection11(double beta, double optimum, int nonZeros) {
        // The data are quoted to 6 decimals, which moves the optimum by about 1e-6.
        UnivariateSolution s = solve(REFERENCE, Activation.RELU, false, beta);
        assertEquals(optimum, s.objective(), 3e-6);
        assertTrue(s.certificate().converged());
        assertTrue(Math.abs(s.certificate().gap()) <= 1e-12, "gap " + s.certificate().gap());
        if (nonZeros > 0) {
            assertEquals(nonZeros, s.nonZeros());
        }
    }

    static List<Arguments> referenceOptima() {
        // β = 2 and 4 have non-unique splits of the extreme kinks (§3), so only β = 1 fixes nnz.
        return List.of(Arguments.of(1.0, -9.346233, 4), Arguments.of(2.0, -5.901316, 0),
                Arguments.of(4.0, -3.276120, 0));
    }

    @Test
    void theNaiveProgramAtBetaIsTheExactOneAtBetaPlusOne() {
        // §11.1: naive values at β = 1, 2, 4 are −5.901316, −4.459163, −2.275083 (quoted data).
        double[] naive = {-5.901316, -4.459163, -2.275083};
        double[] beta = {2, 3, 5};
        for (int i = 0; i < 3; i++) {
            assertEquals(naive[i], solve(REFERENCE, Activation.RELU, false, beta[i]).objective(), 3e-6);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {4, 6, 8, 9.9})
    void linearRegimeWithoutSkip(double beta) {
        int n = REFERENCE.length;
        double variance = biasedVariance(REFERENCE);
        double centre = mean(REFERENCE);
        double slope = -(1 - beta / n) / variance;
        UnivariateSolution s = solve(REFERENCE, Activation.RELU, false, beta);
        for (double x : REFERENCE) {
            assertEquals(slope * (x - centre), s.value(x), 1e-12);
        }
        assertEquals(-(n - beta) * (n - beta) / (2 * n * variance), s.objective(), 1e-12);
        double[] kinks = s.score().knots();
        for (double k : kinks) {
            assertTrue(k == REFERENCE[0] || k == REFERENCE[n - 1], "kink " + k);
        }
        // The balanced split of §3: each tail keeps half the on-data slope.
        assertEquals(slope / 2, s.score().leftSlope(), 1e-12);
        assertEquals(slope / 2, s.score().rightSlope(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {4, 8})
    void absoluteValueLinearRegimeHasTheBalancedGaussianLaplaceTails(double beta) {
        // §3: the balanced split z_1 = −z_n is Gaussian on the data range with a constant score
        // outside, the one split that gives a proper density.
        int n = REFERENCE.length;
        double slope = -(1 - beta / n) / biasedVariance(REFERENCE);
        UnivariateSolution s = solve(REFERENCE, Activation.ABSOLUTE_VALUE, false, beta);
        for (double x : REFERENCE) {
            assertEquals(slope * (x - mean(REFERENCE)), s.value(x), 1e-12);
        }
        assertEquals(0.0, s.score().leftSlope(), 1e-12);
        assertEquals(0.0, s.score().rightSlope(), 1e-12);
        assertTrue(s.score().proper());
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 12})
    void zeroRegimeFromBetaEqualToN(double beta) {
        UnivariateSolution s = solve(REFERENCE, Activation.RELU, false, beta);
        assertEquals(0, s.nonZeros());
        assertEquals(0.0, s.bias());
        assertEquals(0.0, s.objective());
    }

    @ParameterizedTest
    @ValueSource(doubles = {2, 4, 8, 12})
    void skipGivesTheGaussianMleScore(double beta) {
        // §11.1: slope −1/σ̂² = −1.8201, intercept x̄/σ̂² = 0.1541.
        double variance = biasedVariance(REFERENCE);
        UnivariateSolution s = solve(REFERENCE, Activation.RELU, true, beta);
        assertEquals(0, s.nonZeros());
        assertEquals(-1 / variance, s.skip(), 1e-12);
        assertEquals(mean(REFERENCE) / variance, s.bias(), 1e-12);
        assertEquals(-1.8201, s.skip(), 1e-4);
        assertEquals(0.1541, s.bias(), 1e-4);
    }

    @ParameterizedTest
    @ValueSource(doubles = {2, 8})
    void absoluteValueMatchesReluAtTheReferenceBetas(double beta) {
        assertEquals(solve(REFERENCE, Activation.RELU, false, beta).objective(),
                solve(REFERENCE, Activation.ABSOLUTE_VALUE, false, beta).objective(), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("programs")
    void recoveredNetworkAttainsTheCertifiedOptimum(double[] x, Activation a, boolean skip,
                                                    double beta) {
        UnivariateSolution s = solve(x, a, skip, beta);
        Certificate c = s.certificate();
        assertTrue(c.converged());
        assertTrue(c.gap() <= 1e-8, "gap " + c.gap());
        assertTrue(c.dualInfeasibility() <= 1e-9, "dual infeasibility " + c.dualInfeasibility());
        // Weak duality: the dual point bounds every primal value from below, the recovered
        // network's included; a one-sided offset of 1e-12 moves the objective by O(1e-11).
        for (int extra : new int[] {0, 3}) {
            UnivariateNetwork net = UnivariateNetwork.recover(s, s.nonZeros() + extra, 1e-12);
            double objective = NetworkObjective.of(net, x, beta);
            assertEquals(s.objective(), objective, 1e-8 * Math.abs(s.objective()),
                    "network of width " + net.width());
            assertTrue(objective >= c.dual() - 1e-9 * Math.abs(c.dual()));
        }
    }

    static List<Arguments> programs() {
        List<Arguments> list = new ArrayList<>();
        Rng rng = Rng.of(11);
        double[] random = new double[60];
        for (int i = 0; i < random.length; i++) {
            random[i] = i < 30 ? -2 + 0.5 * rng.nextGaussian() : 2 + 0.5 * rng.nextGaussian();
        }
        for (double[] x : new double[][] {REFERENCE, random}) {
            for (double beta : new double[] {2.0, 5.0, 12.0}) {
                list.add(Arguments.of(x, Activation.RELU, false, beta));
                list.add(Arguments.of(x, Activation.RELU, true, beta));
                list.add(Arguments.of(x, Activation.ABSOLUTE_VALUE, false, beta + 1));
                list.add(Arguments.of(x, Activation.ABSOLUTE_VALUE, true, beta + 1));
            }
        }
        list.add(Arguments.of(REFERENCE, Activation.RELU, false, 1.0));
        list.add(Arguments.of(REFERENCE, Activation.RELU, true, 1.0));
        return list;
    }

    @Test
    void belowTheThresholdTheResultIsUnboundedAndADirectionProvesIt() {
        assertEquals(new UnivariateResult.Unbounded(0.9, 1.0), ActiveSetLasso.solve(
                new UnivariateProgram(REFERENCE, Activation.RELU, false, 0.9)));
        assertEquals(new UnivariateResult.Unbounded(1.5, 2.0), ActiveSetLasso.solve(
                new UnivariateProgram(REFERENCE, Activation.ABSOLUTE_VALUE, true, 1.5)));
        assertTrue(ActiveSetLasso.solve(new UnivariateProgram(REFERENCE, Activation.RELU, false, 0.9))
                .optimum().isEmpty(), "an unbounded program has no optimum");
        assertTrue(ActiveSetLasso.solve(new UnivariateProgram(REFERENCE, Activation.RELU, false, 1.0))
                .optimum().isPresent());
        double top = REFERENCE[REFERENCE.length - 1];
        double low = REFERENCE[0];
        double previous = Double.POSITIVE_INFINITY;
        for (double a : new double[] {10, 100, 1000}) {
            // ReLU, β = 0.9: one neuron −a (x − x_(n) + ε)_+ changes the objective by −0.1 a.
            double root = Math.sqrt(a);
            UnivariateNetwork relu = new UnivariateNetwork(Activation.RELU, new double[] {root},
                    new double[] {-root * (top - 1e-9 / a)}, new double[] {-root}, 0, 0);
            double value = NetworkObjective.of(relu, REFERENCE, 0.9);
            assertTrue(value < previous - 0.05 * a / 10, "objective " + value + " at a = " + a);
            previous = value;
            // Absolute value with skip, β = 1.5: a|x − x_(1)| − a|x − x_(n)| − 2a x + a(x_(1) + x_(n))
            // vanishes on the data; the one-sided kinks lower the objective by a (2 − β) · 2 / 2.
            UnivariateNetwork abs = new UnivariateNetwork(Activation.ABSOLUTE_VALUE,
                    new double[] {root, root},
                    new double[] {-root * (low + 1e-9 / a), -root * (top - 1e-9 / a)},
                    new double[] {root, -root}, a * (low + top), -2 * a);
            assertEquals(2 * a * (1.5 - 2), NetworkObjective.of(abs, REFERENCE, 1.5), 1e-6 * a);
        }
    }

    @Test
    void atTheThresholdTheDualPointCertifiesBoundedness() {
        for (UnivariateProgram p : new UnivariateProgram[] {
                new UnivariateProgram(REFERENCE, Activation.RELU, true, 1.0),
                new UnivariateProgram(REFERENCE, Activation.ABSOLUTE_VALUE, false, 1.0),
                new UnivariateProgram(REFERENCE, Activation.ABSOLUTE_VALUE, true, 2.0)}) {
            Certificate c = assertInstanceOf(UnivariateResult.Optimum.class, ActiveSetLasso.solve(p))
                    .solution().certificate();
            assertTrue(c.converged() && c.dualInfeasibility() <= 1e-9 && Double.isFinite(c.dual()),
                    p + ": " + c);
        }
    }

    @Test
    void atTheIterationCapTheCertificateIsReturned() {
        double[] x = new double[200];
        Rng rng = Rng.of(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        UnivariateProgram p = new UnivariateProgram(x, Activation.RELU, false, 3.0);
        Certificate capped = assertInstanceOf(UnivariateResult.Optimum.class,
                ActiveSetLasso.solve(p, new ActiveSetLasso.Options(2, 1e-9))).solution().certificate();
        assertFalse(capped.converged());
        assertEquals(2, capped.iterations());
        // After a restricted solve P = D exactly; only the dual infeasibility shows the distance.
        assertTrue(capped.dualInfeasibility() > 1e-3, capped.toString());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 10, 100, 1000})
    void twoThousandPointsAreSolvedToTheGapToleranceInEveryRegime(double beta) {
        // n = 2000 standard normal points from the threshold (spiky, about 870 kinks) through
        // the few-kink and linear regimes; timing is reported by bench (UnivariateSolve).
        double[] x = new double[2000];
        Rng rng = Rng.of(8);
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        UnivariateSolution s = solve(x, Activation.RELU, false, beta);
        Certificate c = s.certificate();
        assertTrue(c.converged());
        assertTrue(Math.abs(c.gap()) <= 1e-8 * Math.abs(s.objective()), c.toString());
        // Near the threshold ‖M u‖₁ ≈ 7·10⁵ puts the rounding level of g at about 10⁻⁴, against
        // derivative counts up to n − 1.
        assertTrue(c.dualInfeasibility() <= 1e-6 * x.length, c.toString());
        assertTrue(beta < 100 || s.nonZeros() <= 3, "nnz " + s.nonZeros());
    }
}
