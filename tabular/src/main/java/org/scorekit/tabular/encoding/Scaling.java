package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.scorekit.checks.Checks;

/** How numerical columns are scaled (docs/encoding.md, "Numerical columns"). */
public enum Scaling {
    /** scikit-learn's QuantileTransformer(output_distribution='normal'): {@link QuantileNormal}. */
    QUANTILE_NORMAL("quantile-normal"),
    /** The train range onto [−1, 1]: {@link MinMax}. */
    MIN_MAX("min-max"),
    /** (x − mean) / standard deviation: {@link Standardisation}. */
    STANDARD("standard");

    private final String label;

    Scaling(String label) {
        this.label = label;
    }

    /** The name used in specs and encoder files, e.g. {@code "quantile-normal"}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The scaling with the given {@link #label()}. */
    @JsonCreator
    public static Scaling of(String label) {
        return Checks.oneOf("scaling", values(), Scaling::label, label);
    }

    /**
     * The scaler of this kind fitted on a column's present train values.
     *
     * @param sorted    the present (non-missing) train values, ascending; at least one
     * @param rows      the train table's rows, missing cells included (the quantile count rule)
     * @param spec      the spec's quantile count (0 for {@link QuantileNormal#defaultCount}) and
     *                  end ties
     */
    Scaler fit(double[] sorted, int rows, EncodingSpec spec) {
        return switch (this) {
            case QUANTILE_NORMAL ->
                    QuantileNormal.fit(sorted, rows, spec.quantiles(), spec.ends());
            case MIN_MAX -> MinMax.fit(sorted);
            case STANDARD -> Standardisation.fit(sorted);
        };
    }
}
