package org.scorekit.convex;

/**
 * The minimiser found by {@link ActiveSetLasso#minimise} for a {@link KinkDictionary}, in sorted
 * order: the column coefficients z, the output bias c, the skip weight v (0 without skip), the
 * dual point λ and the certificate.
 */
record KinkFit(double[] coefficients, double bias, double skip, double[] dual,
               Certificate certificate) {
}
