package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalInt;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ExactScore;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.Evaluation;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.train.PatienceRule;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StepSize;
import org.scorekit.train.StoppingRule;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingResult;

/**
 * The training stage of a run: GD with two held-out evaluations recorded every k steps — the
 * label loss on a fresh validation draw and the exact denoiser risk 𝓔 on a fresh oracle draw —
 * and the spec's stopping rule.
 */
final class Training {
    private Training() {
    }

    static TrainingResult<TwoLayerRelu> train(Pipeline pipeline, ScoreMatchingProblem problem,
                                              Rng rng, RunListener listener) {
        ExperimentSpec spec = pipeline.spec();
        EstimatorSpec e = spec.estimator();
        StoppingSpec s = spec.stopping();
        ProblemSpec p = spec.problem();
        ScoreMatchingProblem validation = ScoreMatchingProblem.draw(pipeline.data(),
                pipeline.process(), p.timeMin(), p.timeMax(), pipeline.inputs(),
                s.validationSize(), rng.fork("validation"));
        ScoreMatchingProblem oracleDraw = ScoreMatchingProblem.draw(pipeline.data(),
                pipeline.process(), p.timeMin(), p.timeMax(), pipeline.inputs(), s.oracleSize(),
                rng.fork("oracle"));
        Matrix exactTargets = new ExactScore(pipeline.data(), pipeline.process())
                .denoise(oracleDraw.noisy(), oracleDraw.times());
        List<Evaluation> evaluations = List.of(
                new HeldOutRisk(TrainingHistory.VALIDATION_LOSS, validation.z(), validation.y()),
                new HeldOutRisk(TrainingHistory.ORACLE_RISK, oracleDraw.z(), exactTargets));
        List<StoppingRule> rules = switch (s.rule()) {
            case "validation" -> List.of(PatienceRule.validation(s.patience()));
            case "oracle" -> List.of(PatienceRule.oracle(s.patience()));
            default -> List.of();
        };
        StepSize step = e.stepSizeUnits().equals("absolute") ? StepSize.absolute(e.stepSize())
                : StepSize.relative(e.stepSize());
        GradientDescent gd = new GradientDescent(e.width(), e.antisymmetric(), step, e.maxSteps(),
                e.evaluateEvery(), evaluations, rules, e.divergenceFactor());
        return gd.train(problem, rng.fork("init"), listener);
    }

    static ObjectNode summary(TrainingResult<TwoLayerRelu> r, ScoreMatchingProblem problem) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        TrainingHistory h = r.history();
        t.put("steps", r.stopReason().step());
        t.put("stopReason", r.stopReason().kind());
        t.put("selectedStep", r.stopReason().selectedStep());
        t.put("stepSize", r.stepSize());
        t.put("stepSizeRelative", r.stepSizeRelative());
        t.put("lambdaMax", r.lambdaMax());
        TrainingHistory.Entry selected = h.at(r.stopReason().selectedStep());
        t.put("finalTrainLoss", selected.trainLoss());
        t.put("finalTrainMse", selected.trainMse());
        t.put("initialTrainLoss", h.entries().get(0).trainLoss());
        t.put("radius", problem.radius());
        t.put("fractionOutsideRadius", problem.fractionOutside());
        t.put("timeMin", problem.timeMin());
        t.put("timeMax", problem.timeMax());
        t.put("size", problem.size());
        putArgmin(t, "tauValidation", h, TrainingHistory.VALIDATION_LOSS);
        putArgmin(t, "tauOracle", h, TrainingHistory.ORACLE_RISK);
        OptionalInt oracle = h.argmin(TrainingHistory.ORACLE_RISK);
        if (oracle.isPresent()) {
            t.put("oracleRiskAtTauOracle", h.at(oracle.getAsInt()).evaluation(TrainingHistory.ORACLE_RISK));
        }
        return t;
    }

    private static void putArgmin(ObjectNode t, String field, TrainingHistory h, String name) {
        OptionalInt step = h.argmin(name);
        if (step.isPresent()) {
            t.put(field, step.getAsInt());
        }
    }
}
