package org.scorekit.ntk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorekit.checks.Checks;
import org.scorekit.random.Rng;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StepSize;
import org.scorekit.train.StopReason;
import org.scorekit.train.StoppingRule;
import org.scorekit.train.Trainer;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingListener;
import org.scorekit.train.TrainingResult;

/**
 * Kernel GD from zero on K^∞ of the training inputs as an estimator (spec/score-estimation.md
 * §7): the infinite-width limit of {@link org.scorekit.train.GradientDescent} with
 * antisymmetric initialisation. τ runs to {@code maxSteps} at step η (absolute or relative to
 * λ_max(K^∞) = μ_max); every {@code evaluateEvery}-th step (and the last) is recorded from the
 * closed form in O(N d). The entry's {@code gradNorm} is the function-space gradient
 * ‖K^∞(U_K − Y)‖_F. Listeners receive {@code null} as the network. Stops early as diverged when
 * the loss is non-finite or exceeds {@code divergenceFactor} × the initial loss (η_rel ≥ 2).
 *
 * @param stepSize         η, absolute or relative to λ_max(K^∞)
 * @param maxSteps         τ of the returned predictor
 * @param evaluateEvery    record every k-th step
 * @param divergenceFactor loss growth that counts as divergence
 */
public record KernelTrainer(StepSize stepSize, int maxSteps, int evaluateEvery,
                            double divergenceFactor) implements Trainer<KernelDenoiser> {
    public KernelTrainer {
        Checks.require(stepSize != null, "step size must be given");
        Checks.nonNegative("max steps", maxSteps);
        Checks.positive("evaluateEvery", evaluateEvery);
        Checks.positive("divergenceFactor", divergenceFactor);
    }

    /** The random stream is unused: the zero start is deterministic. */
    @Override
    public TrainingResult<KernelDenoiser> train(ScoreMatchingProblem problem, Rng rng,
                                                TrainingListener listener) {
        return train(KernelSpectrum.of(problem.z()), problem, List.of(), List.of(), listener);
    }

    /**
     * Kernel GD on a computed spectrum of the problem's inputs, with held-out sets and early
     * stopping as {@link org.scorekit.train.GradientDescent} has them: each recorded step also
     * holds the mean loss of every held-out set (its column named as the set), predicted in
     * closed form at O(n N d) per step after one O(n N (D + N)) projection; the rules see the
     * history after each recorded step, and the returned predictor is that of the selected step
     * (no weights to snapshot: the filter of any step is exact).
     */
    public TrainingResult<KernelDenoiser> train(KernelSpectrum spectrum,
                                                ScoreMatchingProblem problem,
                                                List<HeldOutRisk> heldOut,
                                                List<StoppingRule> rules,
                                                TrainingListener listener) {
        Checks.require(spectrum != null && problem != null && heldOut != null && rules != null,
                "spectrum, problem, held-out sets and rules must be given");
        Checks.sameSize("spectrum size vs problem size", spectrum.size(), problem.size());
        KernelRegression regression = KernelRegression.of(spectrum, problem.y());
        List<SpectralPredictor> predictors = new ArrayList<>();
        for (HeldOutRisk set : heldOut) {
            predictors.add(regression.predictor(set.inputs()));
        }
        double lambdaMax = regression.lambdaMax();
        double eta = stepSize.resolve(lambdaMax);
        double entries = (double) problem.size() * problem.dataDimension();
        TrainingHistory history = new TrainingHistory();
        listener.started(maxSteps);
        double initialLoss = regression.trainLoss(SpectralFilter.steps(eta, 0));
        StopReason reason = null;
        for (int step = 0; reason == null; step = Math.min(maxSteps, step + evaluateEvery)) {
            SpectralFilter filter = SpectralFilter.steps(eta, step);
            double loss = regression.trainLoss(filter);
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < heldOut.size(); k++) {
                values.put(heldOut.get(k).name(),
                        heldOut.get(k).loss(predictors.get(k).predict(filter)));
            }
            TrainingHistory.Entry entry = new TrainingHistory.Entry(step, loss,
                    2 * loss / entries, regression.gradientNorm(filter), values);
            history.add(entry);
            listener.stepped(entry, null);
            reason = stopReason(history, rules, step, loss, initialLoss);
        }
        listener.finished(reason);
        KernelDenoiser model = KernelDenoiser.of(regression,
                SpectralFilter.steps(eta, reason.selectedStep()), problem.inputs());
        KernelDenoiser initial = KernelDenoiser.of(regression, SpectralFilter.steps(eta, 0),
                problem.inputs());
        return new TrainingResult<>(model, initial, history, reason, eta, eta * lambdaMax,
                lambdaMax);
    }

    private StopReason stopReason(TrainingHistory history, List<StoppingRule> rules, int step,
                                  double loss, double initialLoss) {
        if (!Double.isFinite(loss) || loss > divergenceFactor * Math.max(initialLoss, 1e-300)) {
            return StopReason.diverged(step, loss);
        }
        for (StoppingRule rule : rules) {
            Optional<StopReason> r = rule.check(history);
            if (r.isPresent()) {
                return r.get();
            }
        }
        return step >= maxSteps ? StopReason.maxSteps(step, loss) : null;
    }
}
