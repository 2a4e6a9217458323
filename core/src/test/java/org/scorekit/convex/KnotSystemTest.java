package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorekit.linalg.Cholesky;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The knot-coordinate restricted solve against the normal equations of the explicit columns. */
class KnotSystemTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void agreesWithTheExplicitNormalEquations(int seed) {
        Rng rng = Rng.of(seed);
        int n = 9;
        double[] t = IntStream.range(0, n).mapToDouble(i -> rng.nextGaussian()).sorted().toArray();
        Activation activation = seed % 3 == 0 ? Activation.ABSOLUTE_VALUE : Activation.RELU;
        boolean skip = seed % 2 == 0;
        KinkDictionary dictionary = new KinkDictionary(t, activation, 2.0);
        ActiveSet set = new ActiveSet(dictionary, skip);
        for (int j = 0; j < dictionary.columns(); j++) {
            if (rng.nextDouble() < 0.45) {
                set.add(j, 1.0);
            }
        }
        int free = set.freeCount();
        int m = free + set.activeCount();
        double[][] columns = new double[m][];
        columns[0] = new double[n];
        Arrays.fill(columns[0], 1.0);
        if (skip) {
            columns[1] = t.clone();
        }
        int[] active = new int[set.activeCount()];
        for (int a = 0; a < active.length; a++) {
            active[a] = set.column(a);
            columns[free + a] = dictionary.column(active[a]);
        }
        double[] b = new double[m];
        for (int p = 0; p < m; p++) {
            b[p] = rng.nextGaussian() * n;
        }
        double[][] gram = new double[m][m];
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) {
                for (int i = 0; i < n; i++) {
                    gram[p][q] += columns[p][i] * columns[q][i];
                }
            }
        }
        double[] minusB = Arrays.stream(b).map(v -> -v).toArray();
        double[] expected = Cholesky.decompose(Matrix.of(gram)).orElseThrow().solve(minusB);
        double[] actual = new KnotSystem(dictionary, free, active).solve(b);
        double scale = Arrays.stream(expected).map(Math::abs).max().orElse(1.0);
        for (int p = 0; p < m; p++) {
            assertEquals(expected[p], actual[p], 1e-8 * scale,
                    "variable " + p + " of " + m + " (" + activation + ", skip " + skip + ")");
        }
    }
}
