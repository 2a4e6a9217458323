package org.scorekit.tabular.encoding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * The fitted encoding of one table column: a block of {@link #width()} adjacent coordinates of
 * the encoded matrix (row-major, {@code stride} coordinates a row).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NumericalEncoding.class, name = "numerical"),
    @JsonSubTypes.Type(value = CategoricalEncoding.class, name = "categorical")})
public sealed interface ColumnEncoding permits NumericalEncoding, CategoricalEncoding {
    /** The column's name. */
    String name();

    /** The column's type. */
    ColumnType columnType();

    /** The number of coordinates of the block. */
    int width();

    /** A name per coordinate: the column's, {@code column=level} for an indicator. */
    List<String> coordinates();

    /**
     * Writes the block of every row of {@code table}'s column of this name into {@code out}
     * (rows × stride, row-major) from coordinate {@code offset} on.
     */
    void encode(Table table, double[] out, int stride, int offset);

    /** The column that the block at {@code offset} of {@code encoded} (rows × stride) stands for. */
    Column decode(double[] encoded, int rows, int stride, int offset);

    /** The encoding of a train column under {@code spec}. */
    static ColumnEncoding fit(Column column, EncodingSpec spec) {
        return column.type().isCategorical() ? CategoricalEncoding.fit(column, spec)
                : NumericalEncoding.fit(column, spec);
    }
}
