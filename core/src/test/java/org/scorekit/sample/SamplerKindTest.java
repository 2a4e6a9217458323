package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SamplerKindTest {

    @Test
    void allSamplersHaveDistinctNamesAndAreFoundByName() {
        List<Sampler> all = Arrays.stream(SamplerKind.values()).map(SamplerKind::create).toList();
        assertEquals(5, all.size());
        assertEquals(5, all.stream().map(Sampler::name).distinct().count());
        assertInstanceOf(EulerMaruyama.class, SamplerKind.of("euler-maruyama").create());
        assertInstanceOf(ProbabilityFlowHeun.class, SamplerKind.of("probability-flow-heun").create());
        assertInstanceOf(AnnealedLangevin.class, SamplerKind.of("annealed-langevin").create());
        assertInstanceOf(PredictorCorrector.class, SamplerKind.of("predictor-corrector").create());
        assertInstanceOf(EndTimeLangevin.class, SamplerKind.of("langevin").create());
        for (SamplerKind kind : SamplerKind.values()) {
            assertEquals(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), kind.label(),
                    "a kind is spelled as its constant in kebab case");
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplerKind.of("ddim"));
        assertTrue(e.getMessage().contains("euler-maruyama") && e.getMessage().contains("ddim"),
                e.getMessage());
    }
}
