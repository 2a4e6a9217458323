package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class NearestNeighboursTest {

    /** The k smallest ‖x_i − y_j‖ by an explicit loop over all pairs (j ≠ i when skipSelf). */
    private static double[][] naive(Matrix x, Matrix y, int k, boolean skipSelf) {
        double[][] out = new double[x.rows()][];
        for (int i = 0; i < x.rows(); i++) {
            double[] all = new double[y.rows()];
            for (int j = 0; j < y.rows(); j++) {
                double s = 0;
                for (int c = 0; c < x.cols(); c++) {
                    double diff = x.get(i, c) - y.get(j, c);
                    s += diff * diff;
                }
                all[j] = skipSelf && i == j ? Double.POSITIVE_INFINITY : Math.sqrt(s);
            }
            Arrays.sort(all);
            out[i] = Arrays.copyOf(all, k);
        }
        return out;
    }

    private static void assertClose(double[][] expected, Matrix actual) {
        assertEquals(expected.length, actual.rows());
        for (int i = 0; i < expected.length; i++) {
            for (int s = 0; s < expected[i].length; s++) {
                // Cancellation in ‖x‖² + ‖y‖² − 2x·y: absolute error ~ ε·(‖x‖² + ‖y‖²) ≲ 1e-13
                // in squared distance for these unit-scale points, i.e. ≲ 1e-12 in distance here.
                assertEquals(expected[i][s], actual.get(i, s), 1e-9,
                        "row " + i + ", neighbour " + s);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"300, 2500, 7, 1", "300, 2500, 7, 4", "129, 1025, 3, 2", "5, 40, 100, 1"})
    void matchesTheExplicitLoopAcrossBlockAndTileEdges(int n, int m, int p, int k) {
        Rng rng = Rng.of(31);
        Matrix x = rng.fork("x").gaussian(n, p);
        Matrix y = rng.fork("y").gaussian(m, p);
        assertClose(naive(x, y, k, false), NearestNeighbours.distances(x, y, k));
    }

    @ParameterizedTest
    @CsvSource({"1300, 6, 1", "1300, 6, 3", "200, 50, 2"})
    void withinSetExcludesOnlyTheRowItself(int n, int p, int k) {
        Rng rng = Rng.of(32);
        Matrix x = rng.fork("x").gaussian(n, p);
        // A duplicated row is its copy's neighbour at distance zero.
        System.arraycopy(x.data(), 0, x.data(), (n - 1) * p, p);
        Matrix d = NearestNeighbours.distancesWithinSet(x, k);
        assertClose(naive(x, x, k, true), d);
        assertEquals(0.0, d.get(0, 0));
        assertEquals(0.0, d.get(n - 1, 0));
    }

    @ParameterizedTest
    @CsvSource({"300, 2500, 7", "129, 1025, 3"})
    void nearestIndicesAttainTheNearestDistance(int n, int m, int p) {
        Rng rng = Rng.of(33);
        Matrix x = rng.fork("x").gaussian(n, p);
        Matrix y = rng.fork("y").gaussian(m, p);
        int[] index = NearestNeighbours.nearest(x, y);
        int[] within = NearestNeighbours.nearestWithinSet(y);
        double[][] d = naive(x, y, 1, false);
        double[][] dWithin = naive(y, y, 1, true);
        for (int i = 0; i < n; i++) {
            assertEquals(d[i][0], distance(x, i, y, index[i]), 1e-9, "query " + i);
        }
        for (int j = 0; j < m; j++) {
            assertTrue(within[j] != j, "a row is not its own neighbour");
            assertEquals(dWithin[j][0], distance(y, j, y, within[j]), 1e-9, "row " + j);
        }
    }

    @Test
    void nearestIndexPrefersTheLowerIndexOnExactTies() {
        Matrix y = Matrix.of(new double[][] {{1, 0}, {0, 1}, {-1, 0}, {1, 0}});
        assertArrayEquals(new int[] {0, 0}, NearestNeighbours.nearest(
                Matrix.of(new double[][] {{0, 0}, {2, 0}}), y));
        assertArrayEquals(new int[] {3, 0, 1, 0}, NearestNeighbours.nearestWithinSet(y));
        assertThrows(IllegalArgumentException.class,
                () -> NearestNeighbours.nearestWithinSet(Matrix.zeros(1, 2)));
    }

    private static double distance(Matrix x, int i, Matrix y, int j) {
        double s = 0;
        for (int c = 0; c < x.cols(); c++) {
            double diff = x.get(i, c) - y.get(j, c);
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    @Test
    void aQueryInTheReferenceIsAtDistanceZero() {
        Matrix y = Matrix.of(new double[][] {{0, 0}, {3, 4}, {10, 0}});
        Matrix q = Matrix.of(new double[][] {{3, 4}, {0, 1}});
        Matrix d = NearestNeighbours.distances(q, y, 2);
        assertEquals(0.0, d.get(0, 0));
        assertEquals(5.0, d.get(0, 1), 1e-12);
        assertEquals(1.0, d.get(1, 0), 1e-12);
        assertEquals(Math.sqrt(18), d.get(1, 1), 1e-12);
    }

    @Test
    void rejectsBadArguments() {
        Matrix x = Matrix.zeros(4, 2);
        assertThrows(IllegalArgumentException.class,
                () -> NearestNeighbours.distances(x, Matrix.zeros(4, 3), 1));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbours.distances(x, x, 5));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbours.distances(x, x, 0));
        assertThrows(IllegalArgumentException.class,
                () -> NearestNeighbours.distancesWithinSet(x, 4));
    }

    @Test
    void noQueriesGiveAnEmptyResult() {
        Matrix d = NearestNeighbours.distances(Matrix.zeros(0, 3), Matrix.zeros(2, 3), 2);
        assertEquals(0, d.rows());
        assertEquals(2, d.cols());
    }
}
