package org.scorekit.tabular.encoding;

import java.math.BigDecimal;
import java.util.Optional;
import org.scorekit.checks.Checks;
import org.scorekit.tabular.Cells;

/**
 * The points (first + k · step) / 10^decimals, k = 0 … count − 1: integers when decimals = 0,
 * multiples of 0.5 as (1, 5, ·, 1), multiples of 1000 as (·, 1000, ·, 0). Each point is
 * computed as an exact long divided by an exact power of ten, so it is the double that the same
 * decimal number parses to: a value of the train column decodes to itself bit for bit.
 *
 * @param first    the first point in units of 10^−decimals, |first| &lt;= 2^53
 * @param step     the spacing in the same units, positive
 * @param count    the number of points, positive; the last is within 2^53 too
 * @param decimals the decimal places of the unit, in [0, {@value #MAX_DECIMALS}]
 */
public record DecimalGrid(long first, long step, long count, int decimals) implements Grid {
    /** The most decimal places a grid unit has; finer columns are treated as continuous. */
    public static final int MAX_DECIMALS = 15;
    private static final long EXACT = 1L << 53;
    /** 10^d, exact in a double for d &lt;= 22. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
        1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    public DecimalGrid {
        Checks.require(decimals >= 0 && decimals <= MAX_DECIMALS, "decimals must be in [0, "
                + MAX_DECIMALS + "]: " + decimals);
        Checks.require(step > 0, "step must be positive: " + step);
        Checks.require(count > 0, "count must be positive: " + count);
        Checks.require(Math.abs(first) <= EXACT, "first must be at most 2^53 in magnitude: " + first);
        Checks.require(count - 1 <= (EXACT - first) / step, "the last point must be at most 2^53: "
                + first + " + " + (count - 1) + " * " + step);
    }

    /**
     * The coarsest grid through the distinct values (increasing, at least one): the unit is
     * 10^−d for the most decimal places d among their shortest decimal forms, and the step the
     * greatest common divisor of their distances from the first, in that unit. Empty when d
     * exceeds {@value #MAX_DECIMALS} or a value reaches 2^53 or exceeds 2^53 units.
     */
    static Optional<DecimalGrid> of(double[] distinct) {
        int decimals = 0;
        for (double v : distinct) {
            if (Math.abs(v) >= EXACT) {
                return Optional.empty();
            }
            if (!Cells.isInteger(v)) {
                decimals = Math.max(decimals, BigDecimal.valueOf(v).stripTrailingZeros().scale());
            }
        }
        if (decimals > MAX_DECIMALS) {
            return Optional.empty();
        }
        long[] units = new long[distinct.length];
        for (int i = 0; i < units.length; i++) {
            if (decimals == 0) {
                units[i] = (long) distinct[i];
                continue;
            }
            BigDecimal scaled = BigDecimal.valueOf(distinct[i]).movePointRight(decimals);
            if (scaled.abs().compareTo(BigDecimal.valueOf(EXACT)) > 0) {
                return Optional.empty();
            }
            units[i] = scaled.longValueExact();
        }
        long step = 0;
        for (long u : units) {
            step = gcd(step, u - units[0]);
        }
        step = Math.max(step, 1);
        long count = (units[units.length - 1] - units[0]) / step + 1;
        return Optional.of(new DecimalGrid(units[0], step, count, decimals));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public double snap(double x) {
        double unit = POWERS_OF_TEN[decimals];
        double k = Math.min(Math.max((x * unit - first) / step, 0), count - 1);
        return (first + (long) Math.ceil(k - 0.5) * step) / unit;
    }
}
