package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The contract every {@link Metric} meets; one subclass per implementation. Samples stay below
 * every subsample cap, so symmetry and row-order invariance hold up to rounding. The data are
 * fixed-seed draws in d = 3; the shifted law N(1, 2² I) is far from N(0, I) (population MMD,
 * energy, SW₂ and moment gaps all of order 1 against sampling noise of order n^{-1/2} = 0.07),
 * so the separation check fails only through a defect.
 */
abstract class MetricContract {
    static final int ROWS = 200;
    static final int DIM = 3;
    private static final IsotropicGaussian BASE = new IsotropicGaussian(new double[DIM], 1.0);
    private static final IsotropicGaussian SHIFTED =
            new IsotropicGaussian(new double[] {1.0, 1.0, 1.0}, 2.0);

    /** The metric under test. */
    protected abstract Metric metric();

    /** Whether every value is ≥ 0 (false for unbiased estimators of squared distances). */
    protected boolean nonNegative() {
        return true;
    }

    /** The largest |value| allowed for a sample against itself of the given size. */
    protected double fixedPointTolerance(int rows) {
        return 0.0;
    }

    /** The fewest rows per side the metric accepts. */
    protected int minRows() {
        return 2;
    }

    static Matrix draw(IsotropicGaussian law, int rows, long seed) {
        return law.sample(rows, Rng.of(seed).fork("contract-data"));
    }

    @Test
    void nameIsStableKebabCaseAndKnownToTheFactory() {
        Metric m = metric();
        assertTrue(m.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), m.name());
        assertEquals(m.name(), SampleMetric.of(m.name()).create().name());
        assertEquals(m.getClass(), SampleMetric.of(m.name()).create().getClass());
        assertNotNull(m.goal());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void isNonNegativeWhereApplicable(long seed) {
        Assumptions.assumeTrue(nonNegative(), "an unbiased estimator can be negative");
        Matrix x = draw(BASE, ROWS, seed);
        Rng rng = Rng.of(seed);
        assertTrue(metric().compute(x, draw(BASE, ROWS / 2, seed + 100), rng) >= 0);
        assertTrue(metric().compute(x, draw(SHIFTED, ROWS, seed + 200), rng) >= 0);
    }

    @Test
    void aSampleAgainstItselfIsAFixedPoint() {
        Matrix x = draw(BASE, ROWS, 11);
        double value = metric().compute(x, x, Rng.of(7));
        assertTrue(Math.abs(value) <= fixedPointTolerance(ROWS),
                metric().name() + " of a sample against itself: " + value);
    }

    @Test
    void aShiftedLawScoresWorseThanAnIndependentSampleOfTheSameLaw() {
        Matrix x = draw(BASE, ROWS, 21);
        double same = metric().compute(x, draw(BASE, ROWS, 22), Rng.of(7));
        double shifted = metric().compute(x, draw(SHIFTED, ROWS, 23), Rng.of(7));
        assertTrue(shifted > 2 * Math.abs(same), "shifted " + shifted + ", same law " + same);
    }

    @Test
    void isSymmetric() {
        Matrix x = draw(BASE, ROWS, 31);
        Matrix y = draw(SHIFTED, ROWS / 2 + 3, 32);
        double xy = metric().compute(x, y, Rng.of(7));
        double yx = metric().compute(y, x, Rng.of(7));
        assertEquals(xy, yx, 1e-12 * Math.max(1.0, Math.abs(xy)));
    }

    @Test
    void isInvariantToRowOrder() {
        Matrix x = draw(BASE, ROWS, 41);
        Matrix y = draw(SHIFTED, ROWS - 17, 42);
        double before = metric().compute(x, y, Rng.of(7));
        Rng shuffle = Rng.of(43);
        double after = metric().compute(permuteRows(x, shuffle), permuteRows(y, shuffle),
                Rng.of(7));
        assertEquals(before, after, 1e-10 * Math.max(1.0, Math.abs(before)));
    }

    @Test
    void isDeterministicUnderTheSameSeed() {
        Matrix x = draw(BASE, ROWS, 51);
        Matrix y = draw(SHIFTED, ROWS, 52);
        double first = metric().compute(x, y, Rng.of(9).fork("metric"));
        double second = metric().compute(x.copy(), y.copy(), Rng.of(9).fork("metric"));
        assertEquals(Double.doubleToLongBits(first), Double.doubleToLongBits(second));
    }

    @Test
    void rejectsADimensionMismatch() {
        Matrix x = draw(BASE, ROWS, 61);
        Matrix y = Matrix.zeros(ROWS, DIM + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> metric().compute(x, y, Rng.of(7)));
        assertEquals("samples has 3 columns, reference has 4", e.getMessage());
    }

    @Test
    void rejectsTooFewRows() {
        Matrix x = draw(BASE, ROWS, 71);
        Matrix few = Matrix.zeros(minRows() - 1, DIM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> metric().compute(x, few, Rng.of(7)));
        String rows = minRows() == 1 ? " row: " : " rows: ";
        assertEquals("reference must have at least " + minRows() + rows + (minRows() - 1),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> metric().compute(Matrix.zeros(0, DIM), x, Rng.of(7)));
    }

    @Test
    void acceptsTheFewestRowsItDeclares() {
        double value = metric().compute(draw(BASE, minRows(), 81), draw(SHIFTED, minRows(), 82),
                Rng.of(7));
        assertTrue(Double.isFinite(value), "value " + value);
    }

    static Matrix permuteRows(Matrix x, Rng rng) {
        int[] p = rng.permutation(x.rows());
        Matrix out = Matrix.zeros(x.rows(), x.cols());
        for (int i = 0; i < p.length; i++) {
            for (int k = 0; k < x.cols(); k++) {
                out.set(i, k, x.get(p[i], k));
            }
        }
        return out;
    }
}
