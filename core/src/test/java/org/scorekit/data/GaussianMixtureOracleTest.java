package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorekit.data.Vectors.assertClose;
import static org.scorekit.data.Vectors.dot;
import static org.scorekit.data.Vectors.norm;
import static org.scorekit.data.Vectors.shift;
import static org.scorekit.data.Vectors.unitRows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * Identities, gradient checks and closed-form special cases of the mixture oracles
 * (spec/score-estimation.md §2, §10). Test points are exact draws of X_t.
 */
class GaussianMixtureOracleTest {
    private static final int N = 200;

    static Stream<Arguments> mixtures() {
        return Stream.of(
                Arguments.of("general3d", TestMixtures.general3d()),
                Arguments.of("aniso8", BuiltinDistributions.aniso8()),
                Arguments.of("corners4", BuiltinDistributions.corners4()),
                Arguments.of("bimodal1d", BuiltinDistributions.bimodal1d()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    void denoiserIsTweedieInverseOfScore(String name, GaussianMixture mixture) {
        ForwardProcess p = TestMixtures.ou();
        TestMixtures.Pairs pairs = TestMixtures.draw(mixture, p, N, Rng.of(11).fork(name));
        Matrix f = mixture.posteriorMean(pairs.xt(), pairs.t(), p);
        Matrix s = mixture.score(pairs.xt(), pairs.t(), p);
        int d = mixture.dimension();
        for (int i = 0; i < N; i++) {
            double alpha = p.alpha(pairs.t()[i]);
            double h = p.h(pairs.t()[i]);
            for (int j = 0; j < d; j++) {
                double inverse = (pairs.xt().get(i, j) + h * s.get(i, j)) / alpha;
                assertEquals(inverse, f.get(i, j), 1e-12, name + " row " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    void scoreIsGradientOfLogDensity(String name, GaussianMixture mixture) {
        ForwardProcess p = TestMixtures.ou();
        Rng rng = Rng.of(12).fork(name);
        TestMixtures.Pairs pairs = TestMixtures.draw(mixture, p, N, rng);
        Matrix s = mixture.score(pairs.xt(), pairs.t(), p);
        Matrix direction = unitRows(rng.fork("directions").gaussian(N, mixture.dimension()));
        double eps = 1e-5;
        double[] plus = mixture.logDensity(shift(pairs.xt(), direction, eps), pairs.t(), p);
        double[] minus = mixture.logDensity(shift(pairs.xt(), direction, -eps), pairs.t(), p);
        for (int i = 0; i < N; i++) {
            double fd = (plus[i] - minus[i]) / (2 * eps);
            double exact = dot(s.row(i), direction.row(i));
            double relative = Math.abs(fd - exact) / norm(s.row(i));
            assertTrue(relative <= 1e-6, name + " row " + i + ": relative error " + relative);
        }
    }

    /** ∇·f* = (α/h) tr Cov(X_0 | X_t = x) (spec §2), checked by central differences of f*. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    void covarianceTraceIsScaledDivergenceOfDenoiser(String name, GaussianMixture mixture) {
        ForwardProcess p = TestMixtures.ou();
        TestMixtures.Pairs pairs = TestMixtures.draw(mixture, p, N, Rng.of(13).fork(name));
        double[] trace = mixture.posteriorCovarianceTrace(pairs.xt(), pairs.t(), p);
        int d = mixture.dimension();
        double eps = 1e-5;
        double[] divergence = new double[N];
        for (int j = 0; j < d; j++) {
            Matrix e = Matrix.zeros(N, d);
            for (int i = 0; i < N; i++) {
                e.set(i, j, 1.0);
            }
            Matrix plus = mixture.posteriorMean(shift(pairs.xt(), e, eps), pairs.t(), p);
            Matrix minus = mixture.posteriorMean(shift(pairs.xt(), e, -eps), pairs.t(), p);
            for (int i = 0; i < N; i++) {
                divergence[i] += (plus.get(i, j) - minus.get(i, j)) / (2 * eps);
            }
        }
        for (int i = 0; i < N; i++) {
            double t = pairs.t()[i];
            double exact = p.alpha(t) / p.h(t) * trace[i];
            double relative = Math.abs(divergence[i] - exact) / Math.max(exact, 1e-3);
            assertTrue(relative <= 1e-6, name + " row " + i + ": relative error " + relative);
        }
    }

    /** The eigenbasis implementation against the literal Cholesky formulas, on two schedules. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mixtures")
    void matchesExplicitCholeskyFormulas(String name, GaussianMixture mixture) {
        ForwardProcess p = new VpProcess(new LinearBetaSchedule(0.1, 20));
        Rng rng = Rng.of(14).fork(name);
        Matrix x0 = mixture.sample(N, rng.fork("x0"));
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = rng.uniform(0.01, 1.0);
        }
        Matrix xt = p.marginal(x0, t, rng.fork("noise").gaussian(N, mixture.dimension()));
        Matrix s = mixture.score(xt, t, p);
        Matrix f = mixture.posteriorMean(xt, t, p);
        double[] trace = mixture.posteriorCovarianceTrace(xt, t, p);
        double[] logDensity = mixture.logDensity(xt, t, p);
        for (int i = 0; i < N; i++) {
            NaiveMixtureOracle.Result r =
                    NaiveMixtureOracle.at(mixture, xt.row(i), p.alpha(t[i]), p.h(t[i]));
            assertClose(r.score(), s.row(i), 1e-10, name + " score row " + i);
            assertClose(r.posteriorMean(), f.row(i), 1e-10, name + " f* row " + i);
            assertEquals(r.trace(), trace[i], 1e-10 * (1 + r.trace()), name + " trace " + i);
            assertEquals(r.logDensity(), logDensity[i], 1e-10 * (1 + Math.abs(r.logDensity())));
        }
    }

    /** Rows sharing t reuse the per-time quantities; the result must equal a row-by-row call. */
    @Test
    void sharedAndAlternatingTimesGiveTheRowByRowResult() {
        GaussianMixture mixture = TestMixtures.general3d();
        ForwardProcess p = TestMixtures.ou();
        Matrix x = mixture.sample(6, Rng.of(18));
        double[] t = {0.3, 0.3, 0.3, 1.2, 0.3, 1.2};
        Matrix batch = mixture.score(x, t, p);
        for (int i = 0; i < 6; i++) {
            Matrix single = mixture.score(x.rowRange(i, i + 1), new double[] {t[i]}, p);
            assertArrayEquals(single.data(), batch.row(i), "row " + i);
        }
    }

    @Test
    void farFromTheDataEverythingStaysFiniteAndConsistent() {
        GaussianMixture mixture = TestMixtures.general3d();
        ForwardProcess p = TestMixtures.ou();
        Matrix x = Matrix.of(new double[][] {{1e3, -1e3, 500}, {-40, 0, 40}});
        double[] t = {TestMixtures.TIME_MIN, TestMixtures.TIME_MIN};
        Matrix f = mixture.posteriorMean(x, t, p);
        Matrix s = mixture.score(x, t, p);
        double[] trace = mixture.posteriorCovarianceTrace(x, t, p);
        double[] logDensity = mixture.logDensity(x, t, p);
        for (int i = 0; i < 2; i++) {
            NaiveMixtureOracle.Result r = NaiveMixtureOracle.at(mixture, x.row(i),
                    p.alpha(t[i]), p.h(t[i]));
            assertClose(r.posteriorMean(), f.row(i), 1e-9, "f* row " + i);
            assertClose(r.score(), s.row(i), 1e-9 * norm(r.score()), "score row " + i);
            assertTrue(Double.isFinite(trace[i]) && trace[i] >= 0, "trace " + trace[i]);
            assertEquals(r.logDensity(), logDensity[i], 1e-12 * Math.abs(r.logDensity()));
            assertTrue(logDensity[i] < -1e3, "log density " + logDensity[i]);
        }
    }

    @Test
    void emptyQueriesGiveEmptyResults() {
        GaussianMixture mixture = TestMixtures.general3d();
        Matrix x = Matrix.zeros(0, 3);
        assertEquals(0, mixture.score(x, new double[0], TestMixtures.ou()).rows());
        assertEquals(3, mixture.posteriorMean(x, new double[0], TestMixtures.ou()).cols());
        assertEquals(0, mixture.logDensity(x, new double[0], TestMixtures.ou()).length);
        assertEquals(0, mixture.sample(0, Rng.of(1)).rows());
    }

    @Test
    void exactMomentsOfASmallExample() {
        GaussianMixture m = GaussianMixture.isotropic(new double[] {0.25, 0.75},
                new double[][] {{0}, {2}}, new double[] {1, 2});
        assertEquals(1.5, m.mean()[0], 1e-15);
        // 0.25·1 + 0.75·4 + 0.25·1.5² + 0.75·0.5² = 4
        assertEquals(4.0, m.covariance().get(0, 0), 1e-15);
    }

    @Test
    void samplingIsReproducibleFromTheSeed() {
        GaussianMixture m = TestMixtures.general3d();
        assertArrayEquals(m.sample(50, Rng.of(5).fork("a")).data(),
                m.sample(50, Rng.of(5).fork("a")).data());
    }
}
