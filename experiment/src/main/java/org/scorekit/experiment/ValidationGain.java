package org.scorekit.experiment;

/**
 * What the trained network gained on the held-out validation draw over the network at step 0
 * (f_W = 0 with the antisymmetric start, so f = g, the base): the mean of the paired per-row
 * differences ℓ_0,i − ℓ_τ,i of the label loss, τ the selected step, and its standard error
 * sd/√M over the M rows. Both losses are measured on the same rows, so the comparison does not
 * carry the rows' own label noise, only the noise of the difference.
 *
 * @param mean   the mean gain (the drop of the validation loss from step 0 to the selected step)
 * @param stdErr its standard error
 */
record ValidationGain(double mean, double stdErr) {
    /** The gain of {@code after} over {@code before}, row by row. */
    static ValidationGain of(double[] before, double[] after) {
        int m = before.length;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += before[i] - after[i];
        }
        double mean = sum / m;
        double squares = 0;
        for (int i = 0; i < m; i++) {
            double r = before[i] - after[i] - mean;
            squares += r * r;
        }
        return new ValidationGain(mean, m > 1 ? Math.sqrt(squares / (m - 1) / m) : Double.NaN);
    }

    /** Whether the mean exceeds {@code z} standard errors (false for a NaN error). */
    boolean exceeds(double z) {
        return mean > z * stdErr;
    }
}
