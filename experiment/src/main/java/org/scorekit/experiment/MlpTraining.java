package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorekit.linalg.Matrix;
import org.scorekit.mlp.MlpSettings;
import org.scorekit.mlp.MlpShape;
import org.scorekit.mlp.MlpTrainer;
import org.scorekit.mlp.ResidualMlp;
import org.scorekit.model.InputMap;
import org.scorekit.random.Rng;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StopReason;
import org.scorekit.train.TrainingHistory;

/**
 * The training stage of an {@code mlp} run: the residual MLP on the residual of the base g, in
 * the units of {@code problem.target}, trained by {@link MlpTrainer} on mini-batches drawn afresh
 * at every step: b rows of the run's N clean draws (uniformly, with replacement), each with a
 * fresh time and noise as in Algorithm 1. The held-out draws (validation, and the exact risk
 * where there is an oracle) are the network's, from the same streams, so the two estimators are
 * measured on the same points. A divergence is retried at half the learning rate, as GD's.
 */
final class MlpTraining {
    private MlpTraining() {
    }

    /** The trained MLP with its record, the diverged attempts before it and its gain. */
    record Baseline(MlpTrainer.Result result, TrainedModel.Mlp model, List<Attempt> diverged,
                    ValidationGain gain, double learningRate) implements Fit {
        @Override
        public Optional<TrainingHistory> history() {
            return Optional.of(result.history());
        }

        @Override
        public ObjectNode summary(ScoreMatchingProblem problem) {
            return MlpTraining.summary(this, problem);
        }
    }

    /** A diverged attempt and its learning rate. */
    record Attempt(StopReason reason, double learningRate) {
    }

    /** Trains on the clean draws of {@code problem} (labels x_0, before the base). */
    static Baseline fit(Pipeline pipeline, ScoreMatchingProblem problem, Rng rng,
                        RunListener listener) {
        EstimatorSpec e = pipeline.spec().estimator();
        StoppingSpec s = pipeline.spec().stopping();
        ScoreMatchingProblem oracleDraw = Training.fresh(pipeline, s.oracleSize(),
                rng.fork("oracle"));
        HeldOutRisk validation = Training.validation(pipeline, s, rng);
        List<HeldOutRisk> heldOut = new ArrayList<>(List.of(validation));
        pipeline.data().oracle().ifPresent(law ->
                heldOut.add(Training.oracleRisk(pipeline, law, oracleDraw)));
        InputMap inputs = pipeline.inputs();
        int d = inputs.dataDimension();
        MlpShape shape = new MlpShape(inputs.width(), d, e.width(), e.blocks(), d,
                inputs.encoding().encode(problem.timeMin()),
                inputs.encoding().encode(problem.timeMax()));
        ResidualMlp initial = ResidualMlp.initialize(shape, e.precision(), rng.fork("init"));
        MlpTrainer.Batches batches = batches(pipeline, problem, e.batchSize(),
                rng.fork("batches"));
        double learningRate = e.learningRate();
        List<Attempt> diverged = new ArrayList<>();
        while (true) {
            MlpTrainer.Result result = new MlpTrainer(new MlpSettings(e.maxSteps(),
                    e.batchSize(), learningRate, e.emaDecay(), e.evaluateEvery(),
                    e.divergenceFactor(), e.precision())).train(initial, batches,
                    problem.size(), heldOut, Training.rules(s, Optional.empty()), listener);
            StopReason reason = result.stopReason();
            if (!reason.isDivergence() || diverged.size() == Training.MAX_BACKOFFS) {
                TrainedModel.Mlp model = new TrainedModel.Mlp(result.model(), inputs);
                ValidationGain gain = ValidationGain.of(
                        validation.rowLosses(model.start(validation.inputs())),
                        validation.rowLosses(model.fitted(validation.inputs())));
                return new Baseline(result, model, diverged, gain, learningRate);
            }
            diverged.add(new Attempt(reason, learningRate));
            listener.stage(String.format("training diverged at step %d (loss %.4g) with learning"
                    + " rate %.3g; retrying with half the learning rate", reason.step(),
                    reason.loss(), learningRate));
            learningRate /= 2;
        }
    }

    /**
     * Step τ's batch: b of the N clean rows, chosen from the stream "τ" of {@code rng}, with
     * their times and noise from the same stream, labelled as the residual model's labels.
     */
    private static MlpTrainer.Batches batches(Pipeline pipeline, ScoreMatchingProblem problem,
                                              int batchSize, Rng rng) {
        Matrix clean = problem.y();
        return step -> {
            Rng draw = rng.fork(Integer.toString(step));
            Rng picks = draw.fork("rows");
            int[] rows = new int[batchSize];
            for (int i = 0; i < batchSize; i++) {
                rows[i] = picks.nextInt(clean.rows());
            }
            return pipeline.labels(ScoreMatchingProblem.fromClean(clean.selectRows(rows),
                    pipeline.process(), problem.timeMin(), problem.timeMax(), pipeline.inputs(),
                    draw));
        };
    }

    static ObjectNode summary(Baseline trained, ScoreMatchingProblem problem) {
        MlpTrainer.Result r = trained.result();
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.put("estimator", EstimatorSpec.MLP);
        t.put("steps", r.stopReason().step());
        t.put("diverged", r.stopReason().isDivergence());
        ArrayNode backoffs = t.putArray("divergedAttempts");
        for (Attempt a : trained.diverged()) {
            backoffs.addObject().put("step", a.reason().step()).put("loss", a.reason().loss())
                    .put("learningRate", a.learningRate());
        }
        t.put("stopReason", r.stopReason().kind());
        t.put("selectedStep", r.stopReason().selectedStep());
        t.put("learningRate", trained.learningRate());
        t.put("parameters", r.model().shape().parameterCount());
        Training.putSelection(t, r.history(), r.stopReason(), problem, trained.gain());
        Training.putOracleRisks(t, r.history());
        return t;
    }
}
