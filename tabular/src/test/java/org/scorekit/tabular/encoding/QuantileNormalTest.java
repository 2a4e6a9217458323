package org.scorekit.tabular.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The quantile-normal scaler against values computed independently of this code: numpy 2.4's
 * {@code nanpercentile} and {@code interp} in the two-direction recipe of scikit-learn's
 * {@code QuantileTransformer._transform_col}, with Python's {@code statistics.NormalDist} for Φ⁻¹
 * (a third implementation besides Commons Statistics and scipy), and small cases by hand.
 */
class QuantileNormalTest {
    /** 14 values with ties at the minimum and inside, and a missing cell (15 rows). */
    private static final double[] TIED = {0, 0, 0, 1, 2, 2, 3, 5, 8, 13, 13, 21, 34, 55};
    /** Normal quantile implementations agree to a few ulps; interpolation adds no more. */
    private static final double TOLERANCE = 1e-13;

    @Test
    void quantilesAreNumpysLinearPercentilesBitForBit() {
        // numpy: np.maximum.accumulate(np.nanpercentile(x, np.linspace(0, 1, 10) * 100))
        double[] numpy = {0.0, 0.0, 0.8888888888888888, 2.0, 2.7777777777777777, 5.666666666666667,
            11.333333333333321, 13.888888888888886, 28.22222222222222, 55.0};
        assertArrayEquals(numpy, QuantileNormal.fit(TIED, 15, 0, EndTies.SCIKIT_LEARN).quantiles());
        double[] unsorted = {0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.9, 1.3, 2.5};
        assertArrayEquals(new double[] {0.1, 0.21666666666666667, 0.28333333333333327, 0.5,
            0.7666666666666664, 1.1666666666666665, 2.5},
                QuantileNormal.fit(unsorted, 9, 7, EndTies.SCIKIT_LEARN).quantiles());
    }

    @Test
    void encodingMatchesScikitLearnsRecipe() {
        QuantileNormal q = QuantileNormal.fit(TIED, 15, 0, EndTies.SCIKIT_LEARN);
        double[] x = {0, 0.5, 2, 4, 13, 20, 54.99999995, 55, 60, -1, Double.NaN};
        double[] sklearn = {-5.199337582605575, -0.9399909121894657, -0.43072729929545744,
            -0.021425812482909177, 0.6406668899191057, 0.9351741933251788, 5.19933758270342,
            5.19933758270342, 5.19933758270342, -5.199337582605575, Double.NaN};
        q.encodeInPlace(x);
        assertArrayEquals(sklearn, x, TOLERANCE);
    }

    @Test
    void handComputedCases() {
        // q = 1..5 at r = 0, 1/4, …, 1: x = 2.5 lies halfway between r = 1/4 and 1/2, so u = 3/8.
        double[] x = {2.5};
        QuantileNormal.fit(new double[] {1, 2, 3, 4, 5}, 5, 0, EndTies.MIDPOINT).encodeInPlace(x);
        assertEquals(-0.31863936396437514, x[0], TOLERANCE);
        // q = 1, 3, 3, 3, 5: x = 3 covers r = 1/4 … 3/4; the two directions give 3/4 and 1/4,
        // their mean u = 1/2 and z = 0 exactly.
        double[] tie = {3};
        QuantileNormal.fit(new double[] {1, 3, 3, 3, 5}, 5, 0, EndTies.MIDPOINT).encodeInPlace(tie);
        assertEquals(0.0, tie[0]);
    }

    @Test
    void theBoundsAreScikitLearnsClippedNormalQuantiles() {
        // Python: NormalDist().inv_cdf(1e-7 - 2**-52) and inv_cdf(1 - (1e-7 - 2**-52))
        assertEquals(-5.199337582605575, QuantileNormal.LOWEST, TOLERANCE);
        assertEquals(5.19933758270342, QuantileNormal.HIGHEST, TOLERANCE);
    }

    @Test
    void decodingInvertsEncodingAndStaysInTheTrainRange() {
        QuantileNormal q = QuantileNormal.fit(TIED, 15, 0, EndTies.SCIKIT_LEARN);
        double[] x = {0, 0.5, 2, 4, 13, 20, 55};
        double[] z = x.clone();
        q.encodeInPlace(z);
        q.decodeInPlace(z);
        assertArrayEquals(new double[] {0, 0.5, 2, 4, 13, 20, 55}, z, 1e-9);
        double[] far = {-40, -6, 6, 40};
        q.decodeInPlace(far);
        assertArrayEquals(new double[] {0, 0, 55, 55}, far);
    }

    @Test
    void theQuantileCountFollowsTabSynAndIsCappedAtTheRows() {
        assertEquals(900, QuantileNormal.defaultCount(27_000));
        assertEquals(1000, QuantileNormal.defaultCount(300_000));
        assertEquals(10, QuantileNormal.defaultCount(20));
        assertEquals(3, QuantileNormal.fit(new double[] {1, 2, 3}, 3, 0, EndTies.MIDPOINT).quantiles().length);
        assertEquals(1, QuantileNormal.fit(new double[] {4}, 1, 0, EndTies.MIDPOINT).quantiles().length);
        assertEquals(5, QuantileNormal.fit(TIED, 15, 5, EndTies.MIDPOINT).quantiles().length);
    }

    @Test
    void aConstantColumnEncodesToTheLowerBoundAndDecodesToItsValue() {
        QuantileNormal q = QuantileNormal.fit(new double[] {7.25, 7.25}, 2, 0,
                EndTies.SCIKIT_LEARN);
        double[] x = {7.25};
        q.encodeInPlace(x);
        assertEquals(QuantileNormal.LOWEST, x[0]);
        double[] z = {-1, 0, 3};
        q.decodeInPlace(z);
        assertArrayEquals(new double[] {7.25, 7.25, 7.25}, z);
    }

    @Test
    void midpointEndsPutATiedMinimumOrMaximumInTheMiddleOfItsReferences() {
        // TIED, 10 quantiles: q_0 = q_1 = 0, so the zeros take u = r_1 / 2 = 1/18; the maximum
        // 55 is untied and keeps u = 1. Python: NormalDist().inv_cdf(1/18).
        double[] x = {0, -1, 55, 13};
        QuantileNormal.fit(TIED, 15, 0, EndTies.MIDPOINT).encodeInPlace(x);
        assertArrayEquals(new double[] {-1.5932188180230502, -1.5932188180230502,
            5.19933758270342, 0.6406668899191057}, x, TOLERANCE);
        // q = 1, 1, 1, 1, 2, 3, 5, 5, 5 at r = k/8: the ones cover r ≤ 3/8 (u = 3/16), the fives
        // r ≥ 6/8 (u = 7/8); decoding maps every u of the tied ranges back to the value.
        QuantileNormal q = QuantileNormal.fit(new double[] {1, 1, 1, 1, 2, 3, 5, 5, 5}, 9, 0,
                EndTies.MIDPOINT);
        double[] ends = {1, 5, 2};
        q.encodeInPlace(ends);
        assertArrayEquals(new double[] {-0.8871465590188758, 1.1503493803760079, 0}, ends,
                TOLERANCE);
        q.decodeInPlace(ends);
        assertArrayEquals(new double[] {1, 5, 2}, ends, 1e-12);
        double[] constant = {7.25};
        QuantileNormal.fit(new double[] {7.25, 7.25}, 2, 0, EndTies.MIDPOINT)
                .encodeInPlace(constant);
        assertEquals(0.0, constant[0]);
    }
}
