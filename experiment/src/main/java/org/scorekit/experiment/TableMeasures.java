package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ParametricScore;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Table;

/**
 * The measurements of a table run, which has no oracle: samples with the learned score, the
 * Gaussian fit's and the untrained network's from common random numbers, each compared with the
 * held-out rows by the spec's sample metrics (in the encoded space), and the learned samples
 * decoded into the synthetic table.
 */
final class TableMeasures {
    /** The target of the sample metrics of a table run. */
    static final String HELD_OUT = "held-out";

    private TableMeasures() {
    }

    static RunOutcome measure(Pipeline pipeline, TableData table, Runner.Denoisers denoisers,
                              ObjectNode results, Fit trained,
                              RunListener listener) {
        Rng rng = Rng.of(pipeline.spec().seed());
        listener.stage("sampling with the learned score, the Gaussian fit and the untrained model");
        ForwardProcess process = pipeline.process();
        int n = pipeline.spec().sampler().samples();
        Matrix start = rng.fork("prior").gaussian(n, table.dimension());
        Matrix samples = Runner.sample(pipeline,
                new ParametricScore(denoisers.learned(), process), start, rng);
        Matrix gaussian = Runner.sample(pipeline,
                new ParametricScore(denoisers.gaussianFit(), process), start, rng);
        Matrix ceiling = Runner.sample(pipeline,
                new ParametricScore(denoisers.untrained(), process), start, rng);
        listener.stage("computing sample metrics against the held-out rows");
        Runner.addSampleMetrics(results.putArray("sampleMetrics"), pipeline, HELD_OUT,
                "gaussianFit", samples, gaussian, ceiling, table.heldOut(), rng);
        Table synthetic = table.decode(samples);
        return RunOutcome.ofTable(results, trained.history(), trained.model(), samples, gaussian,
                ceiling, table.heldOut(), synthetic);
    }
}
