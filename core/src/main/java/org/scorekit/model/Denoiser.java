package org.scorekit.model;

import org.scorekit.linalg.Matrix;

/** A denoiser f(x, t) ≈ E[X_0 | X_t = x] (spec/score-estimation.md §2). */
public interface Denoiser {
    /** The data dimension d. */
    int dimension();

    /** f at each row: x is n × d, t has length n (one time per row); returns n × d. */
    Matrix denoise(Matrix x, double[] t);
}
