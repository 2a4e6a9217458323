package org.scorekit.linalg;

/** Whether a GEMM operand is used as stored or transposed. */
public enum Transpose {
    NO,
    YES
}
