package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.scorekit.data.GaussianMixture;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Data drawn from a Gaussian-mixture law, with its exact score as the oracle. */
public record LawData(GaussianMixture law) implements RunData {
    @Override
    public int dimension() {
        return law.dimension();
    }

    @Override
    public GaussianMixture moments() {
        return law;
    }

    /** N draws from the stream "problem" → "data" of the seed. */
    @Override
    public Matrix trainingDraws(long seed, int size) {
        return law.sample(size, Rng.of(seed).fork("problem").fork("data"));
    }

    /** Fresh draws from the stream "data" of {@code rng}. */
    @Override
    public Matrix heldOutDraws(int size, Rng rng) {
        return law.sample(size, rng.fork("data"));
    }

    @Override
    public Optional<GaussianMixture> oracle() {
        return Optional.of(law);
    }

    @Override
    public int defaultValidationSize(int size) {
        return StoppingSpec.VALIDATION_PER_TRIPLE * size;
    }

    @Override
    public void describe(ObjectNode out, String label) {
        out.put("distribution", label).put("dimension", law.dimension())
                .put("components", law.componentCount());
    }
}
