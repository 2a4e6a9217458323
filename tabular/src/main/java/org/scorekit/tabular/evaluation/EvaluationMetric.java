package org.scorekit.tabular.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scorekit.checks.Checks;

/** The metrics {@code scorekit evaluate} computes (spec/tabular-protocol.md §3). */
public enum EvaluationMetric {
    /** KSComplement / TVComplement per column (§3.1). */
    SHAPE,
    /** CorrelationSimilarity / ContingencySimilarity per pair (§3.2). */
    TREND,
    /** Naive α-precision and β-recall (§3.3). */
    ALPHA_BETA,
    /** C2ST with logistic regression (§3.4). */
    C2ST_LOGISTIC,
    /** C2ST with boosted trees (§3.4). */
    C2ST_XGBOOST,
    /** Machine-learning efficiency on the test table, with the real-train reference (§3.5). */
    MLE,
    /** Distance to closest record against the train and holdout halves (§3.6). */
    DCR;

    /** The kebab-case name used on the command line, e.g. {@code c2st-xgboost}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the metric draws random numbers, so that {@code --seeds} repeats it. */
    public boolean isSeeded() {
        return this == C2ST_LOGISTIC || this == C2ST_XGBOOST || this == MLE;
    }

    /** The metrics of a comma-separated list of labels, e.g. {@code shape,trend,dcr}. */
    public static Set<EvaluationMetric> parse(String list) {
        Set<EvaluationMetric> out = EnumSet.noneOf(EvaluationMetric.class);
        for (String part : list.split(",", -1)) {
            String label = part.trim();
            EvaluationMetric found = null;
            for (EvaluationMetric m : values()) {
                found = m.label().equals(label) ? m : found;
            }
            Checks.require(found != null, "metrics must be a comma-separated list of "
                    + String.join(", ", labels()) + ": " + Checks.quoted(label));
            out.add(found);
        }
        return out;
    }

    /** Every label, in order. */
    public static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (EvaluationMetric m : values()) {
            out.add(m.label());
        }
        return out;
    }
}
