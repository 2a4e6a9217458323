package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.SchemaInference;
import org.scorekit.tabular.SchemaOverrides;
import org.scorekit.tabular.Table;

/** MLE: TabSyn's feature quirks, the shared-prefix grid, and scores with known values. */
class MleTest {
    /** A table whose last column y is the target and whose other columns are as typed. */
    private static Table table(List<String> header, List<String[]> rows) {
        RawTable raw = RawTable.of("t.csv", header, rows);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String name : header.subList(0, header.size() - 1)) {
            types.put(name, name.equals("c") ? ColumnType.CATEGORICAL : ColumnType.NUMERICAL);
        }
        return Table.from(raw, SchemaInference.infer(raw,
                new SchemaOverrides("test", types, Optional.of("y"), Set.of())));
    }

    private static Table quirkTable(String[] a, String[] b, String[] c, String[] y) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            rows.add(new String[] {a[i], b[i], c[i], y[i]});
        }
        return table(List.of("a", "b", "c", "y"), rows);
    }

    @Test
    void boundsComeFromTheFirstNumericalColumnAndAreTakenAgainWhileZero() {
        // a's min is 0, so cmin is taken again from b (3); cmax = 2000 from a: both columns
        // and the test table are log-transformed with the floor 0.01.
        Table train = quirkTable(new String[] {"0", "5", "2000", "7"},
                new String[] {"3", "4", "10", "NA"}, new String[] {"u", "v", "u", "v"},
                new String[] {"0", "1", "0", "1"});
        Table test = quirkTable(new String[] {"-4", "1", "2", "3"}, new String[] {"0.001", "8", "9", "9"},
                new String[] {"u", "w", "v", "u"}, new String[] {"1", "0", "2", "0"});
        MleFeatures f = MleFeatures.of(train, test);
        float floor = (float) Math.log(0.01f);
        assertArrayEquals(new double[] {floor, (float) Math.log(3f), 1, 0}, row(f.train(), 0));
        assertArrayEquals(new double[] {(float) Math.log(7f), Double.NaN, 0, 1}, row(f.train(), 3));
        // the test's unknown category w is all zeros; negative and tiny values hit the floor
        assertArrayEquals(new double[] {floor, floor, 1, 0}, row(f.test(), 0));
        assertArrayEquals(new double[] {0, (float) Math.log(8f), 0, 0}, row(f.test(), 1));
        // the test class 2 the training table lacks comes after the training classes
        assertEquals(List.of("0", "1", "2"), f.classes());
        assertEquals(2, f.trainClassCount());
        assertArrayEquals(new int[] {1, 0, 2, 0}, f.testLabels());
    }

    @Test
    void smallBoundsGiveTheAffineBranch() {
        Table train = quirkTable(new String[] {"1", "2", "3", "2"}, new String[] {"1", "11", "3", "5"},
                new String[] {"u", "v", "u", "v"}, new String[] {"0", "1", "0", "1"});
        MleFeatures f = MleFeatures.of(train, train);
        // cmin = 1, cmax = 3 from a, reused for b: 5 (x - 1) / 2
        assertArrayEquals(new double[] {0, 0, 1, 0}, row(f.train(), 0));
        assertArrayEquals(new double[] {2.5, 25, 0, 1}, row(f.train(), 1));
    }

    @Test
    void aConstantFirstColumnHasSpanOneAndOverflowSaturates() {
        // cmin = cmax = 2 from a (the reference divides by zero): 5 (x - 2); b's 1e38 overflows
        Table train = quirkTable(new String[] {"2", "2", "2", "2"}, new String[] {"3", "1e38", "1", "-1e38"},
                new String[] {"u", "v", "u", "v"}, new String[] {"0", "1", "0", "1"});
        MleFeatures f = MleFeatures.of(train, train);
        assertArrayEquals(new double[] {0, 5, 1, 0}, row(f.train(), 0));
        assertArrayEquals(new double[] {0, Float.MAX_VALUE, 0, 1}, row(f.train(), 1));
        assertArrayEquals(new double[] {0, -Float.MAX_VALUE, 0, 1}, row(f.train(), 3));
    }

    private static double[] row(Matrix x, int i) {
        double[] out = new double[x.cols()];
        System.arraycopy(x.data(), i * x.cols(), out, 0, out.length);
        return out;
    }

    @Test
    void theFirstRoundsOfALongerFitAreTheShorterFit() {
        Rng rng = Rng.of(3);
        for (int classes : new int[] {2, 3}) {
            Matrix x = Matrix.zeros(300, 4);
            float[] labels = new float[300];
            for (int i = 0; i < 300; i++) {
                for (int j = 0; j < 4; j++) {
                    x.data()[i * 4 + j] = rng.nextGaussian();
                }
                labels[i] = Math.floorMod((int) Math.floor(x.data()[i * 4] + rng.nextGaussian()), classes);
            }
            Map<String, Object> params = classes == 2 ? Map.of("objective", "binary:logistic")
                    : Map.of("objective", "multi:softprob", "num_class", classes);
            float[][] prefix = Boosting.fitPredict(params, x, labels, 50, x,
                    (booster, rows) -> booster.predict(rows, false, 10));
            float[][] alone = Boosting.fitPredict(params, x, labels, 10, x,
                    (booster, rows) -> booster.predict(rows));
            for (int i = 0; i < 300; i++) {
                assertArrayEquals(alone[i], prefix[i], "row " + i + ", " + classes + " classes");
            }
        }
    }

    /** x, z ~ N(0, 1); y = [x > 0] exactly, or a fair coin independent of x and z. */
    private static Table signal(int n, boolean dependent, Rng rng) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = rng.nextGaussian();
            boolean y = dependent ? x > 0 : rng.nextDouble() < 0.5;
            rows.add(new String[] {Double.toString(x), Double.toString(rng.nextGaussian()), y ? "1" : "0"});
        }
        return table(List.of("x", "z", "y"), rows);
    }

    @Test
    void aTargetThatIsAFunctionOfTheFeaturesIsPredictedPerfectly() {
        Rng rng = Rng.of(5);
        Mle.Result r = Mle.compute(signal(900, true, rng), signal(400, true, rng), Rng.of(1), () -> { });
        assertEquals(1.0, r.score());
        assertEquals(100, r.validationRows());
        assertEquals(800, r.fitRows());
        assertEquals(36, r.validationAuc().length);
    }

    @Test
    void anIndependentTargetScoresAboutOneHalf() {
        Rng rng = Rng.of(6);
        Table test = signal(1000, false, rng);
        Mle.Result r = Mle.compute(signal(900, false, rng), test, Rng.of(1), () -> { });
        // Under no signal the test AUC has mean 1/2 and variance (n1 + n0 + 1) / (12 n1 n0)
        // (Mann-Whitney); the selection used the validation rows only. Four standard deviations.
        long positives = test.column("y").levels().indexOf("1");
        int[] codes = test.column("y").codes();
        long n1 = java.util.Arrays.stream(codes).filter(c -> c == positives).count();
        long n0 = codes.length - n1;
        double sd = Math.sqrt((n1 + n0 + 1) / (12.0 * n1 * n0));
        assertTrue(Math.abs(r.score() - 0.5) <= 4 * sd, "AUC " + r.score() + ", sd " + sd);
    }

    @Test
    void aSingleClassTrainingTablePredictsAConstant() {
        Rng rng = Rng.of(7);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            rows.add(new String[] {Double.toString(rng.nextGaussian()), Double.toString(rng.nextGaussian()), "1"});
        }
        Table train = table(List.of("x", "z", "y"), rows);
        Mle.Result r = Mle.compute(train, signal(200, true, rng), Rng.of(1), () -> { });
        assertEquals(0.5, r.score());
    }
}
