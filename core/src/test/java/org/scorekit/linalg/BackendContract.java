package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Backend} meets (GEMM in double and single precision, symmetric eigendecomposition, Cholesky), run
 * against each implementation by a subclass that supplies {@link #backend()}. The oracles are
 * plain loops and closed forms, never another backend.
 */
abstract class BackendContract implements GemmContract, SgemmContract, EigenContract,
        CholeskyContract {
    @Test
    void hasAStableNameAndADescription() {
        Backend backend = backend();
        assertTrue(backend.name().matches("[a-z]+"), backend.name());
        assertFalse(backend.description().isBlank());
    }
}
