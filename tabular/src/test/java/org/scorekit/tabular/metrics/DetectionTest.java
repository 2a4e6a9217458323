package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Schema;
import org.scorekit.tabular.Table;

/** ROC AUC, the logistic fit against scipy, detection features and the C2ST extremes. */
class DetectionTest {
    @Test
    void rocAucCountsTiesAsHalf() {
        // scikit-learn's documented example: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).
        assertEquals(0.75, RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8},
                new boolean[] {false, false, true, true}));
        assertEquals(0.5, RocAuc.of(new double[] {1, 1, 1, 1}, new boolean[] {false, true, false, true}));
        assertEquals(0.0, RocAuc.of(new double[] {2, 1}, new boolean[] {false, true}));
    }

    /**
     * The optimum of C Σ log(1 + exp(−s z)) + ½‖w‖² (C = 0.7) on a deterministic 200 × 3 problem,
     * found with scipy 1.17.1 {@code minimize(method="BFGS", gtol=1e-12)} (final gradient 1.3e-7):
     * x_ij = (j+1) sin(0.37 i (j+1)), y_i = [sin(3.1 i) + x_i0 − 0.5 x_i2 &gt; 0.2].
     */
    @Test
    void logisticFitReachesScipysOptimum() {
        int n = 200;
        int p = 3;
        Matrix x = Matrix.zeros(n, p);
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x.set(i, j, Math.sin(i * (j + 1) * 0.37) * (j + 1));
            }
            y[i] = Math.sin(3.1 * i) + x.get(i, 0) - 0.5 * x.get(i, 2) > 0.2;
        }
        LogisticRegression model = LogisticRegression.fit(x, y, 0.7);
        assertArrayEquals(new double[] {1.91903721, 0.0517617, -0.92688885}, model.weights(), 1e-6);
        assertEquals(-0.37685421, model.intercept(), 1e-6);
    }

    @Test
    void detectionFeaturesPassNumbersAndBooleansAndOneHotTexts() {
        Schema schema = new Schema(new LinkedHashMap<>(Map.of("code", ColumnType.CATEGORICAL,
                "flag", ColumnType.CATEGORICAL, "colour", ColumnType.CATEGORICAL)), List.of());
        Table t = Table.of(schema, List.of(
                Column.categorical("code", ColumnType.CATEGORICAL, new int[] {0, 1}, List.of("-2", "NA")),
                Column.categorical("flag", ColumnType.CATEGORICAL, new int[] {1, 0}, List.of("false", "true")),
                Column.categorical("colour", ColumnType.CATEGORICAL, new int[] {0, 1}, List.of("blue", "red"))));
        Matrix x = DetectionFeatures.of(t, t.select(new int[] {1}));
        assertArrayEquals(new double[] {-2, 1, 1, 0, Double.NaN, 0, 0, 1, Double.NaN, 0, 0, 1},
                x.data());
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void separableTablesScoreZeroAndLookAlikesNearOne(DetectionClassifier classifier) {
        Table real = numbers(Rng.of(51), 0, 600);
        // Shifted by 50 standard deviations: the logistic model separates exactly; trees give a few
        // held-out rows outside every split the same leaf values, so their AUC is just below 1.
        assertEquals(0.0, Detection.compute(real, numbers(Rng.of(52), 50, 600), classifier,
                Rng.of(1)).score(), 0.01);
        // Same law: a fold's held-out AUC has standard error √(401 / (12 · 200 · 200)) ≈ 0.029, the
        // mean of three folds ≈ 0.017; the score falls below 0.88 only if that mean exceeds
        // 0.5 + 0.06, 3.6 standard errors: false-failure probability below 2e-4.
        Detection.Result same = Detection.compute(real, numbers(Rng.of(53), 0, 600), classifier,
                Rng.of(2));
        assertTrue(same.score() > 0.88, classifier.name() + ": " + same.score());
    }

    static Stream<DetectionClassifier> classifiers() {
        return Stream.of(new LogisticClassifier(), new XgboostClassifier());
    }

    @Test
    void boostedTreesSeeADependenceThatTheLinearModelMisses() {
        // Real: b = a; synthetic: b independent of a, same marginals. A linear model of (a, b)
        // cannot use the dependence; trees can.
        Table real = numbers(Rng.of(54), 0, 900);
        double[] a = real.column("a").numbers();
        Schema schema = real.schema();
        Table dependent = Table.of(schema, List.of(Column.numerical("a", a), Column.numerical("b", a)));
        Table independent = dependent.withColumnsPermuted(Rng.of(55));
        double trees = Detection.compute(dependent, independent, new XgboostClassifier(), Rng.of(3)).score();
        double linear = Detection.compute(dependent, independent, new LogisticClassifier(), Rng.of(3)).score();
        assertTrue(trees < 0.2 && linear > 0.8, "trees " + trees + ", linear " + linear);
    }

    static Table numbers(Rng rng, double shift, int rows) {
        Schema schema = new Schema(new LinkedHashMap<>(Map.of("a", ColumnType.NUMERICAL,
                "b", ColumnType.NUMERICAL)), List.of());
        double[] a = new double[rows];
        double[] b = new double[rows];
        for (int i = 0; i < rows; i++) {
            a[i] = rng.nextGaussian() + shift;
            b[i] = rng.nextGaussian() - shift;
        }
        return Table.of(schema, List.of(Column.numerical("a", a), Column.numerical("b", b)));
    }
}
