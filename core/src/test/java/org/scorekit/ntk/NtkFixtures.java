package org.scorekit.ntk;

import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Small inputs and labels shared by the ntk tests. */
final class NtkFixtures {
    private NtkFixtures() {
    }

    /** Rows (x, t) with x ~ N(0, I_{D−1}), t ~ U[0.05, 2]: score-matching inputs. */
    static Matrix inputs(int n, int dim, Rng rng) {
        Matrix z = Matrix.zeros(n, dim);
        Rng x = rng.fork("x");
        Rng t = rng.fork("t");
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < dim - 1; k++) {
                z.set(i, k, x.nextGaussian());
            }
            z.set(i, dim - 1, t.uniform(0.05, 2.0));
        }
        return z;
    }

    /** ‖a − b‖_F / ‖b‖_F. */
    static double relativeError(Matrix a, Matrix b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.data().length; i++) {
            double e = a.data()[i] - b.data()[i];
            num += e * e;
            den += b.data()[i] * b.data()[i];
        }
        return Math.sqrt(num / den);
    }

    /** Whether ‖a − b‖_F ≤ tolerance · ‖b‖_F (so b = 0 demands a = b exactly). */
    static boolean close(Matrix a, Matrix b, double tolerance) {
        return minus(a, b).frobeniusNorm() <= tolerance * b.frobeniusNorm();
    }

    /** a − b entrywise. */
    static Matrix minus(Matrix a, Matrix b) {
        Matrix c = a.copy();
        for (int i = 0; i < c.data().length; i++) {
            c.data()[i] -= b.data()[i];
        }
        return c;
    }

    /** a b (naive, as an independent oracle for the GEMM paths). */
    static Matrix times(Matrix a, Matrix b) {
        Matrix c = Matrix.zeros(a.rows(), b.cols());
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.cols(); j++) {
                double s = 0;
                for (int k = 0; k < a.cols(); k++) {
                    s += a.get(i, k) * b.get(k, j);
                }
                c.set(i, j, s);
            }
        }
        return c;
    }
}
