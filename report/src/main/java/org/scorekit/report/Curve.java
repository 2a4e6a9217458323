package org.scorekit.report;

import java.util.Arrays;

/** One plotted series: points (x[i], y[i]), both finite, in file order. */
record Curve(String label, double[] x, double[] y) {
    Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("curve " + label + " has " + x.length
                    + " x values and " + y.length + " y values");
        }
    }

    /** The points of (x, y) where both coordinates are finite; empty cells (NaN) are dropped. */
    static Curve finite(String label, double[] x, double[] y) {
        int n = 0;
        double[] keptX = new double[x.length];
        double[] keptY = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                keptX[n] = x[i];
                keptY[n] = y[i];
                n++;
            }
        }
        return new Curve(label, Arrays.copyOf(keptX, n), Arrays.copyOf(keptY, n));
    }

    /** The number of points. */
    int size() {
        return x.length;
    }

    /** Whether every y value is strictly positive, so the curve can go on a log axis. */
    boolean allPositive() {
        return Arrays.stream(y).allMatch(v -> v > 0);
    }
}
