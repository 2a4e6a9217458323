package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.experiment.theory.ExperimentResult.Claim;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.TrainingResult;

/**
 * Check C6 of spec §13: the excess risk ‖f − f*‖² of a trained model on fresh draws, split by
 * whether ‖x_t‖ ≤ R, for R a fraction of the decision-P3 radius of the training draw.
 */
final class RadiusSplit {
    /** Radii as fractions of the P3 radius. */
    static final double[] FACTORS = {0.3, 0.45, 0.6, 0.8, 1.0};
    /** Fewest points outside the ball for its risk to be reported. */
    static final int MIN_OUTSIDE = 30;

    private RadiusSplit() {
    }

    static ResultTable table(TheorySetting setting, TrainingResult<TwoLayerRelu> trained,
                             ScoreMatchingProblem problem, int draws, Rng rng) {
        if (trained == null) {
            throw new IllegalStateException("the T0 grid must contain 0.05 for the radius split");
        }
        ScoreMatchingProblem fresh = setting.draw(problem.timeMin(), problem.timeMax(), draws, rng);
        Matrix f = new NetworkDenoiser(trained.model(), setting.inputs()).denoise(fresh.noisy(),
                fresh.times());
        Matrix exact = setting.exact().denoise(fresh.noisy(), fresh.times());
        int d = f.cols();
        double[] err = new double[draws];
        double[] norm = new double[draws];
        for (int i = 0; i < draws; i++) {
            for (int k = 0; k < d; k++) {
                double r = f.get(i, k) - exact.get(i, k);
                err[i] += r * r;
                norm[i] += fresh.noisy().get(i, k) * fresh.noisy().get(i, k);
            }
            norm[i] = Math.sqrt(norm[i]);
        }
        List<double[]> rows = new ArrayList<>();
        for (double factor : FACTORS) {
            double radius = factor * problem.radius();
            double in = 0;
            double out = 0;
            int outside = 0;
            for (int i = 0; i < draws; i++) {
                if (norm[i] > radius) {
                    out += err[i];
                    outside++;
                } else {
                    in += err[i];
                }
            }
            int inside = draws - outside;
            rows.add(new double[] {factor, radius, (double) outside / draws,
                inside > 0 ? in / inside : Double.NaN,
                outside >= MIN_OUTSIDE ? out / outside : Double.NaN});
        }
        return new ResultTable("by-radius", List.of("factor", "R", "fraction_outside",
                "risk_inside", "risk_outside"), rows);
    }

    /** Errors are larger outside the ball, at every radius with enough points outside. */
    static Claim claim(ResultTable byRadius) {
        int compared = 0;
        boolean holds = true;
        StringBuilder evidence = new StringBuilder();
        for (double[] r : byRadius.rows()) {
            if (Double.isNaN(r[4])) {
                continue;
            }
            compared++;
            holds &= r[4] > r[3];
            evidence.append(String.format("R = %.2f: inside %.4g, outside %.4g (%.1f%% outside); ",
                    r[1], r[3], r[4], 100 * r[2]));
        }
        if (compared == 0) {
            return new Claim("the excess risk is larger outside the ball ||x|| <= R", false,
                    "no radius had " + MIN_OUTSIDE + " fresh points outside");
        }
        return new Claim("the excess risk is larger outside the ball ||x|| <= R", holds,
                evidence.toString().trim());
    }
}
