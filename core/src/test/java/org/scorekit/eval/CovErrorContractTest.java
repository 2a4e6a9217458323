package org.scorekit.eval;

class CovErrorContractTest extends MetricContract {
    @Override
    protected Metric metric() {
        return MomentError.covariance();
    }
}
