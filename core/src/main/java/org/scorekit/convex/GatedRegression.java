package org.scorekit.convex;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * Solver of the gated denoising program ({@link GatedDenoisingProgram}, spec/convex-score.md §7):
 * min_W ½‖Σ_i D̃_i X̃ W_i − T‖_F² + β Σ_i ‖W_i‖_*, by FISTA with restarts ({@link Fista}), the
 * gradient X̃ᵀ D̃_i (S − T) and the singular-value soft threshold as prox, step 1/L with L from
 * power iteration, as {@link GatedFista}.
 *
 * <p>Certificate. The Fenchel dual is max_Λ ⟨Λ, T⟩ − ½‖Λ‖_F² subject to ‖X̃ᵀ D̃_i Λ‖₂ ≤ β for
 * every i (spectral norm, the dual of the nuclear norm); at the optimum Λ = T − S. Every
 * {@code checkEvery} iterations the residual R = T − S of the iterate is scaled into the
 * feasible set, Λ = min(1, β / max_i ‖X̃ᵀ D̃_i R‖₂) R, so D(Λ) ≤ optimum ≤ P(W) and the gap
 * P − D bounds the distance of P(W) to the optimum; the run stops once the gap is at most
 * {@code gapTolerance} · max(1, |P|). No boundedness check is needed: P ≥ 0.
 */
public final class GatedRegression {
    private GatedRegression() {
    }

    /**
     * Solver limits.
     *
     * @param maxIterations FISTA iterations before the current iterate is returned with its gap
     * @param gapTolerance  the relative duality gap accepted
     * @param checkEvery    iterations between certificates
     */
    public record Options(int maxIterations, double gapTolerance, int checkEvery) {
        /** 10⁵ iterations, relative gap 10⁻⁸, a certificate every 50. */
        public static final Options DEFAULT = new Options(100_000, 1e-8, 50);

        public Options {
            Checks.positive("maxIterations", maxIterations);
            Checks.positive("gapTolerance", gapTolerance);
            Checks.positive("checkEvery", checkEvery);
        }
    }

    /** Solves with {@link Options#DEFAULT}. */
    public static GatedDenoisingSolution solve(GatedDenoisingProgram program) {
        return solve(program, Options.DEFAULT);
    }

    /** The optimum with its certificate (converged or at the iteration cap), FISTA from zero. */
    public static GatedDenoisingSolution solve(GatedDenoisingProgram program, Options options) {
        return solve(program, options, null);
    }

    /**
     * β₀ = max_i ‖X̃ᵀ D̃_i T‖₂, the smallest β at which the zero network is optimal: 0 is a
     * minimiser exactly when the gradient −X̃ᵀ D̃_i T of the loss at 0 lies in β times every
     * block's nuclear-norm subdifferential at 0, the spectral-norm ball.
     */
    public static double zeroThreshold(GatedDenoisingProgram program) {
        Checks.require(program != null, "program must be given");
        Arrangement arrangement = new Arrangement(program.gated());
        double[] correlation = new double[arrangement.count() * arrangement.blockSize()];
        arrangement.correlate(program.targets().data(), correlation);
        double largest = 0;
        for (int i = 0; i < arrangement.count(); i++) {
            largest = Math.max(largest, ThresholdSearch.spectral(arrangement, correlation,
                    i * arrangement.blockSize()));
        }
        return largest;
    }

    /**
     * {@link #solve(GatedDenoisingProgram, Options)} started from the block weights of an earlier
     * solution of the same pairs and patterns ({@code start}, P × (d + 1)d, e.g. at the previous
     * β of a path), or from zero when {@code start} is null. The optimum and its certificate do
     * not depend on the start; the iterations to reach the gap do.
     */
    public static GatedDenoisingSolution solve(GatedDenoisingProgram program, Options options,
                                               Matrix start) {
        Checks.require(program != null, "program must be given");
        Checks.require(options != null, "options must be given");
        Arrangement arrangement = new Arrangement(program.gated());
        NormalOperator normal = new NormalOperator(arrangement);
        double lipschitz = normal.lipschitz();
        double beta = program.beta();
        double[] targets = program.targets().data();
        double[] correlation = new double[arrangement.count() * arrangement.blockSize()];
        arrangement.correlate(targets, correlation);
        Fista.Problem problem = new Fista.Problem() {
            @Override
            public void gradient(double[] w, double[] gradient) {
                normal.apply(w, gradient);
                for (int m = 0; m < gradient.length; m++) {
                    gradient[m] -= correlation[m];
                }
            }

            @Override
            public void prox(double[] z, double l, double[] out) {
                GatedFista.thresholdSingularValues(arrangement, beta / l, z, out);
            }
        };
        Certified[] last = new Certified[1];
        double[] initial = new double[correlation.length];
        if (start != null) {
            start.requireShape("start", arrangement.count(), arrangement.blockSize());
            System.arraycopy(start.data(), 0, initial, 0, initial.length);
        }
        Fista.Run run = Fista.minimise(problem, initial, lipschitz,
                options.maxIterations(), options.checkEvery(), (w, iteration) -> {
                    last[0] = certify(arrangement, beta, targets, w, iteration, true);
                    Certificate c = last[0].certificate();
                    return c.gap() <= options.gapTolerance() * Math.max(1, Math.abs(c.primal()));
                });
        Certified point = run.stopped() ? last[0]
                : certify(arrangement, beta, targets, run.u(), run.iterations(), false);
        int d = arrangement.dimension();
        return new GatedDenoisingSolution(program,
                Matrix.wrap(arrangement.count(), arrangement.blockSize(), run.u()),
                GatedFista.recover(program.gated(), run.u()),
                Matrix.wrap(arrangement.rows(), d, point.lambda()), point.certificate());
    }

    private record Certified(double[] lambda, Certificate certificate) {
    }

    private static Certified certify(Arrangement arrangement, double beta, double[] targets,
                                     double[] w, int iterations, boolean converged) {
        double[] s = new double[targets.length];
        arrangement.predict(w, s);
        double[] residual = new double[targets.length];
        double loss = 0;
        for (int m = 0; m < s.length; m++) {
            residual[m] = targets[m] - s[m];
            loss += 0.5 * residual[m] * residual[m];
        }
        double primal = loss + beta * GatedFista.nuclearNorm(arrangement, w);
        double[] blocks = new double[arrangement.count() * arrangement.blockSize()];
        arrangement.correlate(residual, blocks);
        double largest = SegmentDual.largest(arrangement,
                (i, m, o) -> ThresholdSearch.spectral(arrangement, m, o), blocks);
        double scale = largest > beta ? beta / largest : 1.0;
        double dual = 0;
        for (int m = 0; m < residual.length; m++) {
            residual[m] *= scale;
            dual += residual[m] * targets[m] - 0.5 * residual[m] * residual[m];
        }
        return new Certified(residual, new Certificate(primal, dual, primal - dual, 0.0,
                iterations, converged));
    }
}
