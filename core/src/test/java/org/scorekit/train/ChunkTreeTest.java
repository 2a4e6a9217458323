package org.scorekit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

class ChunkTreeTest {

    /**
     * Partial trees over random contiguous ranges, merged in a random order and grouping, give
     * the in-place sum's bits. The values span many magnitudes, so a different association
     * would change the last bits (checked: the plain left fold differs for most n).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 33, 100})
    void mergedRangesGiveTheInPlaceBits(int n) {
        Random random = new Random(n);
        double[][] leaves = new double[n][7];
        double[] losses = new double[n];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < 7; i++) {
                leaves[c][i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
            }
            losses[c] = random.nextDouble() * Math.pow(10, random.nextInt(12) - 6);
        }
        double[][] inPlace = copy(leaves);
        ChunkTree.sumInPlace(inPlace, n, 0, 7);
        double inPlaceLoss = ChunkTree.sumInPlace(losses.clone(), n);
        for (int trial = 0; trial < 20; trial++) {
            List<ChunkTree> parts = new ArrayList<>();
            int from = 0;
            while (from < n) {
                int to = Math.min(n, from + 1 + random.nextInt(Math.max(1, n / 3)));
                ChunkTree part = new ChunkTree(n);
                for (int c = from; c < to; c++) {
                    part.add(c, leaves[c].clone(), losses[c]);
                }
                parts.add(part);
                from = to;
            }
            Collections.shuffle(parts, random);
            while (parts.size() > 1) {
                ChunkTree a = parts.remove(random.nextInt(parts.size()));
                ChunkTree b = parts.remove(random.nextInt(parts.size()));
                parts.add(a.merge(b));
            }
            ChunkTree whole = parts.get(0);
            assertTrue(whole.complete());
            assertArrayEquals(inPlace[0], whole.values(), 0.0);
            assertEquals(inPlaceLoss, whole.loss(), 0.0);
        }
    }

    @Test
    void incompleteAndDuplicatedChunksAreRefused() {
        ChunkTree tree = new ChunkTree(3).add(0, new double[] {1}, 1);
        assertFalse(tree.complete());
        assertThrows(IllegalArgumentException.class, tree::values);
        assertThrows(IllegalArgumentException.class, () -> tree.add(0, new double[] {1}, 1));
        assertThrows(IllegalArgumentException.class, () -> tree.add(3, new double[] {1}, 1));
    }

    /**
     * The distributed step's arithmetic on one machine: kernels over row ranges cut on chunk
     * boundaries, their chunk sums merged, equal the whole kernel bit for bit in both precisions.
     */
    @ParameterizedTest
    @ValueSource(strings = {"float64", "float32"})
    void kernelsOverRowRangesGiveTheWholeKernelsBits(String precision) {
        int rows = FusedGradient.chunkRows();
        int n = 5 * rows + 300;
        int dim = 4;
        int width = 96;
        Rng rng = Rng.of(11);
        Matrix z = rng.fork("z").gaussian(n, dim);
        Matrix y = rng.fork("y").gaussian(n, 2);
        TwoLayerRelu net = TwoLayerRelu.initialize(width, dim, 2, true, rng.fork("init"));
        Precision p = Precision.of(precision);
        double[] expected = new double[width * dim];
        double loss = new FusedGradient(z, y, width, p).compute(net, expected);
        int chunks = 6;
        int[] cuts = {0, 2, 3, 6};
        ChunkTree sums = new ChunkTree(chunks);
        for (int k = cuts.length - 2; k >= 0; k--) {
            int from = cuts[k] * rows;
            int to = Math.min(n, cuts[k + 1] * rows);
            FusedGradient part = new FusedGradient(z.rowRange(from, to), y.rowRange(from, to),
                    width, p);
            sums.merge(part.chunkSums(net, cuts[k], chunks));
        }
        double[] actual = new double[width * dim];
        assertEquals(loss, FusedGradient.gradient(sums, width, dim, actual), 0.0);
        assertArrayEquals(expected, actual, 0.0);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
