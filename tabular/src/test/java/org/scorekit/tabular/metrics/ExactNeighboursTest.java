package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** The screened search equals the explicit double loop exactly, ties and near-ties included. */
class ExactNeighboursTest {
    @Test
    void equalsTheExplicitLoopAcrossTileEdges() {
        Rng rng = Rng.of(51);
        Matrix reference = rng.fork("reference").gaussian(ExactNeighbours.REFERENCE_ROWS + 77, 6);
        Matrix queries = rng.fork("queries").gaussian(ExactNeighbours.QUERY_ROWS + 9, 6);
        // Query 3 equals reference rows 5 and 2100 (a tie at 0, the lower index wins); query 4
        // sits between rows 7 and 2090 with distances that differ in the last bits only, far
        // below the float32 screen's resolution.
        System.arraycopy(reference.data(), 5 * 6, queries.data(), 3 * 6, 6);
        System.arraycopy(reference.data(), 5 * 6, reference.data(), 2100 * 6, 6);
        for (int c = 0; c < 6; c++) {
            double mid = 0.5 * (reference.get(7, c) + reference.get(2090, c));
            queries.data()[4 * 6 + c] = mid;
        }
        reference.data()[2090 * 6] = Math.nextUp(reference.data()[2090 * 6]);
        ExactNeighbours.Nearest fast = ExactNeighbours.of(queries, reference);
        for (int i = 0; i < queries.rows(); i++) {
            int best = 0;
            for (int j = 1; j < reference.rows(); j++) {
                if (ExactNeighbours.squaredDistance(queries, i, reference, j)
                        < ExactNeighbours.squaredDistance(queries, i, reference, best)) {
                    best = j;
                }
            }
            assertEquals(best, fast.index()[i], "row " + i);
            assertEquals(ExactNeighbours.squaredDistance(queries, i, reference, best),
                    fast.squaredDistance()[i], 0.0, "row " + i);
        }
        assertEquals(5, fast.index()[3]);
    }

    @Test
    void valuesBeyondFloatRangeAreCheckedExactly() {
        Matrix reference = Rng.of(53).gaussian(300, 3);
        Matrix queries = Rng.of(54).gaussian(20, 3);
        for (int j = 0; j < reference.rows(); j++) {
            reference.data()[j * 3] = 1e100 * (1 + j);
        }
        ExactNeighbours.Nearest fast = ExactNeighbours.of(queries, reference);
        for (int i = 0; i < queries.rows(); i++) {
            assertEquals(0, fast.index()[i], "row " + i);
            assertEquals(ExactNeighbours.squaredDistance(queries, i, reference, 0),
                    fast.squaredDistance()[i], 0.0, "row " + i);
        }
    }

    @Test
    void withinSetSkipsTheRowItselfButNotItsDuplicate() {
        Matrix x = Rng.of(52).gaussian(ExactNeighbours.QUERY_ROWS * 2 + 3, 4);
        System.arraycopy(x.data(), 10 * 4, x.data(), 200 * 4, 4);
        ExactNeighbours.Nearest within = ExactNeighbours.withinSet(x);
        assertEquals(200, within.index()[10]);
        assertEquals(10, within.index()[200]);
        assertEquals(0.0, within.squaredDistance()[10]);
        for (int i = 0; i < x.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < x.rows(); j++) {
                best = j == i ? best : Math.min(best, ExactNeighbours.squaredDistance(x, i, x, j));
            }
            assertEquals(best, within.squaredDistance()[i], 0.0, "row " + i);
        }
    }
}
