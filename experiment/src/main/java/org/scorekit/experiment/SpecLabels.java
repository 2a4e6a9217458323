package org.scorekit.experiment;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lookup every closed set of spec values shares: the constant spelled {@code text} in the
 * spec, or {@code <field> must be one of [a, b]: text}, which {@link SpecReader} reports at the
 * field's line.
 */
final class SpecLabels {
    private SpecLabels() {
    }

    static <E> E parse(String field, E[] values, Function<E, String> label, String text) {
        for (E value : values) {
            if (label.apply(value).equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(field + " must be one of "
                + Arrays.stream(values).map(label).collect(Collectors.joining(", ", "[", "]"))
                + ": " + text);
    }
}
