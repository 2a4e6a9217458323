package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Schema;
import org.scorekit.tabular.Table;

/** DCR: a hand-computed case, copies of either half, and the blocked search against a loop. */
class DcrTest {
    static final Schema SCHEMA = new Schema(new LinkedHashMap<>(Map.of("a", ColumnType.NUMERICAL,
            "g", ColumnType.CATEGORICAL)), List.of());

    static Table table(double[] a, String... g) {
        List<String> levels = java.util.Arrays.stream(g).sorted().distinct().toList();
        int[] codes = java.util.Arrays.stream(g).mapToInt(levels::indexOf).toArray();
        return Table.of(SCHEMA, List.of(Column.numerical("a", a),
                Column.categorical("g", ColumnType.CATEGORICAL, codes, levels)));
    }

    @Test
    void handComputedCase() {
        // Train range of a is 10. Synthetic (1, p): train (0, p) at 0.1, holdout (10, p) at 0.9.
        // Synthetic (10, p): train (0, p) at 1, holdout (10, p) at 0: closer to the holdout.
        Table train = table(new double[] {0, 10}, "p", "q");
        Table holdout = table(new double[] {4, 10}, "q", "p");
        Table synthetic = table(new double[] {1, 10}, "p", "p");
        Dcr.Result r = Dcr.compute(train, holdout, synthetic);
        assertEquals(0.5, r.score());
        assertArrayEquals(new double[] {0.1, 1.0}, r.toTrain(), 1e-15);
        assertArrayEquals(new double[] {0.9, 0.0}, r.toHoldout(), 1e-15);
        // No synthetic or holdout row equals a train row: (10, p) differs from the train row
        // (10, q) in its category.
        assertEquals(0.0, r.exactCopies());
        assertEquals(0.0, r.holdoutCopies());
        // Synthetic (0, p) and (10, q) copy train rows, (1, p) and (10, p) do not; holdout
        // (0, p) copies one, (4, q) does not.
        Dcr.Result copies = Dcr.compute(train, table(new double[] {0, 4}, "p", "q"),
                table(new double[] {0, 1, 10, 10}, "p", "p", "q", "p"));
        assertEquals(0.5, copies.exactCopies());
        assertEquals(0.5, copies.holdoutCopies());
    }

    @Test
    void aCategoryMismatchCostsTwoAndTiesCountForTheHoldout() {
        Table train = table(new double[] {0, 1}, "p", "p");
        Table holdout = table(new double[] {0, 1}, "q", "q");
        Dcr.Result r = Dcr.compute(train, holdout, table(new double[] {0.5}, "r"));
        assertArrayEquals(new double[] {2.5}, r.toTrain(), 1e-15);
        assertEquals(0.0, r.score(), "a tie is not closer to train");
    }

    @Test
    void blockedSearchEqualsTheExplicitLoopAcrossTileEdges() {
        Rng rng = Rng.of(21);
        Table train = random(rng.fork("train"), 1500);
        Table holdout = random(rng.fork("holdout"), 1100);
        Table synthetic = random(rng.fork("synthetic"), 130);
        DcrFeatures[] f = DcrFeatures.of(train, holdout, synthetic);
        double[] blocked = Dcr.nearestL1(f[2], f[0]);
        for (int q = 0; q < synthetic.rows(); q++) {
            double best = Double.POSITIVE_INFINITY;
            for (int t = 0; t < train.rows(); t++) {
                double d = Math.abs(f[2].numbers()[0][q] - f[0].numbers()[0][t])
                        + (f[2].codes()[0][q] == f[0].codes()[0][t] ? 0 : 2);
                best = Math.min(best, d);
            }
            assertEquals(best, blocked[q], 1e-15, "row " + q);
        }
    }

    @Test
    void wideTablesGiveTheColumnOrderSumExactly() {
        // Five numerical and five categorical columns: the four-column passes and the rest.
        Rng rng = Rng.of(23);
        Table train = wide(rng.fork("train"), 1100);
        Table synthetic = wide(rng.fork("synthetic"), 70);
        DcrFeatures[] f = DcrFeatures.of(train, synthetic);
        double[] blocked = Dcr.nearestL1(f[1], f[0]);
        for (int q = 0; q < synthetic.rows(); q++) {
            double best = Double.POSITIVE_INFINITY;
            for (int t = 0; t < train.rows(); t++) {
                double d = 0;
                for (int k = 0; k < 5; k++) {
                    d += Math.abs(f[1].numbers()[k][q] - f[0].numbers()[k][t]);
                }
                for (int k = 0; k < 5; k++) {
                    d += f[1].codes()[k][q] == f[0].codes()[k][t] ? 0 : 2;
                }
                best = Math.min(best, d);
            }
            assertEquals(best, blocked[q], 0.0, "row " + q);
        }
    }

    static Table wide(Rng rng, int rows) {
        LinkedHashMap<String, ColumnType> types = new LinkedHashMap<>();
        List<Column> columns = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            types.put("x" + k, ColumnType.NUMERICAL);
            types.put("g" + k, ColumnType.CATEGORICAL);
            double[] x = new double[rows];
            int[] g = new int[rows];
            for (int i = 0; i < rows; i++) {
                x[i] = rng.nextGaussian();
                g[i] = rng.nextInt(3);
            }
            columns.add(Column.numerical("x" + k, x));
            columns.add(Column.categorical("g" + k, ColumnType.CATEGORICAL, g,
                    List.of("a", "b", "c")));
        }
        return Table.of(new Schema(types, List.of()), columns);
    }

    @Test
    void copiesOfTrainScoreOneAndCopiesOfHoldoutZero() {
        Rng rng = Rng.of(22);
        Table train = random(rng.fork("train"), 300);
        Table holdout = random(rng.fork("holdout"), 300);
        assertEquals(1.0, Dcr.compute(train, holdout, train).score());
        assertEquals(0.0, Dcr.compute(train, holdout, holdout).score());
        assertThrows(IllegalArgumentException.class, () -> Dcr.compute(train, holdout,
                train.select(new int[0])));
    }

    static Table random(Rng rng, int rows) {
        double[] a = new double[rows];
        String[] g = new String[rows];
        for (int i = 0; i < rows; i++) {
            a[i] = rng.nextGaussian();
            g[i] = "level" + rng.nextInt(4);
        }
        return table(a, g);
    }
}
