package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.scorekit.data.GaussianMixture;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * The data of a run (DESIGN.md §9): a law with exact oracles ({@link LawData}) or an encoded
 * table ({@link TableData}), which has none. Everything after the clean draws (the problem,
 * training, stopping, sampling, run records) is shared; the oracle measurements run only where
 * {@link #oracle()} is present.
 */
public sealed interface RunData permits LawData, TableData {
    /** The dimension d of the data (for a table, the width of its encoding). */
    int dimension();

    /**
     * A Gaussian with the data's mean and covariance: what the default input scaling, time
     * window and the data checks read.
     */
    GaussianMixture moments();

    /** The clean rows x_0 of the training problem of a run with this seed and size N. */
    Matrix trainingDraws(long seed, int size);

    /** {@code size} clean rows for a held-out draw (validation, coupling probes). */
    Matrix heldOutDraws(int size, Rng rng);

    /** The law itself where the data has an exact oracle. */
    Optional<GaussianMixture> oracle();

    /** The default {@code stopping.validationSize} of a problem of N triples. */
    int defaultValidationSize(int size);

    /** Fills the {@code results.data} object of run.json. */
    void describe(ObjectNode out, String label);
}
