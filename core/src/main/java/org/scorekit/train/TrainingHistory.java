package org.scorekit.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The per-step record of a training run: loss at every step, evaluations every k steps. */
public final class TrainingHistory {
    /** The name of the held-out label-loss evaluation. */
    public static final String VALIDATION_LOSS = "validation_loss";
    /** The name of the exact denoiser-risk evaluation. */
    public static final String ORACLE_RISK = "oracle_risk";
    /**
     * The cumulative number of per-sample gradients before the step (τ · batch size), recorded
     * on evaluated steps by {@link Sgd} and {@link Adam}; for {@link GradientDescent} it is τ · N.
     */
    public static final String SAMPLE_GRADIENTS = "sample_gradients";

    /**
     * One recorded step.
     *
     * @param step        τ
     * @param trainLoss   L(W(τ)) = ½ Σ ‖f − y‖²
     * @param trainMse    per-entry train MSE 2L/(N d) (spec E6)
     * @param gradNorm    ‖∇L(W(τ))‖_F
     * @param evaluations named evaluations at this step (empty on steps without evaluation)
     */
    public record Entry(int step, double trainLoss, double trainMse, double gradNorm,
                        Map<String, Double> evaluations) {
        public Entry {
            evaluations = Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
        }

        /** The named evaluation, or NaN if it was not evaluated at this step. */
        public double evaluation(String name) {
            Double v = evaluations.get(name);
            return v == null ? Double.NaN : v;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Appends a step; steps must increase. */
    public void add(Entry entry) {
        if (!entries.isEmpty() && entry.step() <= last().step()) {
            throw new IllegalArgumentException("history steps must increase: " + entry.step()
                    + " after " + last().step());
        }
        entries.add(entry);
    }

    /** All entries in step order (unmodifiable view). */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The latest entry. */
    public Entry last() {
        return entries.get(entries.size() - 1);
    }

    /** Whether nothing was recorded yet. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The step with the smallest value of an evaluation, or empty if never evaluated. */
    public OptionalInt argmin(String evaluation) {
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        for (Entry e : entries) {
            double v = e.evaluation(evaluation);
            if (!Double.isNaN(v) && v < bestValue) {
                bestValue = v;
                best = e.step();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The entry recorded at a step. */
    public Entry at(int step) {
        for (Entry e : entries) {
            if (e.step() == step) {
                return e;
            }
        }
        throw new IllegalArgumentException("step was not recorded: " + step);
    }

    /** The names of all evaluations that appear in the history, in first-seen order. */
    public List<String> evaluationNames() {
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        for (Entry e : entries) {
            e.evaluations().keySet().forEach(k -> names.put(k, true));
        }
        return List.copyOf(names.keySet());
    }
}
