package org.scorekit.eval;

class MmdContractTest extends MetricContract {
    @Override
    protected Metric metric() {
        return Mmd.of();
    }

    @Override
    protected boolean nonNegative() {
        return false;
    }

    /** Against itself MMD²_u = −2(1 − k̄)/n with 0 ≤ k̄ ≤ 1. */
    @Override
    protected double fixedPointTolerance(int rows) {
        return 2.0 / rows;
    }
}
