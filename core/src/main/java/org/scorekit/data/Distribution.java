package org.scorekit.data;

import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** A data law p_0 on R^d that can be sampled. */
public interface Distribution {
    /** The data dimension d. */
    int dimension();

    /** n i.i.d. draws, as an n × d matrix. */
    Matrix sample(int n, Rng rng);
}
