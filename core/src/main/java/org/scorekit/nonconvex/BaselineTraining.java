package org.scorekit.nonconvex;

import java.util.Arrays;
import org.scorekit.checks.Checks;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.random.Rng;

/**
 * The non-convex baseline of spec/convex-score.md §9: a width-m network trained on the program's
 * objective ({@link ScoreMatchingLoss}) by {@code optimizer} for {@code steps} full-batch steps,
 * from w_j, b_j ~ N(0, 1), α_j ~ N(0, 1/m), c = v = 0. The loss is recorded at step 0, every
 * {@code recordEvery} steps and at the last step; the run stops at the first non-finite loss.
 *
 * @param optimizer   the update rule
 * @param width       m ≥ 1
 * @param steps       the number of updates
 * @param recordEvery the recording interval in steps
 */
public record BaselineTraining(Optimizer optimizer, int width, int steps, int recordEvery) {
    /** The tolerance of {@link ScoreMatchingLoss#dead}: hidden outputs below it count as zero. */
    public static final double DEAD_TOLERANCE = 1e-6;

    public BaselineTraining {
        Checks.require(optimizer != null, "optimizer must be given");
        Checks.positive("width", width);
        Checks.positive("steps", steps);
        Checks.positive("recordEvery", recordEvery);
    }

    /** Trains from the initialisation drawn from {@code rng}. */
    public BaselineRun train(UnivariateProgram program, Rng rng) {
        ScoreMatchingLoss loss = new ScoreMatchingLoss(program);
        double[] theta = initialisation(rng);
        double[] gradient = new double[theta.length];
        Optimizer.Update update = optimizer.start(theta.length);
        int records = steps / recordEvery + 2;
        int[] recorded = new int[records];
        double[] losses = new double[records];
        int count = 0;
        double[] last = theta.clone();
        for (int k = 0; ; k++) {
            double value = loss.valueAndGradient(theta, gradient);
            boolean finite = Double.isFinite(value) && allFinite(gradient);
            if (k % recordEvery == 0 || k == steps || !finite) {
                recorded[count] = k;
                losses[count++] = value;
            }
            if (!finite || k == steps) {
                double[] kept = finite ? theta : last;
                return new BaselineRun(optimizer, Arrays.copyOf(recorded, count),
                        Arrays.copyOf(losses, count), loss.network(kept), !finite,
                        loss.dead(kept, DEAD_TOLERANCE));
            }
            System.arraycopy(theta, 0, last, 0, theta.length);
            update.applyInPlace(k + 1, theta, gradient);
        }
    }

    /** θ = (w, b, α, c, v) with w, b ~ N(0, 1), α ~ N(0, 1/m), c = v = 0 (§9). */
    private double[] initialisation(Rng rng) {
        double[] theta = new double[3 * width + 2];
        Rng draws = rng.fork("init");
        for (int i = 0; i < 3 * width; i++) {
            theta[i] = draws.nextGaussian() * (i < 2 * width ? 1.0 : 1.0 / Math.sqrt(width));
        }
        return theta;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
