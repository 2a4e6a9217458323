package org.scorekit.diffusion;

import org.scorekit.checks.Checks;

/**
 * A strictly decreasing grid of times t_0 = T &gt; t_1 &gt; … &gt; t_K = T0 for reverse-time
 * samplers, passed to them as data (k-diffusion style).
 */
public record TimeGrid(double[] times) {
    public TimeGrid {
        Checks.require(times.length >= 2, "a time grid needs at least 2 points: " + times.length);
        Checks.allFinite("times", times);
        for (int i = 1; i < times.length; i++) {
            Checks.require(times[i] < times[i - 1],
                    "times must be strictly decreasing: times[" + i + "] = " + times[i]
                            + " after " + times[i - 1]);
        }
        Checks.require(times[times.length - 1] > 0,
                "the last grid time must be positive: " + times[times.length - 1]);
        times = times.clone();
    }

    /** {@code steps} equal steps from {@code start} down to {@code end}. */
    public static TimeGrid uniform(double start, double end, int steps) {
        Checks.positive("steps", steps);
        checkWindow(start, end);
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = start + (end - start) * i / steps;
        }
        t[steps] = end;
        return new TimeGrid(t);
    }

    /** {@code steps} steps equally spaced in log t (denser near {@code end}). */
    public static TimeGrid logSpaced(double start, double end, int steps) {
        Checks.positive("steps", steps);
        checkWindow(start, end);
        double a = Math.log(start);
        double b = Math.log(end);
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = Math.exp(a + (b - a) * i / steps);
        }
        t[0] = start;
        t[steps] = end;
        return new TimeGrid(t);
    }

    private static void checkWindow(double start, double end) {
        Checks.positive("end time", end);
        Checks.require(start > end, "start time must exceed end time " + end + ": " + start);
    }

    /** Number of steps K. */
    public int steps() {
        return times.length - 1;
    }

    /** t_i. */
    public double time(int i) {
        return times[i];
    }

    @Override
    public double[] times() {
        return times.clone();
    }
}
