package org.scorekit.model;

import org.scorekit.linalg.Matrix;

/** An estimate of the score ∇_x log p_t(x). */
public interface ScoreModel {
    /** The data dimension d. */
    int dimension();

    /** The score at each row: x is n × d, t has length n; returns n × d. */
    Matrix score(Matrix x, double[] t);
}
