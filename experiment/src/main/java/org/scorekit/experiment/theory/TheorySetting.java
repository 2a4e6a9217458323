package org.scorekit.experiment.theory;

import java.util.List;
import org.scorekit.data.BuiltinDistributions;
import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.ExactScore;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;
import org.scorekit.train.GradientDescent;
import org.scorekit.train.HeldOutRisk;
import org.scorekit.train.PatienceRule;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.StepSize;
import org.scorekit.train.TrainingSettings;
import org.scorekit.train.TrainingHistory;
import org.scorekit.train.TrainingListener;
import org.scorekit.train.TrainingResult;

/**
 * The common setting of the theory experiments: a built-in mixture with exact oracles, the OU
 * process (g ≡ 1), inputs z = (x, c(t), 1) with c(t) = 0.25 t, and GD stopped at the oracle
 * step τ_oracle (the exact denoiser risk on a fresh draw, spec §9.2 item 7).
 *
 * @param data    the data law
 * @param process the forward process
 * @param inputs  the input map
 */
public record TheorySetting(GaussianMixture data, ForwardProcess process, InputMap inputs) {
    /** The demo's setting on a named built-in distribution. */
    public static TheorySetting of(String distribution) {
        GaussianMixture data = BuiltinDistributions.byName(distribution);
        return new TheorySetting(data, new VpProcess(new ConstantSchedule(1.0)),
                new InputMap(data.dimension(), new LinearTimeEncoding(0.25, 0.0), 1.0));
    }

    /**
     * The reference setting of spec §14: four point masses (±0.8, ±0.8), g ≡ 1, z = (x_t, t)
     * (no constant coordinate); the window [0.05, 2] is the caller's.
     */
    public static TheorySetting reference() {
        return new TheorySetting(BuiltinDistributions.byName("corners4"),
                new VpProcess(new ConstantSchedule(1.0)), InputMap.of(2, LinearTimeEncoding.identity()));
    }

    /** An Algorithm-1 draw of N triples on [T0, T]. */
    public ScoreMatchingProblem draw(double timeMin, double timeMax, int size, Rng rng) {
        return ScoreMatchingProblem.draw(data, process, timeMin, timeMax, inputs, size, rng);
    }

    /** The exact denoiser f* and score. */
    public ExactScore exact() {
        return new ExactScore(data, process);
    }

    /**
     * GD with η_rel = 1.5, antisymmetric initialisation, evaluated every {@code every} steps on a
     * fresh oracle draw of the same window, stopped {@code patience} evaluations after the best.
     */
    public TrainingResult<TwoLayerRelu> trainToOracle(ScoreMatchingProblem problem, int width,
                                                      int maxSteps, int every, Rng rng) {
        ScoreMatchingProblem fresh = draw(problem.timeMin(), problem.timeMax(), problem.size(),
                rng.fork("oracle-draw"));
        Matrix target = exact().denoise(fresh.noisy(), fresh.times());
        GradientDescent gd = new GradientDescent(TrainingSettings.of(width, true, maxSteps)
                .withEvaluateEvery(every)
                .withEvaluations(List.of(new HeldOutRisk(TrainingHistory.ORACLE_RISK, fresh.z(), target)))
                .withEarlyStopping(List.of(PatienceRule.oracle(10))),
                StepSize.relative(1.5).at(ReluNtk.lambdaMax(problem.z())));
        return gd.train(problem, rng.fork("init"), TrainingListener.NONE);
    }
}
