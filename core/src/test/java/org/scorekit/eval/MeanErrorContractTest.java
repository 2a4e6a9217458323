package org.scorekit.eval;

class MeanErrorContractTest extends MetricContract {
    @Override
    protected Metric metric() {
        return MomentError.mean();
    }

    @Override
    protected int minRows() {
        return 1;
    }
}
