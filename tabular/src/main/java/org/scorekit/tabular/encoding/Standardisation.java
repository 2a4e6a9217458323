package org.scorekit.tabular.encoding;

import org.scorekit.checks.Checks;

/**
 * z = (x − mean) / deviation with the population standard deviation of the present train values
 * (scikit-learn's StandardScaler); a constant column takes deviation 1, as there.
 *
 * @param mean      the mean of the present train values
 * @param deviation their standard deviation, or 1 when it is 0
 */
public record Standardisation(double mean, double deviation) implements Scaler {
    public Standardisation {
        Checks.finite("mean", mean);
        Checks.positive("deviation", deviation);
    }

    /** Fitted on the present values of a column. */
    static Standardisation fit(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double deviation = Math.sqrt(squares / values.length);
        return new Standardisation(mean, deviation > 0 ? deviation : 1);
    }

    @Override
    public void encodeInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] - mean) / deviation;
        }
    }

    @Override
    public void decodeInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = mean + values[i] * deviation;
        }
    }
}
