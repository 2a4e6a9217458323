package org.scorekit.mlp;

import org.scorekit.checks.Checks;

/**
 * The shape of a {@link ResidualMlp} and the layout of its parameter vector θ. Every linear map is
 * stored input-major (a {@code in × out} row-major matrix W, so that a layer is Y = X W + b) and
 * the layers follow each other in θ in the order
 *
 * <pre>
 *   time embedding  W_t1 (E × h), b_t1, W_t2 (h × h), b_t2
 *   input           W_in (D × h), b_in
 *   block l = 1..B  W_l1 (h × h), b_l1, W_l2 (h × h), b_l2
 *   output          W_out (h × d), b_out
 * </pre>
 *
 * with E = {@link #TIME_FEATURES} sinusoidal features of the time position.
 *
 * @param inputWidth D, the width of z
 * @param outputs    d, the data dimension
 * @param width      h, the hidden width
 * @param blocks     B ≥ 0 residual blocks
 * @param timeColumn the column of z holding the time encoding c(t)
 * @param timeLow    c(T0): mapped to time position 0
 * @param timeHigh   c(T): mapped to time position {@link #TIME_SPAN}
 */
public record MlpShape(int inputWidth, int outputs, int width, int blocks, int timeColumn,
                       double timeLow, double timeHigh) {
    /** E: sinusoidal time features (TabDDPM's {@code dim_t}). */
    public static final int TIME_FEATURES = 128;
    /**
     * The time position runs over [0, 1000] on [T0, T], as TabDDPM's integer timestep does over
     * its 1000 steps, so that the embedding's frequencies (periods 2π to 2π·10⁴) resolve it alike.
     */
    public static final double TIME_SPAN = 1000;

    public MlpShape {
        Checks.positive("inputWidth", inputWidth);
        Checks.positive("outputs", outputs);
        Checks.positive("width", width);
        Checks.nonNegative("blocks", blocks);
        Checks.require(timeColumn >= 0 && timeColumn < inputWidth,
                "timeColumn must be a column of z (0.." + (inputWidth - 1) + "): " + timeColumn);
        Checks.require(Double.isFinite(timeLow) && Double.isFinite(timeHigh) && timeLow != timeHigh,
                "the time encoding must be finite and differ at T0 and T: " + timeLow + ", "
                        + timeHigh);
        Checks.require(parameterLong() <= Integer.MAX_VALUE - 8,
                "the network has more parameters than one array holds: " + parameterLong());
    }

    /** The time position p = 1000 (c − c(T0)) / (c(T) − c(T0)) of a time encoding c. */
    public double position(double encodedTime) {
        return TIME_SPAN * (encodedTime - timeLow) / (timeHigh - timeLow);
    }

    /** The number of parameters. */
    public int parameterCount() {
        return (int) parameterLong();
    }

    private long parameterLong() {
        long h = width;
        return TIME_FEATURES * h + h + h * h + h + (long) inputWidth * h + h
                + blocks * 2L * (h * h + h) + h * outputs + outputs;
    }

    /** The offset in θ of W_t1; b_t1, W_t2, b_t2 follow. */
    int timeOffset() {
        return 0;
    }

    /** The offset in θ of W_in; b_in follows. */
    int inputOffset() {
        return TIME_FEATURES * width + width + width * width + width;
    }

    /** The offset in θ of block l's W_l1 (l = 0..B−1); b_l1, W_l2, b_l2 follow. */
    int blockOffset(int l) {
        return inputOffset() + inputWidth * width + width + l * 2 * (width * width + width);
    }

    /** The offset in θ of W_out; b_out follows. */
    int outputOffset() {
        return blockOffset(blocks);
    }
}
