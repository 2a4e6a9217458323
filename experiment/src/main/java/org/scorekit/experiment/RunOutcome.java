package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.train.TrainingHistory;

/**
 * Everything a run computed, before it is written: the deterministic {@code results} of run.json
 * and the tables and samples of the run directory.
 *
 * @param results          the results object of run.json
 * @param history          the training history
 * @param model            the selected network
 * @param scoreVsTime      rows (t, e_learned(t), e_untrained(t), e_gaussianFit(t))
 * @param samples          samples with the learned score
 * @param samplesExact     samples with the exact score (floor)
 * @param samplesUntrained samples with the untrained model (ceiling)
 * @param reference        exact draws from p_{T0}
 */
public record RunOutcome(ObjectNode results, TrainingHistory history, TwoLayerRelu model,
                         List<double[]> scoreVsTime, Matrix samples, Matrix samplesExact,
                         Matrix samplesUntrained, Matrix reference) {
}
