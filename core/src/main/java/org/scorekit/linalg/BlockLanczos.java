package org.scorekit.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.scorekit.checks.Checks;

/**
 * The leading eigenvalues of a symmetric operator A (N × N, applied to blocks N × b only) by
 * block Lanczos with full reorthogonalisation (Golub &amp; Van Loan, Matrix Computations, 4th ed.,
 * Algorithm 10.3.1; Saad, Numerical Methods for Large Eigenvalue Problems, §6.3). Step j adds the
 * block Q_{j+1} B_j = A Q_j − Q_j A_j − Q_{j−1} B_{j−1}^T, made orthogonal to every earlier block
 * twice (so the basis stays orthonormal to round-off and no spurious copies appear); the
 * projected matrix T_j = Q^T A Q is block tridiagonal, and its eigenpairs (θ, y), one LAPACK
 * {@code dsyevd} of the (j+1)b × (j+1)b matrix, are the Ritz pairs. The residual of the Ritz
 * vector Q y is ‖A Q y − θ Q y‖ = ‖B_j y_last‖ (y_last: the last b entries of y), and
 * for symmetric A some eigenvalue lies within that residual of θ; by Cauchy interlacing the i-th
 * largest Ritz value never exceeds the i-th largest eigenvalue.
 *
 * <p>After every step the leading Ritz values whose residuals are at most
 * {@code tolerance · |θ_1|} are handed to the caller's stopping test. A column of the new block
 * that vanishes (the Krylov space is invariant) is replaced by a unit vector e_i made orthogonal
 * to the basis, so the iteration continues in the orthogonal complement. Sequential apart from
 * the operator: the result depends on the operator's bits only, not on the thread count.
 */
public final class BlockLanczos {
    private final Options options;

    /**
     * @param blockWidth   b, the columns per block (one operator call applies b columns)
     * @param maxDimension the largest Krylov dimension (basis columns) kept; memory N × maxDimension
     * @param tolerance    Ritz residual bound relative to |θ_1| for a value to count as converged
     */
    public record Options(int blockWidth, int maxDimension, double tolerance) {
        /**
         * Blocks of 64 (one pass over K^∞ costs about the same for 32 or 64 columns, and the
         * wider block needed fewer passes at N = 8000), at most 2048 basis columns, residuals at
         * most 10⁻⁸ |θ_1|.
         */
        public static final Options DEFAULT = new Options(64, 2048, 1e-8);

        public Options {
            Checks.positive("blockWidth", blockWidth);
            Checks.positive("maxDimension", maxDimension);
            Checks.positive("tolerance", tolerance);
        }
    }

    /**
     * The converged leading Ritz values of one run.
     *
     * @param values    θ_1 ≥ θ_2 ≥ … ≥ θ_k, the leading Ritz values whose residuals all pass
     * @param residuals ‖A x_i − θ_i x_i‖ for each of them
     * @param products  operator columns applied so far (matrix–vector products), which is
     *                  also the Krylov dimension b × steps
     * @param exhausted whether the run stopped because no further block fits
     */
    public record RitzValues(double[] values, double[] residuals, int products,
                             boolean exhausted) {
        /** k, the number of converged values. */
        public int count() {
            return values.length;
        }
    }

    /** A run with the given options. */
    public BlockLanczos(Options options) {
        this.options = options;
    }

    /**
     * Runs from the block {@code start} (N × b, b = blockWidth, e.g. Gaussian) until
     * {@code enough} accepts the converged Ritz values or the next block would exceed
     * min(N, maxDimension) columns; returns the last Ritz values.
     */
    public RitzValues leading(UnaryOperator<Matrix> operator, Matrix start,
                              Predicate<RitzValues> enough) {
        int n = start.rows();
        int width = options.blockWidth();
        Checks.sameSize("start block columns", width, start.cols());
        int limit = Math.min(n, options.maxDimension());
        Checks.require(width <= limit, "block width must be at most min(N, maxDimension) = "
                + limit + ": " + width);
        KrylovBasis basis = new KrylovBasis(n, width);
        Matrix q = start.copy();
        basis.orthonormaliseInPlace(q, true);
        basis.add(q);
        List<Matrix> diagonal = new ArrayList<>();
        List<Matrix> coupling = new ArrayList<>();
        for (int step = 0; ; step++) {
            Matrix w = operator.apply(q);
            Checks.sameSize("operator output rows", n, w.rows());
            Matrix a = basis.project(q, w);
            basis.subtract(w, q, a);
            if (step > 0) {
                basis.subtract(w, basis.block(step - 1), coupling.get(step - 1).transpose());
            }
            boolean exhausted = (step + 2) * width > limit;
            Matrix b = basis.orthonormaliseInPlace(w, !exhausted);
            diagonal.add(a);
            coupling.add(b);
            RitzValues ritz = RitzProblem.solve(diagonal, coupling, options.tolerance(),
                    exhausted);
            if (exhausted || enough.test(ritz)) {
                return ritz;
            }
            basis.add(w);
            q = w;
        }
    }
}
