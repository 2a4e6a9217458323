package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.scorekit.convex.Activation;
import org.scorekit.convex.Certificate;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.nonconvex.AdamRule;
import org.scorekit.nonconvex.BaselineRun;
import org.scorekit.nonconvex.BaselineTraining;
import org.scorekit.nonconvex.GradientDescentRule;
import org.scorekit.nonconvex.Optimizer;
import org.scorekit.random.Rng;

/**
 * GD and Adam runs of the non-convex baseline (spec/convex-score.md §9) on one bounded program,
 * each set against the program's certificate: the lower bound is the certified optimum minus the
 * duality gap, less 10⁻¹² of its magnitude for the rounding of the loss evaluation (Adam attains
 * the linear-regime optimum to the last digit).
 *
 * @param program     the program (bounded)
 * @param certificate its certificate
 * @param runs        the runs, in the order optimizer, learning rate, seed
 */
record BaselineComparison(UnivariateProgram program, Certificate certificate, List<Run> runs) {
    /** Relative rounding allowance of the lower bound. */
    static final double ROUNDING = 1e-12;
    /** The optimizers by their code in the tables: 0 = GD, 1 = Adam. */
    static final List<DoubleFunction<Optimizer>> OPTIMIZERS = List.of(GradientDescentRule::new, AdamRule::new);

    /** One run with its optimizer code, learning rate and seed index. */
    record Run(int optimizer, double rate, int seed, BaselineRun run) {
    }

    /** Trains every optimizer at every rate from every seed; seed s draws from {@code rng.fork("seed-s")}. */
    static BaselineComparison of(UnivariateProgram program, Certificate certificate, double[] rates,
                                 int seeds, int width, int steps, int recordEvery, Rng rng) {
        List<Run> runs = new ArrayList<>();
        for (int k = 0; k < OPTIMIZERS.size(); k++) {
            for (double rate : rates) {
                BaselineTraining training = new BaselineTraining(OPTIMIZERS.get(k).apply(rate), width, steps,
                        recordEvery);
                for (int s = 0; s < seeds; s++) {
                    runs.add(new Run(k, rate, s, training.train(program, rng.fork("seed-" + s))));
                }
            }
        }
        return new BaselineComparison(program, certificate, List.copyOf(runs));
    }

    /** The certified lower bound on every network's loss: optimum − |gap| − rounding. */
    double bound() {
        double optimum = certificate.primal();
        return optimum - Math.abs(certificate.gap()) - ROUNDING * Math.max(1.0, Math.abs(optimum));
    }

    /**
     * One row per run (columns {@link #columns()}): the final loss is NaN if the run diverged; the
     * margin is the lowest recorded loss minus {@link #bound()}, negative only for a bug.
     */
    List<double[]> rows() {
        List<double[]> rows = new ArrayList<>();
        double optimum = certificate.primal();
        for (Run r : runs) {
            BaselineRun run = r.run();
            double last = run.diverged() ? Double.NaN : run.finalLoss();
            rows.add(new double[] {program.activation() == Activation.ABSOLUTE_VALUE ? 1 : 0,
                    program.skip() ? 1 : 0, program.beta(), r.optimizer(), r.rate(), r.seed(), optimum, last,
                    (last - optimum) / Math.abs(optimum), run.lowestLoss() - bound(),
                    run.diverged() ? 1 : 0, run.dead() ? 1 : 0});
        }
        return rows;
    }

    /** The column names of {@link #rows()}. */
    static List<String> columns() {
        return List.of("abs", "skip", "beta", "optimizer", "learning_rate", "seed", "optimum", "final_loss",
                "relative_excess", "margin", "diverged", "dead");
    }
}
