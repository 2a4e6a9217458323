package org.scorekit.mlp;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.random.Rng;
import org.scorekit.train.Precision;

/**
 * A TabDDPM-style residual MLP f_θ(z) on the network inputs z = (x̃, c(t), b0) (n × D → n × d):
 * a sinusoidal embedding of the time position through two SiLU layers, added to a linear map of
 * z, then B pre-activation residual blocks of width h and a linear output ({@link MlpPass} has the
 * formulas, {@link MlpShape} the layout of θ). The output layer starts at zero, so f_θ(0) ≡ 0 as
 * the antisymmetric two-layer network: step 0 is the base alone, and the untrained ceiling is the
 * same for every estimator. Every other layer starts as PyTorch's {@code nn.Linear}: weights and
 * biases uniform on ±1/√(fan-in). Immutable; products in the {@link Precision} it was trained in.
 */
public final class ResidualMlp {
    /** Rows per chunk of a forward pass; a fixed chunking keeps results thread-count free. */
    static final int CHUNK_ROWS = 256;

    private final MlpShape shape;
    private final double[] parameters;
    private final Precision precision;
    private final ThreadLocal<MlpPass> passes;

    private ResidualMlp(MlpShape shape, double[] parameters, Precision precision) {
        this.shape = shape;
        this.parameters = parameters;
        this.precision = precision;
        this.passes = ThreadLocal.withInitial(() -> new MlpPass(shape, precision, CHUNK_ROWS));
    }

    /** A fresh network: PyTorch's default start for every layer but the output, which is 0. */
    public static ResidualMlp initialize(MlpShape shape, Precision precision, Rng rng) {
        double[] theta = new double[shape.parameterCount()];
        int h = shape.width();
        int e = MlpShape.TIME_FEATURES;
        Rng draws = rng.fork("weights");
        uniform(theta, shape.timeOffset(), e, h, draws);
        uniform(theta, shape.timeOffset() + e * h + h, h, h, draws);
        uniform(theta, shape.inputOffset(), shape.inputWidth(), h, draws);
        for (int l = 0; l < shape.blocks(); l++) {
            uniform(theta, shape.blockOffset(l), h, h, draws);
            uniform(theta, shape.blockOffset(l) + h * h + h, h, h, draws);
        }
        return new ResidualMlp(shape, theta, precision);
    }

    /** A network with the given parameters θ (copied), laid out as {@link MlpShape} states. */
    public static ResidualMlp of(MlpShape shape, double[] parameters, Precision precision) {
        Checks.sameSize("parameters", shape.parameterCount(), parameters.length);
        Checks.allFinite("parameters", parameters);
        Checks.require(precision != null, "precision must be given");
        return new ResidualMlp(shape, parameters.clone(), precision);
    }

    /** W (in × out) and b uniform on ±1/√in, W at {@code offset} and b right after it. */
    private static void uniform(double[] theta, int offset, int in, int out, Rng rng) {
        double bound = 1 / Math.sqrt(in);
        for (int i = 0; i < in * out + out; i++) {
            theta[offset + i] = rng.uniform(-bound, bound);
        }
    }

    /** The shape. */
    public MlpShape shape() {
        return shape;
    }

    /** The precision of the products. */
    public Precision precision() {
        return precision;
    }

    /** θ (a copy). */
    public double[] parameters() {
        return parameters.clone();
    }

    /** f_θ at each row of z (n × D); returns n × d. */
    public Matrix forward(Matrix z) {
        z.requireCols("network inputs", shape.inputWidth());
        int n = z.rows();
        int d = shape.outputs();
        Matrix out = Matrix.zeros(n, d);
        Parallel.forEachChunk(Parallel.chunkCount(n, CHUNK_ROWS), c -> {
            int first = c * CHUNK_ROWS;
            int count = Math.min(CHUNK_ROWS, n - first);
            MlpPass pass = passes.get();
            pass.forward(parameters, z.data(), first, count);
            System.arraycopy(pass.output(), 0, out.data(), first * d, count * d);
        });
        return out;
    }
}
