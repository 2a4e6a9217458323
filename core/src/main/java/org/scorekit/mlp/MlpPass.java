package org.scorekit.mlp;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Transpose;
import org.scorekit.train.Precision;

/**
 * The forward and backward pass of a {@link ResidualMlp} on up to {@code capacity} rows, with
 * the activations it keeps between the two. With σ the logistic function and SiLU(u) = u σ(u),
 * the forward pass is
 *
 * <pre>
 *   s     = (cos(p ω_k), sin(p ω_k))_k,  ω_k = 10^(−4k/(E/2)),  p the time position of z
 *   H_0   = z W_in + b_in + SiLU(s W_t1 + b_t1) W_t2 + b_t2
 *   H_l   = H_{l−1} + SiLU(H_{l−1} W_l1 + b_l1) W_l2 + b_l2,     l = 1..B
 *   f(z)  = SiLU(H_B) W_out + b_out
 * </pre>
 *
 * and the backward pass is its chain rule, derived by hand (SiLU'(u) = σ(u)(1 + u(1 − σ(u)))),
 * accumulating ∂L/∂θ for a given ∂L/∂f. Not thread-safe: one pass per thread.
 */
final class MlpPass {
    private static final double[] FREQUENCIES = frequencies();

    private final MlpShape shape;
    private final MlpProducts products;
    private final int capacity;
    private final double[] features;
    private final double[] timeHidden;
    private final double[] timeActive;
    private final double[][] stream;
    private final double[][] inner;
    private final double[][] innerActive;
    private final double[] top;
    private final double[] output;
    private final double[] streamGradient;
    private final double[] innerGradient;
    private double[] input;
    private int inputOffset;
    private int rows;

    MlpPass(MlpShape shape, Precision precision, int capacity) {
        Checks.positive("capacity", capacity);
        this.shape = shape;
        this.products = new MlpProducts(precision);
        this.capacity = capacity;
        int h = shape.width();
        int n = capacity;
        features = new double[n * MlpShape.TIME_FEATURES];
        timeHidden = new double[n * h];
        timeActive = new double[n * h];
        stream = new double[shape.blocks() + 1][n * h];
        inner = new double[shape.blocks()][n * h];
        innerActive = new double[shape.blocks()][n * h];
        top = new double[n * h];
        output = new double[n * shape.outputs()];
        streamGradient = new double[n * h];
        innerGradient = new double[n * h];
    }

    /** f(z) for the rows [first, first + count) of z (n × D, row-major) into {@link #output}. */
    void forward(double[] theta, double[] z, int first, int count) {
        Checks.require(count > 0 && count <= capacity,
                "rows must be in 1.." + capacity + ": " + count);
        int h = shape.width();
        int e = MlpShape.TIME_FEATURES;
        int width = shape.inputWidth();
        rows = count;
        input = z;
        inputOffset = first * width;
        for (int i = 0; i < count; i++) {
            double p = shape.position(z[inputOffset + i * width + shape.timeColumn()]);
            for (int k = 0; k < e / 2; k++) {
                features[i * e + k] = Math.cos(p * FREQUENCIES[k]);
                features[i * e + e / 2 + k] = Math.sin(p * FREQUENCIES[k]);
            }
        }
        int t1 = shape.timeOffset();
        int t2 = t1 + e * h + h;
        linear(features, e, theta, t1, timeHidden, h, false);
        silu(timeHidden, timeActive, count * h);
        linear(timeActive, h, theta, t2, stream[0], h, false);
        products.multiply(Transpose.NO, Transpose.NO, count, h, width, z, inputOffset, theta,
                shape.inputOffset(), stream[0], 0, true);
        addBias(stream[0], h, theta, shape.inputOffset() + width * h);
        for (int l = 0; l < shape.blocks(); l++) {
            int w1 = shape.blockOffset(l);
            linear(stream[l], h, theta, w1, inner[l], h, false);
            silu(inner[l], innerActive[l], count * h);
            System.arraycopy(stream[l], 0, stream[l + 1], 0, count * h);
            linear(innerActive[l], h, theta, w1 + h * h + h, stream[l + 1], h, true);
        }
        silu(stream[shape.blocks()], top, count * h);
        linear(top, h, theta, shape.outputOffset(), output, shape.outputs(), false);
    }

    /** f at the rows of the last {@link #forward}: count × d, row-major (a view, not a copy). */
    double[] output() {
        return output;
    }

    /**
     * Adds ∂L/∂θ to {@code gradient} for ∂L/∂f = {@code outputGradient} (count × d) at the rows
     * of the last {@link #forward} with the same θ.
     */
    void backwardInPlace(double[] theta, double[] outputGradient, double[] gradient) {
        int h = shape.width();
        int e = MlpShape.TIME_FEATURES;
        int d = shape.outputs();
        int n = rows;
        int out = shape.outputOffset();
        weightGradient(top, h, outputGradient, d, gradient, out);
        products.multiply(Transpose.NO, Transpose.YES, n, h, d, outputGradient, 0, theta, out,
                streamGradient, 0, false);
        siluDerivativeInPlace(stream[shape.blocks()], streamGradient, n * h);
        for (int l = shape.blocks() - 1; l >= 0; l--) {
            int w1 = shape.blockOffset(l);
            int w2 = w1 + h * h + h;
            weightGradient(innerActive[l], h, streamGradient, h, gradient, w2);
            products.multiply(Transpose.NO, Transpose.YES, n, h, h, streamGradient, 0, theta, w2,
                    innerGradient, 0, false);
            siluDerivativeInPlace(inner[l], innerGradient, n * h);
            weightGradient(stream[l], h, innerGradient, h, gradient, w1);
            products.multiply(Transpose.NO, Transpose.YES, n, h, h, innerGradient, 0, theta, w1,
                    streamGradient, 0, true);
        }
        int in = shape.inputOffset();
        int width = shape.inputWidth();
        products.multiply(Transpose.YES, Transpose.NO, width, h, n, input, inputOffset,
                streamGradient, 0, gradient, in, true);
        columnSumsInPlace(streamGradient, h, gradient, in + width * h);
        int t1 = shape.timeOffset();
        int t2 = t1 + e * h + h;
        weightGradient(timeActive, h, streamGradient, h, gradient, t2);
        products.multiply(Transpose.NO, Transpose.YES, n, h, h, streamGradient, 0, theta, t2,
                innerGradient, 0, false);
        siluDerivativeInPlace(timeHidden, innerGradient, n * h);
        weightGradient(features, e, innerGradient, h, gradient, t1);
    }

    /** Y (=|+=) X W + b for the current rows, W (in × out) and then b at {@code offset} of θ. */
    private void linear(double[] x, int in, double[] theta, int offset, double[] y, int out,
                        boolean accumulate) {
        products.multiply(Transpose.NO, Transpose.NO, rows, out, in, x, 0, theta, offset, y, 0,
                accumulate);
        addBias(y, out, theta, offset + in * out);
    }

    /** ∂L/∂W += Xᵀ G and ∂L/∂b += the column sums of G, for the layer Y = X W + b at offset. */
    private void weightGradient(double[] x, int in, double[] g, int out, double[] gradient,
                                int offset) {
        products.multiply(Transpose.YES, Transpose.NO, in, out, rows, x, 0, g, 0, gradient,
                offset, true);
        columnSumsInPlace(g, out, gradient, offset + in * out);
    }

    private void addBias(double[] y, int out, double[] theta, int offset) {
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < out; k++) {
                y[i * out + k] += theta[offset + k];
            }
        }
    }

    private void columnSumsInPlace(double[] g, int out, double[] gradient, int offset) {
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < out; k++) {
                gradient[offset + k] += g[i * out + k];
            }
        }
    }

    private static void silu(double[] u, double[] out, int count) {
        for (int i = 0; i < count; i++) {
            out[i] = u[i] / (1 + Math.exp(-u[i]));
        }
    }

    /** g ← g · SiLU'(u), entry by entry. */
    private static void siluDerivativeInPlace(double[] u, double[] g, int count) {
        for (int i = 0; i < count; i++) {
            double sigma = 1 / (1 + Math.exp(-u[i]));
            g[i] *= sigma * (1 + u[i] * (1 - sigma));
        }
    }

    /** ω_k = 10000^(−k/(E/2)), k = 0..E/2−1 (TabDDPM's {@code timestep_embedding}). */
    private static double[] frequencies() {
        int half = MlpShape.TIME_FEATURES / 2;
        double[] w = new double[half];
        for (int k = 0; k < half; k++) {
            w[k] = Math.exp(-Math.log(10000.0) * k / half);
        }
        return w;
    }
}
