package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorekit.random.Rng;

/** The thin SVD reconstructs its matrix with orthonormal factors and ordered values. */
class SvdTest {
    @ParameterizedTest
    @CsvSource({"3, 2", "2, 3", "4, 4", "1, 3"})
    void factorsReconstructTheMatrix(int rows, int cols) {
        Matrix a = Rng.of(rows * 10L + cols).gaussian(rows, cols);
        Svd svd = Svd.of(a);
        int k = Math.min(rows, cols);
        assertEquals(k, svd.values().length);
        double[] back = new double[rows * cols];
        svd.recompose(svd.values(), back, 0);
        for (int m = 0; m < back.length; m++) {
            assertEquals(a.data()[m], back[m], 1e-12);
        }
        double nuclear = 0;
        for (int j = 0; j < k; j++) {
            assertTrue(svd.values()[j] >= 0);
            assertTrue(j == 0 || svd.values()[j] <= svd.values()[j - 1]);
            nuclear += svd.values()[j];
            for (int l = 0; l < k; l++) {
                double uu = 0;
                double vv = 0;
                for (int i = 0; i < rows; i++) {
                    uu += svd.u().get(i, j) * svd.u().get(i, l);
                }
                for (int i = 0; i < cols; i++) {
                    vv += svd.v().get(i, j) * svd.v().get(i, l);
                }
                assertEquals(j == l ? 1 : 0, uu, 1e-12);
                assertEquals(j == l ? 1 : 0, vv, 1e-12);
            }
        }
        assertEquals(svd.values()[0], svd.spectralNorm());
        assertEquals(nuclear, svd.nuclearNorm(), 1e-12);
    }
}
