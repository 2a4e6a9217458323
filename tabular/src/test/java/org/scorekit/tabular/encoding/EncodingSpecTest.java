package org.scorekit.tabular.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The spec's defaults, how a partial spec is filled in, and its checks. */
class EncodingSpecTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(new EncodingSpec(Scaling.QUANTILE_NORMAL, 0, EndTies.MIDPOINT,
                OneHotLevels.SIGNED, true, 100),
                EncodingSpec.DEFAULT);
        assertEquals(EncodingSpec.DEFAULT, EncodingSpec.of(null, null, null, null, null, null));
    }

    @Test
    void aFieldLeftOutOfASpecTakesItsDefault() throws Exception {
        EncodingSpec spec = new ObjectMapper().readValue(
                "{\"scaling\": \"min-max\", \"oneHot\": \"binary\"}", EncodingSpec.class);
        assertEquals(EncodingSpec.DEFAULT.withScaling(Scaling.MIN_MAX)
                .withOneHot(OneHotLevels.BINARY), spec);
    }

    @Test
    void badFieldsAreRejectedWithTheirNames() {
        assertEquals("quantiles must be non-negative: -1", assertThrows(
                IllegalArgumentException.class, () -> new EncodingSpec(Scaling.STANDARD, -1,
                        EndTies.MIDPOINT, OneHotLevels.SIGNED, true, 100)).getMessage());
        assertEquals("scaling must be one of [quantile-normal, min-max, standard]: log",
                assertThrows(IllegalArgumentException.class, () -> Scaling.of("log")).getMessage());
        assertEquals("ends must be one of [midpoint, scikit-learn]: middle",
                assertThrows(IllegalArgumentException.class, () -> EndTies.of("middle"))
                        .getMessage());
        assertEquals("oneHot must be one of [signed, binary]: hot",
                assertThrows(IllegalArgumentException.class, () -> OneHotLevels.of("hot"))
                        .getMessage());
    }
}
