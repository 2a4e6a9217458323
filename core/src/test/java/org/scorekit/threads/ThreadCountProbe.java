package org.scorekit.threads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.openblas.global.openblas_full;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.random.Rng;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/**
 * Writes one 64-bit hash of every bit of the fused GD gradient on fixed inputs, in double and in
 * single precision, over several chunks (and in double at whole-width blocks), and of the
 * matrix-free K^∞ V over several row tiles. {@link ThreadCountIndependenceTest} runs it under
 * different {@code scorekit.threads}. Then a second line on the eigendecomposition, one LAPACK
 * call on OpenBLAS's own threads (bit-identical for the same thread count only): whether two
 * calls gave the same bits, and OpenBLAS's thread count afterwards (GEMM expects 1).
 */
public final class ThreadCountProbe {
    private ThreadCountProbe() {
    }

    /** Writes the hash to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Rng rng = Rng.of(83);
        int rows = 3 * FusedGradient.BLOCK_ROWS * FusedGradient.BLOCKS_PER_CHUNK + 101;
        Matrix z = rng.fork("z").gaussian(rows, 9);
        Matrix y = rng.fork("y").gaussian(rows, 8);
        // A width of two hidden-unit tiles, the second partial.
        int width = FusedGradient.HIDDEN_TILE + 44;
        TwoLayerRelu net = TwoLayerRelu.initialize(width, 9, 8, false, rng.fork("init"));
        double[] gradient = new double[width * 9];
        double loss = new FusedGradient(z, y, width).compute(net, gradient);
        double[] single = new double[width * 9];
        double loss32 = new FusedGradient(z, y, width, Precision.FLOAT32).compute(net, single);
        // Inputs and outputs wide enough for whole-width blocks (FusedBlocks.tileWidth).
        int wide = FusedGradient.TILED_DIMENSION_LIMIT + 1;
        Matrix zWide = rng.fork("z wide").gaussian(rows, wide);
        Matrix yWide = rng.fork("y wide").gaussian(rows, wide);
        TwoLayerRelu netWide = TwoLayerRelu.initialize(width, wide, wide, false,
                rng.fork("init wide"));
        double[] gradientWide = new double[width * wide];
        double lossWide = new FusedGradient(zWide, yWide, width).compute(netWide, gradientWide);
        long hash = mix(mix(mix(17, loss), loss32), lossWide);
        Matrix inputs = rng.fork("ntk").gaussian(3 * ReluNtk.TILE_ROWS + 45, 7);
        double[] product = ReluNtk.multiply(inputs, rng.fork("block").gaussian(inputs.rows(), 9))
                .data();
        for (double[] values : new double[][] {gradient, single, gradientWide, product}) {
            for (double v : values) {
                hash = mix(hash, v);
            }
        }
        Matrix symmetric = rng.fork("matrix").gaussian(300, 300); // only its lower triangle is read
        boolean repeatable = hash(Backends.current().eigh(symmetric))
                == hash(Backends.current().eigh(symmetric));
        Files.writeString(Path.of(args[0]), Backends.current().name() + " " + Long.toHexString(hash)
                + "\neigh repeatable " + repeatable + ", OpenBLAS threads after "
                + openblas_full.openblas_get_num_threads());
    }

    private static long hash(SymmetricEigen e) {
        long hash = 17;
        for (double[] values : new double[][] {e.values(), e.vectors().data()}) {
            for (double v : values) {
                hash = mix(hash, v);
            }
        }
        return hash;
    }

    private static long mix(long hash, double v) {
        return hash * 1_000_003L ^ Double.doubleToRawLongBits(v);
    }
}
