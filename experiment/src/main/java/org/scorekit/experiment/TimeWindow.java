package org.scorekit.experiment;

import org.scorekit.data.GaussianMixture;
import org.scorekit.diffusion.ForwardProcess;

/** Default time windows of spec §1 (decisions P6, P7), found by bisection. */
final class TimeWindow {
    private static final int ITERATIONS = 200;

    private TimeWindow() {
    }

    /** The T0 with h(T0) = floor. */
    static double noiseFloorTime(ForwardProcess process, double floor) {
        double low = 0;
        double high = upperBound(process, t -> process.h(t) >= floor);
        for (int i = 0; i < ITERATIONS; i++) {
            double mid = 0.5 * (low + high);
            if (process.h(mid) >= floor) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * The smallest T with KL(p_T ‖ N(0, I)) bound ½ α² E‖X0‖² + (d/2)(−α² − log(1 − α²)) ≤ ε.
     */
    static double priorMismatchTime(ForwardProcess process, GaussianMixture data, double epsilon) {
        double second = 0;
        double[] mean = data.mean();
        for (int k = 0; k < mean.length; k++) {
            second += mean[k] * mean[k] + data.covariance().get(k, k);
        }
        double secondMoment = second;
        int d = data.dimension();
        java.util.function.DoublePredicate ok = t -> {
            double a2 = process.alpha(t) * process.alpha(t);
            return 0.5 * a2 * secondMoment + 0.5 * d * (-a2 - Math.log1p(-a2)) <= epsilon;
        };
        double high = upperBound(process, ok);
        double low = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            double mid = 0.5 * (low + high);
            if (ok.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static double upperBound(ForwardProcess process, java.util.function.DoublePredicate ok) {
        double horizon = process.horizon();
        if (Double.isFinite(horizon)) {
            if (!ok.test(horizon)) {
                throw new IllegalArgumentException("no time up to the schedule's horizon "
                        + horizon + " satisfies the default window criterion; give it explicitly");
            }
            return horizon;
        }
        double t = 1;
        while (!ok.test(t)) {
            t *= 2;
            if (t > 1e6) {
                throw new IllegalArgumentException("no default time window found; give it explicitly");
            }
        }
        return t;
    }
}
