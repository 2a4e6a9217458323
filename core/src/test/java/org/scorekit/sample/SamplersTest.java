package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplersTest {

    @Test
    void allSamplersHaveDistinctNamesAndAreFoundByName() {
        List<Sampler> all = Samplers.all();
        assertEquals(4, all.size());
        assertEquals(4, all.stream().map(Sampler::name).distinct().count());
        assertInstanceOf(EulerMaruyama.class, Samplers.byName("euler-maruyama"));
        assertInstanceOf(ProbabilityFlowHeun.class, Samplers.byName("probability-flow-heun"));
        assertInstanceOf(AnnealedLangevin.class, Samplers.byName("annealed-langevin"));
        assertInstanceOf(PredictorCorrector.class, Samplers.byName("predictor-corrector"));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samplers.byName("ddim"));
        assertTrue(e.getMessage().contains("euler-maruyama") && e.getMessage().contains("ddim"),
                e.getMessage());
    }
}
