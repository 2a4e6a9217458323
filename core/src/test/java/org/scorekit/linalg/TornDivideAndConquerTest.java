package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;

/**
 * {@link TornDivideAndConquer} on tridiagonal matrices against one {@code dstedc} call: a random
 * T, a T already split at the tear (β = 0, everything deflates), and a T of repeated diagonal
 * values with tiny couplings (most of the merge deflates). Tolerances: LAPACK's backward error
 * for divide and conquer, a small multiple of n ε ‖T‖.
 */
class TornDivideAndConquerTest {
    private static final int N = TornDivideAndConquer.MIN_SIZE + 37;
    private static OpenBlasLibrary library;

    @BeforeAll
    static void load() throws BackendUnavailableException {
        library = OpenBlasLibrary.load();
    }

    @Test
    void randomTridiagonalMatchesOneDstedcCall() {
        Rng rng = Rng.of(91).fork("random");
        double[] d = new double[N];
        double[] e = new double[N - 1];
        for (int i = 0; i < N; i++) {
            d[i] = rng.nextGaussian();
        }
        for (int i = 0; i < N - 1; i++) {
            e[i] = rng.nextGaussian();
        }
        check(d, e);
    }

    @Test
    void aMatrixSplitAtTheTearDeflatesEverything() {
        Rng rng = Rng.of(93).fork("split");
        double[] d = new double[N];
        double[] e = new double[N - 1];
        for (int i = 0; i < N; i++) {
            d[i] = rng.uniform(-1, 1);
        }
        for (int i = 0; i < N - 1; i++) {
            e[i] = i == N / 2 - 1 ? 0.0 : rng.uniform(-1, 1);
        }
        check(d, e);
    }

    @Test
    void repeatedValuesWithTinyCouplingsDeflateMostOfTheMerge() {
        double[] d = new double[N];
        double[] e = new double[N - 1];
        for (int i = 0; i < N; i++) {
            d[i] = i % 3;
        }
        for (int i = 0; i < N - 1; i++) {
            e[i] = i % 5 == 0 ? 1e-9 : 1e-17;
        }
        check(d, e);
    }

    private static void check(double[] d, double[] e) {
        int n = d.length;
        double[] expected = d.clone();
        TornDivideAndConquer.dstedc(library, n, expected, 0, e.clone(), 0, new double[n * n], 0, n);
        double[] values = d.clone();
        double[] z = new double[n * n];
        int[] order = TornDivideAndConquer.solve(library, n, values, e.clone(), z);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0)
                    + (i < n - 1 ? Math.abs(e[i]) : 0));
        }
        double tol = 20 * n * Math.ulp(1.0) * norm;
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], values[order[i]], tol, "value " + i);
        }
        double residual = 0;
        double orthonormality = 0;
        for (int j = 0; j < n; j++) {
            int c = order[j] * n;
            for (int r = 0; r < n; r++) {
                double tz = d[r] * z[c + r] + (r > 0 ? e[r - 1] * z[c + r - 1] : 0)
                        + (r < n - 1 ? e[r] * z[c + r + 1] : 0);
                residual = Math.max(residual, Math.abs(tz - values[order[j]] * z[c + r]));
            }
            for (int k = j; k < n; k++) {
                int ck = order[k] * n;
                double dot = 0;
                for (int r = 0; r < n; r++) {
                    dot += z[c + r] * z[ck + r];
                }
                orthonormality = Math.max(orthonormality, Math.abs(dot - (j == k ? 1 : 0)));
            }
        }
        assertTrue(residual <= tol, "residual " + residual + " > " + tol);
        assertTrue(orthonormality <= 20 * n * Math.ulp(1.0), "orthonormality " + orthonormality);
    }
}
