package org.scorekit.tabular.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Table;

/**
 * Machine-learning efficiency as TabSyn measures it (spec/tabular-protocol.md §3.5, tabsyn
 * eval/mle/mle.py): on {@link MleFeatures} of a training table (synthetic, or the real train
 * split for the reference row) hold out the first ⌊N/9⌋ rows of a permutation for validation,
 * fit the 36 XGBoost classifiers of the {@link #GRID} on the other rows, select the one with
 * the best validation ROC AUC (the first in grid order on ties, as pandas' idxmax), and report
 * its ROC AUC on the real test table. The permutation comes from {@code rng} (the reference's
 * is unseeded; project decision), so a score is reproducible.
 *
 * <p>Boosting is sequential and deterministic, so the 10- and 50-round classifiers of a grid row
 * are the first 10 and 50 rounds of its 100-round classifier: each (γ, depth, min child weight)
 * is trained once for 100 rounds and predicted with 10, 50 and 100 trees (12 fits instead of 36;
 * a test checks the equality bit for bit). The fits run in parallel, one XGBoost thread each.
 *
 * <p>AUC: for a binary target, that of the second class (scikit-learn's binary AUC); for more
 * classes, the mean one-vs-rest AUC over the classes that occur in the evaluated rows. Classes
 * of the test table that the training table lacks get probability 0 (the reference's label
 * encoder would fail; project decision). A training table with one class predicts a constant.
 */
public final class Mle {
    /** The boosting-round counts of the grid; the largest is the one trained. */
    static final int[] ROUNDS = {10, 50, 100};

    /** One classifier of the grid, with the parameters the reference varies. */
    public record Config(double gamma, int maxDepth, int minChildWeight, int rounds) {
    }

    /**
     * The grid in scikit-learn ParameterGrid order (keys sorted, the last varying fastest):
     * gamma {0, 1} × max_depth {5, 10, 20} × min_child_weight {1, 10} × n_estimators
     * {10, 50, 100}; learning rate 0.3 and everything else at XGBoost's defaults.
     */
    public static final List<Config> GRID = grid();

    /**
     * @param score          ROC AUC on the test table of the selected classifier
     * @param selected       the selected classifier
     * @param validationAuc  the validation AUC of every classifier, in {@link #GRID} order
     * @param fitRows        rows the classifiers were fitted on
     * @param validationRows rows held out for the selection
     * @param classes        the target classes (training classes first)
     */
    public record Result(double score, Config selected, double[] validationAuc, int fitRows,
                         int validationRows, List<String> classes) {
    }

    private Mle() {
    }

    /** The MLE of {@code train} on {@code test}; {@code onFit} runs after each of the 12 fits. */
    public static Result compute(Table train, Table test, Rng rng, Runnable onFit) {
        Checks.require(train.rows() >= 9, "MLE needs at least 9 training rows to hold out "
                + "a ninth for validation, got " + train.rows());
        MleFeatures features = MleFeatures.of(train, test);
        int[] order = rng.fork("mle-validation").permutation(train.rows());
        int validationRows = train.rows() / 9;
        int[] validation = Arrays.copyOfRange(order, 0, validationRows);
        int[] fit = Arrays.copyOfRange(order, validationRows, order.length);
        Matrix fitX = features.train().selectRows(fit);
        Matrix validationX = features.train().selectRows(validation);
        int[] fitLabels = pick(features.trainLabels(), fit);
        int[] validationLabels = pick(features.trainLabels(), validation);
        int trees = ROUNDS.length;
        int rows = GRID.size() / trees;
        double[] validationAuc = new double[GRID.size()];
        double[] testAuc = new double[GRID.size()];
        Parallel.forEachChunk(rows, r -> {
            Config c = GRID.get(r * trees + trees - 1);
            double[][][] p = probabilities(c, fitX, fitLabels, validationX, features.test(),
                    features);
            for (int k = 0; k < trees; k++) {
                validationAuc[r * trees + k] = auc(p[0][k], validationLabels, features.classes().size());
                testAuc[r * trees + k] = auc(p[1][k], features.testLabels(), features.classes().size());
            }
            onFit.run();
        });
        int best = 0;
        for (int g = 1; g < GRID.size(); g++) {
            if (validationAuc[g] > validationAuc[best] || Double.isNaN(validationAuc[best])) {
                best = g;
            }
        }
        return new Result(testAuc[best], GRID.get(best), validationAuc, fit.length,
                validationRows, features.classes());
    }

    /**
     * Class probabilities [validation or test][tree limit][row · classes + class] of one grid
     * row's classifier trained for the largest round count.
     */
    private static double[][][] probabilities(Config c, Matrix fitX, int[] fitLabels,
                                              Matrix validationX, Matrix testX, MleFeatures f) {
        int classes = f.classes().size();
        int trained = f.trainClassCount();
        if (trained < 2) {
            // one class: every row gets probability 1 for it, as the reference predicts
            double[][][] out = new double[2][ROUNDS.length][];
            for (int k = 0; k < ROUNDS.length; k++) {
                out[0][k] = constant(validationX.rows(), classes);
                out[1][k] = constant(testX.rows(), classes);
            }
            return out;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("objective", trained == 2 ? "binary:logistic" : "multi:softprob");
        if (trained > 2) {
            params.put("num_class", trained);
        }
        params.put("eta", 0.3);
        params.put("gamma", c.gamma());
        params.put("max_depth", c.maxDepth());
        params.put("min_child_weight", c.minChildWeight());
        float[] labels = new float[fitLabels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = fitLabels[i];
        }
        Matrix both = validationX.stack(testX);
        float[][][] predicted = Boosting.fitPredict(params, fitX, labels, c.rounds(), both,
                (booster, x) -> {
                    float[][][] byLimit = new float[ROUNDS.length][][];
                    for (int k = 0; k < ROUNDS.length; k++) {
                        byLimit[k] = booster.predict(x, false, ROUNDS[k]);
                    }
                    return byLimit;
                });
        double[][][] out = new double[2][ROUNDS.length][];
        for (int k = 0; k < ROUNDS.length; k++) {
            double[] all = spread(predicted[k], classes, trained);
            int cut = validationX.rows() * classes;
            out[0][k] = Arrays.copyOfRange(all, 0, cut);
            out[1][k] = Arrays.copyOfRange(all, cut, all.length);
        }
        return out;
    }

    /** Row-major probabilities over all classes; the untrained classes get 0. */
    private static double[] spread(float[][] predicted, int classes, int trained) {
        double[] out = new double[predicted.length * classes];
        for (int i = 0; i < predicted.length; i++) {
            if (trained == 2) {
                out[i * classes] = 1 - predicted[i][0];
                out[i * classes + 1] = predicted[i][0];
            } else {
                for (int k = 0; k < trained; k++) {
                    out[i * classes + k] = predicted[i][k];
                }
            }
        }
        return out;
    }

    private static double[] constant(int rows, int classes) {
        double[] out = new double[rows * classes];
        for (int i = 0; i < rows; i++) {
            out[i * classes] = 1;
        }
        return out;
    }

    /**
     * The binary AUC of the second class for two classes, else the mean one-vs-rest AUC over
     * the classes with positive and negative rows; NaN when no class has both.
     */
    static double auc(double[] probabilities, int[] labels, int classes) {
        if (classes == 2) {
            return classAuc(probabilities, labels, classes, 1);
        }
        double sum = 0;
        int counted = 0;
        for (int k = 0; k < classes; k++) {
            double a = classAuc(probabilities, labels, classes, k);
            if (!Double.isNaN(a)) {
                sum += a;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private static double classAuc(double[] probabilities, int[] labels, int classes, int k) {
        double[] score = new double[labels.length];
        boolean[] positive = new boolean[labels.length];
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            score[i] = probabilities[i * classes + k];
            positive[i] = labels[i] == k;
            positives += positive[i] ? 1 : 0;
        }
        return positives == 0 || positives == labels.length ? Double.NaN
                : RocAuc.of(score, positive);
    }

    private static int[] pick(int[] values, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }

    private static List<Config> grid() {
        List<Config> out = new ArrayList<>();
        for (double gamma : new double[] {0, 1}) {
            for (int depth : new int[] {5, 10, 20}) {
                for (int weight : new int[] {1, 10}) {
                    for (int rounds : ROUNDS) {
                        out.add(new Config(gamma, depth, weight, rounds));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
