package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.ResolvedStep;
import org.scorekit.train.TrainingSettings;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingListener;
import org.scorekit.train.TrainingResult;

class CouplingMonitorTest {
    @Test
    void diagnosticsStartAtZeroAndShrinkWithWidth() {
        Rng rng = Rng.of(9);
        Matrix z = positiveLastColumn(rng.fork("z").gaussian(40, 3));
        Matrix y = rng.fork("y").gaussian(40, 2);
        Matrix fresh = positiveLastColumn(rng.fork("fresh").gaussian(30, 3));
        double eta = 1.0 / ReluNtk.lambdaMax(z);
        double[] coupling = new double[2];
        int[] widths = {512, 8192};
        for (int i = 0; i < widths.length; i++) {
            TwoLayerRelu initial = TwoLayerRelu.initialize(widths[i], 3, 2, true, rng.fork("init" + i));
            CouplingMonitor monitor = new CouplingMonitor(z, y, fresh, initial, eta, true);
            GradientDescent gd = new GradientDescent(new TrainingSettings(widths[i], true, 20, 20,
                    monitor.evaluations(), List.of(), 1e6), ResolvedStep.absolute(eta));
            ScoreMatchingProblem problem = new ScoreMatchingProblem(
                    InputMap.of(2, LinearTimeEncoding.identity()), z, y, new double[40],
                    y.copy(), 0.05, 1.0, 1.0, 0.0);
            TrainingResult<TwoLayerRelu> r = gd.train(problem, initial, TrainingListener.NONE);
            TrainingHistory.Entry start = r.history().at(0);
            for (String name : List.of(CouplingMonitor.COUPLING_TRAIN, CouplingMonitor.COUPLING_TEST,
                    CouplingMonitor.FLIPS, CouplingMonitor.MAX_MOVE, CouplingMonitor.GRAM_DRIFT)) {
                assertEquals(0.0, start.evaluation(name), 1e-12, name + " at step 0");
            }
            double c = r.history().at(20).evaluation(CouplingMonitor.COUPLING_TRAIN);
            assertTrue(c > 0, "the network leaves its kernel shadow at finite width");
            coupling[i] = c;
        }
        // 16x the width: the m^{-1/2} law predicts a ratio of 4; allow a wide margin for one draw.
        assertTrue(coupling[0] / coupling[1] > 2, "coupling ratio " + coupling[0] / coupling[1]);
    }

    private static Matrix positiveLastColumn(Matrix z) {
        for (int i = 0; i < z.rows(); i++) {
            z.set(i, z.cols() - 1, 0.5 + Math.abs(z.get(i, z.cols() - 1)));
        }
        return z;
    }
}
