package org.scorekit.threads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.SymmetricEigen;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/**
 * Writes one 64-bit hash of every bit of the parallel kernels' results on fixed inputs: the
 * eigendecomposition on its blocked path and the fused GD gradient, in double and in single
 * precision, over several chunks.
 * {@link ThreadCountIndependenceTest} runs it under different {@code scorekit.threads}.
 */
public final class ThreadCountProbe {
    private ThreadCountProbe() {
    }

    /** Writes the hash to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Rng rng = Rng.of(83);
        int n = 1400; // 14 panels past the LAPACK tail; up to 4 rectangle chunks, 3 row slices a column
        Matrix g = rng.fork("matrix").gaussian(n, n);
        Matrix a = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, g.get(i, j) + g.get(j, i));
            }
        }
        SymmetricEigen e = Backends.current().eigh(a);
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
        long hash = mix(mix(17, loss), loss32);
        for (double[] values : new double[][] {e.values(), e.vectors().data(), gradient, single}) {
            for (double v : values) {
                hash = mix(hash, v);
            }
        }
        Files.writeString(Path.of(args[0]), Backends.current().name() + " " + Long.toHexString(hash));
    }

    private static long mix(long hash, double v) {
        return hash * 1_000_003L ^ Double.doubleToRawLongBits(v);
    }
}
