package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fitted monotone map of one numerical column onto the real line and back. Missing cells (NaN)
 * are left as they are; {@link NumericalEncoding} handles them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = QuantileNormal.class, name = "quantile-normal"),
    @JsonSubTypes.Type(value = MinMax.class, name = "min-max"),
    @JsonSubTypes.Type(value = Standardisation.class, name = "standard")})
public sealed interface Scaler permits QuantileNormal, MinMax, Standardisation {
    /** Replaces each value but NaN by its encoding. */
    void encodeInPlace(double[] values);

    /** Replaces each encoded value by the column value it stands for. */
    void decodeInPlace(double[] values);
}
