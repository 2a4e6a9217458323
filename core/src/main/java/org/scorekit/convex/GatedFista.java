package org.scorekit.convex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Svd;

/**
 * Solver of (M-gated), spec/convex-score.md §6.2:
 * min_W ½‖Σ_i D̃_i X̃ W_i‖_F² + Σ_i tr(D̃_i)⟨E, W_i⟩ + β Σ_i ‖W_i‖_*, by FISTA with restarts
 * ({@link Fista}) and the singular-value soft threshold as prox (§6.6 step 2), step 1/L with L
 * from power iteration. The boundedness check of §6.5 comes first ({@link ThresholdSearch}); every
 * {@code checkEvery} iterations the iterate is certified ({@link SegmentDual}) and the run stops
 * once the duality gap is at most {@code gapTolerance} · max(1, |P|). Recovery (§6.2): each
 * W_i = Σ_k σ_k U_k V_kᵀ gives the units u = √σ_k U_k, α = √σ_k V_k with the pattern's gate.
 */
public final class GatedFista {
    private GatedFista() {
    }

    /**
     * Solver limits.
     *
     * @param maxIterations    FISTA iterations before the current iterate is returned with its gap
     * @param gapTolerance     the relative duality gap accepted
     * @param checkEvery       iterations between certificates
     * @param searchIterations FISTA iterations of the threshold search
     */
    public record Options(int maxIterations, double gapTolerance, int checkEvery,
                          int searchIterations) {
        /** 10⁵ iterations, relative gap 10⁻⁸, a certificate every 50, 5,000 search steps. */
        public static final Options DEFAULT = new Options(100_000, 1e-8, 50, 5000);

        public Options {
            Checks.positive("maxIterations", maxIterations);
            Checks.positive("gapTolerance", gapTolerance);
            Checks.positive("checkEvery", checkEvery);
            Checks.positive("searchIterations", searchIterations);
        }
    }

    /** Solves with {@link Options#DEFAULT}. */
    public static MultivariateResult solve(MultivariateProgram program) {
        return solve(program, Options.DEFAULT);
    }

    /**
     * The certified optimum, {@link MultivariateResult.Unbounded} when a recession direction
     * proves β &lt; β_min, or {@link MultivariateResult.Undecided} between the bounds.
     */
    public static MultivariateResult solve(MultivariateProgram program, Options options) {
        Checks.require(program != null, "program must be given");
        Checks.require(options != null, "options must be given");
        Arrangement arrangement = new Arrangement(program);
        double beta = program.beta();
        NormalOperator normal = new NormalOperator(arrangement);
        double lipschitz = normal.lipschitz();
        ThresholdSearch.Outcome outcome = ThresholdSearch.search(arrangement, normal, beta,
                lipschitz, options.searchIterations());
        Threshold threshold = outcome.threshold();
        if (beta < threshold.lower()) {
            return new MultivariateResult.Unbounded(beta, threshold);
        }
        if (beta < threshold.upper()) {
            return new MultivariateResult.Undecided(beta, threshold);
        }
        SegmentDual.BlockNorm spectral = (i, m, o) -> ThresholdSearch.spectral(arrangement, m, o);
        SegmentDual.Point[] last = new SegmentDual.Point[1];
        Fista.Run run = Fista.minimise(new Problem(arrangement, normal, beta),
                new double[arrangement.count() * arrangement.blockSize()], lipschitz,
                options.maxIterations(), options.checkEvery(), (w, iteration) -> {
                    last[0] = certify(arrangement, spectral, beta, w, outcome, iteration, true);
                    Certificate c = last[0].certificate();
                    return c.gap() <= options.gapTolerance() * Math.max(1, Math.abs(c.primal()));
                });
        SegmentDual.Point point = run.stopped() ? last[0]
                : certify(arrangement, spectral, beta, run.u(), outcome, run.iterations(), false);
        int d = arrangement.dimension();
        return new MultivariateResult.Optimum(new MultivariateSolution(program,
                Matrix.wrap(arrangement.count(), arrangement.blockSize(), run.u()),
                recover(program, run.u()), Matrix.wrap(arrangement.rows(), d, point.lambda()),
                threshold, point.certificate()));
    }

    private static SegmentDual.Point certify(Arrangement arrangement, SegmentDual.BlockNorm norm,
                                             double beta, double[] w,
                                             ThresholdSearch.Outcome outcome, int iterations,
                                             boolean converged) {
        double[] s = new double[arrangement.rows() * arrangement.dimension()];
        arrangement.predict(w, s);
        double primal = 0.5 * Arrangement.dot(s, s) + arrangement.traceTerm(w)
                + beta * nuclearNorm(arrangement, w);
        return SegmentDual.certify(arrangement, norm, beta, primal, s, outcome.anchor(),
                outcome.anchorBlocks(), iterations, converged);
    }

    static double nuclearNorm(Arrangement arrangement, double[] w) {
        double sum = 0;
        int width = arrangement.blockSize();
        for (int i = 0; i < arrangement.count(); i++) {
            if (Arrangement.frobenius(w, i * width, width) > 0) {
                sum += Svd.of(arrangement.dimension() + 1, arrangement.dimension(), w, i * width)
                        .nuclearNorm();
            }
        }
        return sum;
    }

    /** Units u = √σ U_k, α = √σ V_k, gate g_i for every singular value of every W_i. */
    static GatedNetwork recover(MultivariateProgram program, double[] w) {
        int d = program.dimension();
        int q = d + 1;
        List<double[]> gates = new ArrayList<>();
        List<double[]> units = new ArrayList<>();
        List<double[]> outputs = new ArrayList<>();
        Svd[] svds = new Svd[program.patterns().count()];
        double largest = 0;
        for (int i = 0; i < svds.length; i++) {
            svds[i] = Svd.of(q, d, w, i * q * d);
            largest = Math.max(largest, svds[i].spectralNorm());
        }
        for (int i = 0; i < svds.length; i++) {
            double[] values = svds[i].values();
            for (int k = 0; k < values.length; k++) {
                // The SVD of a thresholded block returns its zero singular values as rounding.
                if (values[k] > 1e-12 * largest) {
                    double root = Math.sqrt(values[k]);
                    gates.add(program.patterns().gate(i));
                    units.add(scaled(svds[i].u().column(k), root));
                    outputs.add(scaled(svds[i].v().column(k), root));
                }
            }
        }
        return new GatedNetwork(program.activation(), rowsOf(gates, q), rowsOf(units, q),
                rowsOf(outputs, d));
    }

    static double[] scaled(double[] v, double factor) {
        double[] out = v.clone();
        for (int m = 0; m < out.length; m++) {
            out[m] *= factor;
        }
        return out;
    }

    static Matrix rowsOf(List<double[]> rows, int cols) {
        Matrix m = Matrix.zeros(rows.size(), cols);
        for (int j = 0; j < rows.size(); j++) {
            System.arraycopy(rows.get(j), 0, m.data(), j * cols, cols);
        }
        return m;
    }

    /** The smooth part's gradient Aᵀ A W + tr(D̃_i) E and the singular-value threshold. */
    private record Problem(Arrangement arrangement, NormalOperator normal, double beta)
            implements Fista.Problem {
        @Override
        public void gradient(double[] w, double[] gradient) {
            normal.apply(w, gradient);
            arrangement.addTrace(gradient);
        }

        @Override
        public void prox(double[] z, double lipschitz, double[] out) {
            thresholdSingularValues(arrangement, beta / lipschitz, z, out);
        }
    }

    /** out_i = SVT_τ(Z_i) for every block: the prox of τ Σ_i ‖W_i‖_*. */
    static void thresholdSingularValues(Arrangement arrangement, double threshold, double[] z,
                                        double[] out) {
        int d = arrangement.dimension();
        int width = arrangement.blockSize();
        for (int i = 0; i < arrangement.count(); i++) {
            int offset = i * width;
            // σ_1 ≤ ‖Z_i‖_F ≤ τ: the whole block thresholds to zero without an SVD.
            if (Arrangement.frobenius(z, offset, width) <= threshold * threshold) {
                Arrays.fill(out, offset, offset + width, 0.0);
                continue;
            }
            Svd svd = Svd.of(d + 1, d, z, offset);
            double[] shrunk = svd.values().clone();
            for (int k = 0; k < shrunk.length; k++) {
                shrunk[k] = Math.max(shrunk[k] - threshold, 0);
            }
            svd.recompose(shrunk, out, offset);
        }
    }
}
