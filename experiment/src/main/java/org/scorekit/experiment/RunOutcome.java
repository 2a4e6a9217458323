package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.scorekit.linalg.Matrix;
import org.scorekit.tabular.Table;
import org.scorekit.train.TrainingHistory;

/**
 * Everything a run computed, before it is written: the deterministic {@code results} of run.json
 * and the tables and samples of the run directory.
 *
 * @param results            the results object of run.json
 * @param history            the training history; empty for the convex ladder
 * @param model              the trained model at the selected step
 * @param scoreVsTime        rows (t, e_learned(t), e_untrained(t), e_gaussianFit(t)); empty
 *                           without an oracle
 * @param samples            samples with the learned score
 * @param samplesExact       samples with the exact score (floor); empty without an oracle
 * @param samplesGaussianFit samples with the Gaussian fit's score; on tables only
 * @param samplesUntrained   samples with the untrained model (ceiling)
 * @param reference          what the sample metrics compare with: exact draws from p_{T0}, or
 *                           the held-out rows of a table (encoded)
 * @param synthetic          the learned samples decoded into a table; on tables only
 */
public record RunOutcome(ObjectNode results, Optional<TrainingHistory> history, TrainedModel model,
                         List<double[]> scoreVsTime, Matrix samples, Optional<Matrix> samplesExact,
                         Optional<Matrix> samplesGaussianFit, Matrix samplesUntrained,
                         Matrix reference, Optional<Table> synthetic) {
    /** The outcome of a run on a law with an exact oracle. */
    static RunOutcome ofLaw(ObjectNode results, Optional<TrainingHistory> history, TrainedModel model,
                            List<double[]> scoreVsTime, Matrix samples, Matrix samplesExact,
                            Matrix samplesUntrained, Matrix reference) {
        return new RunOutcome(results, history, model, scoreVsTime, samples,
                Optional.of(samplesExact), Optional.empty(), samplesUntrained, reference,
                Optional.empty());
    }

    /** The outcome of a run on a table. */
    static RunOutcome ofTable(ObjectNode results, Optional<TrainingHistory> history, TrainedModel model,
                              Matrix samples, Matrix samplesGaussianFit, Matrix samplesUntrained,
                              Matrix heldOut, Table synthetic) {
        return new RunOutcome(results, history, model, List.of(), samples, Optional.empty(),
                Optional.of(samplesGaussianFit), samplesUntrained, heldOut,
                Optional.of(synthetic));
    }
}
