package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.scorekit.checks.Checks;

/**
 * The choices of a {@link TableEncoder}, each with a documented default (docs/encoding.md). A
 * field left out of a spec takes its default; the resolved spec is saved with the encoder.
 *
 * @param scaling       how numerical columns are scaled; default {@link Scaling#QUANTILE_NORMAL}
 *                      (TabSyn and TabDDPM)
 * @param quantiles     the quantile count of {@link QuantileNormal}; default 0, which means
 *                      TabSyn's rule {@link QuantileNormal#defaultCount}
 * @param ends          where quantile-normal puts cells tied with a column's train minimum or
 *                      maximum; default {@link EndTies#MIDPOINT} (a point mass such as zero
 *                      payments sits inside the bulk, not at −5.2 where a smooth model smears it)
 * @param oneHot        the values of indicator coordinates; default {@link OneHotLevels#SIGNED}
 * @param resolution    whether decoding puts numbers on the column's observed {@link Grid}
 *                      (integers stay integers); default true. Decoding clips to the train range
 *                      either way.
 * @param valueSetLimit the largest number of distinct values a numerical column may have for its
 *                      grid to be its set of values ({@link Grid#observed}); default 100, which
 *                      covers Credit Default's LIMIT_BAL (81 credit limits, one of them 327,680,
 *                      so their common step is 80, not 10,000) and AGE (56 ages)
 */
public record EncodingSpec(Scaling scaling, int quantiles, EndTies ends, OneHotLevels oneHot,
                           boolean resolution, int valueSetLimit) {
    /** Every field at its default. */
    public static final EncodingSpec DEFAULT = new EncodingSpec(Scaling.QUANTILE_NORMAL, 0,
            EndTies.MIDPOINT, OneHotLevels.SIGNED, true, 100);

    public EncodingSpec {
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(oneHot, "oneHot");
        Checks.nonNegative("quantiles", quantiles);
        Checks.nonNegative("valueSetLimit", valueSetLimit);
    }

    /** The spec with the given fields; a null field takes its {@link #DEFAULT}. */
    @JsonCreator
    public static EncodingSpec of(@JsonProperty("scaling") Scaling scaling,
                                  @JsonProperty("quantiles") Integer quantiles,
                                  @JsonProperty("ends") EndTies ends,
                                  @JsonProperty("oneHot") OneHotLevels oneHot,
                                  @JsonProperty("resolution") Boolean resolution,
                                  @JsonProperty("valueSetLimit") Integer valueSetLimit) {
        return new EncodingSpec(Objects.requireNonNullElse(scaling, DEFAULT.scaling),
                Objects.requireNonNullElse(quantiles, DEFAULT.quantiles),
                Objects.requireNonNullElse(ends, DEFAULT.ends),
                Objects.requireNonNullElse(oneHot, DEFAULT.oneHot),
                Objects.requireNonNullElse(resolution, DEFAULT.resolution),
                Objects.requireNonNullElse(valueSetLimit, DEFAULT.valueSetLimit));
    }

    /** This spec with another scaling. */
    public EncodingSpec withScaling(Scaling other) {
        return new EncodingSpec(other, quantiles, ends, oneHot, resolution, valueSetLimit);
    }

    /** This spec with other indicator values. */
    public EncodingSpec withOneHot(OneHotLevels other) {
        return new EncodingSpec(scaling, quantiles, ends, other, resolution, valueSetLimit);
    }
}
