package org.scorekit.experiment.theory;

/** Histogram densities read on a plotting grid. */
final class Histograms {
    private Histograms() {
    }

    /**
     * The histogram of {@code values} over [low, high] with ⌈2√n⌉ equal bins, as a density
     * (count / (n · bin width)), read at each grid point; 0 outside [low, high].
     */
    static double[] density(double[] values, double low, double high, double[] grid) {
        int bins = (int) Math.ceil(2 * Math.sqrt(values.length));
        double width = (high - low) / bins;
        double[] counts = new double[bins];
        for (double v : values) {
            if (v >= low && v <= high) {
                counts[Math.min(bins - 1, (int) ((v - low) / width))]++;
            }
        }
        double[] out = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            if (grid[i] >= low && grid[i] <= high) {
                out[i] = counts[Math.min(bins - 1, (int) ((grid[i] - low) / width))]
                        / (values.length * width);
            }
        }
        return out;
    }
}
