package org.scorekit.model;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * Builds network inputs z = (x̃, c(t)) ∈ R^D, D = d + 1, optionally followed by a constant
 * coordinate b0 (decision P2; then D = d + 2). x̃ is x after the {@link InputScaling} (x itself
 * with {@link InputScaling#NONE}). {@code constant} is NaN when that coordinate is off.
 */
public record InputMap(int dataDimension, TimeEncoding encoding, double constant,
                       InputScaling scaling) {
    public InputMap {
        Checks.positive("data dimension", dataDimension);
        Checks.require(encoding != null, "time encoding must be given");
        Checks.require(Double.isNaN(constant) || Double.isFinite(constant),
                "constant input must be finite or off: " + constant);
        Checks.require(scaling != null, "input scaling must be given");
        Checks.require(!scaling.active() || scaling.center().length == dataDimension,
                "input scaling center must have " + dataDimension + " entries: "
                        + scaling.center().length);
    }

    /** x unscaled, with a constant coordinate b0 (NaN: off). */
    public InputMap(int dataDimension, TimeEncoding encoding, double constant) {
        this(dataDimension, encoding, constant, InputScaling.NONE);
    }

    /** z = (x, c(t)) without a constant coordinate or scaling. */
    public static InputMap of(int dataDimension, TimeEncoding encoding) {
        return new InputMap(dataDimension, encoding, Double.NaN);
    }

    /** Whether the constant coordinate is present. */
    public boolean hasConstant() {
        return !Double.isNaN(constant);
    }

    /** The input width D. */
    public int width() {
        return dataDimension + 1 + (hasConstant() ? 1 : 0);
    }

    /** Writes z for the row {@code x[xOffset .. xOffset + d)} at time t into z[zOffset ..]. */
    public void fill(double[] x, int xOffset, double t, double[] z, int zOffset) {
        scaling.apply(x, xOffset, dataDimension, t, z, zOffset);
        z[zOffset + dataDimension] = encoding.encode(t);
        if (hasConstant()) {
            z[zOffset + dataDimension + 1] = constant;
        }
    }

    /** The n × D input matrix for x (n × d) and one time per row. */
    public Matrix inputs(Matrix x, double[] t) {
        x.requireCols("x", dataDimension);
        Checks.sameSize("number of times", x.rows(), t.length);
        int width = width();
        Matrix z = Matrix.zeros(x.rows(), width);
        for (int i = 0; i < x.rows(); i++) {
            fill(x.data(), i * dataDimension, t[i], z.data(), i * width);
        }
        return z;
    }
}
