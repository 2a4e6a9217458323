package org.scorekit.eval;

class SlicedWassersteinContractTest extends MetricContract {
    @Override
    protected Metric metric() {
        return SlicedWasserstein.of();
    }

    @Override
    protected int minRows() {
        return 1;
    }
}
