package org.scorekit.eval;

class EnergyDistanceContractTest extends MetricContract {
    @Override
    protected Metric metric() {
        return EnergyDistance.of();
    }

    @Override
    protected boolean nonNegative() {
        return false;
    }

    /**
     * Against itself the estimate is −2 s̄/n with s̄ the mean distance between distinct rows;
     * s̄ ≈ E‖X − X'‖ ≤ √(2d) = 2.45 for N(0, I₃), so 2 · 4/n leaves a wide margin.
     */
    @Override
    protected double fixedPointTolerance(int rows) {
        return 8.0 / rows;
    }
}
