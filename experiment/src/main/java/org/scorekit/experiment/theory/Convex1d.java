package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorekit.convex.Activation;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.random.Rng;

/**
 * The univariate convex score-matching program (spec/convex-score.md §2–§4, §8, §11.1–§11.2):
 * the reference optima and regimes of §11.1 reproduced on its ten draws; β sweeps on Gaussian
 * data (n = {@value #GAUSSIAN_FULL}, quick {@value #GAUSSIAN_QUICK}) and on the two-component
 * data of §11.1 across the regimes (unbounded below β = 1, many kinks, linear, zero); the
 * learned scores and implied densities against the data histograms; ULA through the learned
 * scores against p* (Kolmogorov–Smirnov).
 */
public final class Convex1d implements TheoryExperiment {
    static final int GAUSSIAN_FULL = 200;
    static final int GAUSSIAN_QUICK = 50;
    /** Dataset codes of the tables. */
    static final int REFERENCE = 0;
    static final int GAUSSIAN = 1;
    static final int TWO_COMPONENT = 2;
    /** The two-component β at which §11.1 finds two modes (3 sign changes). */
    static final double BIMODAL_BETA = 5.0;

    @Override
    public ExperimentResult run(ExperimentOptions options, RunListener listener) {
        boolean quick = options.quick();
        Rng rng = Rng.of(options.seed());
        ResultParts parts = new ResultParts();
        listener.stage("reference optima and regimes (spec §11.1)");
        ReferenceOptima.addTo(parts);
        ReferenceRegimes.addTo(parts);
        double[] gaussian = UnivariateCases.gaussian(quick ? GAUSSIAN_QUICK : GAUSSIAN_FULL, rng.fork("gaussian"));
        double[] mixture = UnivariateCases.twoComponent(rng.fork("two-component"));
        int points = quick ? 10 : 24;
        int langevinSteps = quick ? 2000 : 5000;
        listener.stage("beta sweeps");
        List<double[]> unbounded = new ArrayList<>();
        List<double[]> gaussianSweep = RegimeSweep.addTo(parts, "gaussian", GAUSSIAN, gaussian,
                RegimeSweep.grid(gaussian.length, points, 1.5, gaussian.length / 2.0), unbounded);
        List<double[]> mixtureSweep = RegimeSweep.addTo(parts, "two-component", TWO_COMPONENT, mixture,
                RegimeSweep.grid(mixture.length, points, 1.5, BIMODAL_BETA), unbounded);
        addRegimeClaims(parts, gaussian, gaussianSweep, mixtureSweep);
        addUnbounded(parts, unbounded);
        ScoreShapes.addTo(parts, "gaussian", gaussian, 1.5, gaussian.length / 2.0);
        ScoreShapes.addTo(parts, "two-component", mixture, 1.5, BIMODAL_BETA);
        LangevinChecks.addTo(parts, List.of(
                new LangevinChecks.Setting("reference", REFERENCE, UnivariateCases.REFERENCE, false, 1.0),
                new LangevinChecks.Setting("reference", REFERENCE, UnivariateCases.REFERENCE, false, 4.0),
                new LangevinChecks.Setting("reference", REFERENCE, UnivariateCases.REFERENCE, true, 4.0),
                new LangevinChecks.Setting("gaussian", GAUSSIAN, gaussian, false, gaussian.length / 2.0)),
                langevinSteps, rng.fork("langevin"), listener);
        String summary = String.format(Locale.ROOT, "ReLU, sum normalisation, free output bias; exact"
                + " active-set solver with duality-gap certificate. Data sets (code in the tables): 0 = the"
                + " ten reference draws of spec §11.1, 1 = %d standard-normal draws, 2 = %d + %d draws from"
                + " N(-3, 0.5^2) and N(3, 0.5^2). Sweeps: %d geometric beta in [1, 1.2 n] plus n and 1.5, and"
                + " beta = 0.5, 0.9 below the threshold; regime code 1 = many kinks, 2 = linear on the data,"
                + " 3 = zero score. Langevin: ULA eps = %s, %d steps, %d chains from N(0, 9)%s.",
                gaussian.length, UnivariateCases.PER_COMPONENT, UnivariateCases.PER_COMPONENT, points,
                LangevinFit.STEP_SIZE, langevinSteps, LangevinChecks.PARTICLES,
                quick ? "; quick sizes" : "");
        return parts.result(BuiltinExperiment.CONVEX_1D, "Univariate convex score matching: optima,"
                + " regimes, densities and Langevin", summary);
    }

    /** Claims on the shape of the optimal scores across β (§3, §11.1). */
    private static void addRegimeClaims(ResultParts parts, double[] gaussian, List<double[]> gaussianSweep,
                                        List<double[]> mixtureSweep) {
        int n = gaussian.length;
        double variance = UnivariateCases.biasedVariance(gaussian);
        int linear = 0;
        double slopeError = 0;
        for (double[] r : gaussianSweep) {
            if (r[7] == RegimeSweep.LINEAR) {
                linear++;
                slopeError = Math.max(slopeError, Math.abs(r[5] + (1 - r[0] / n) / variance) * variance);
            }
        }
        parts.claim("gaussian: a linear regime below beta = n with slope -(1 - beta/n)/var on the data (§3)",
                linear > 0 && slopeError <= 1e-8, String.format(Locale.ROOT,
                        "%d linear values of beta, largest relative slope error %.1e", linear, slopeError));
        double[] first = mixtureSweep.get(0);
        double[] bimodal = mixtureSweep.stream().filter(r -> r[0] == BIMODAL_BETA).findFirst().orElseThrow();
        parts.claim("two-component: many kinks at beta = 1, and two modes (3 sign changes of s*) at beta = "
                        + BIMODAL_BETA + " (§11.1)", first[3] > 4 && bimodal[4] == 3,
                String.format(Locale.ROOT, "beta = 1: %.0f kinks; beta = %s: %.0f kinks, %.0f sign changes",
                        first[3], UnivariateCases.number(BIMODAL_BETA), bimodal[3], bimodal[4]));
    }

    /**
     * The table of β below the threshold and the claim that each is reported unbounded; the
     * absolute-value network is checked with skip, whose threshold is 2 (§3, derived in
     * {@code UnivariateProgram#threshold}). Without skip it is bounded at β = 1, against the
     * "unbounded at β = 1" of §11.1: on the data the only flat direction of (P-abs) is
     * z_1 = z_n = a, c = −a (x_(n) − x_(1)), whose derivative term a (y_1 + y_n) is 0; that
     * optimum is recorded as a fit.
     */
    private static void addUnbounded(ResultParts parts, List<double[]> unbounded) {
        List<double[]> rows = new ArrayList<>(unbounded);
        double[] x = UnivariateCases.REFERENCE;
        boolean absUnbounded = true;
        for (double beta : new double[] {1.0, 1.5}) {
            absUnbounded &= UnivariateCases.solve(x, Activation.ABSOLUTE_VALUE, true, beta).isEmpty();
            rows.add(new double[] {REFERENCE, 1, 1, beta, 2.0});
        }
        parts.tables.add(new ResultTable("unbounded", List.of("dataset", "abs", "skip", "beta", "threshold"),
                rows));
        StringBuilder evidence = new StringBuilder();
        for (double[] r : rows) {
            evidence.append(evidence.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "dataset %.0f, %s%s, beta = %s: unbounded (threshold %s)", r[0], r[1] == 1 ? "abs" : "relu",
                    r[2] == 1 ? " with skip" : "", UnivariateCases.number(r[3]), UnivariateCases.number(r[4])));
        }
        parts.claim("below the threshold the program is reported unbounded, never as a number (ReLU beta < 1,"
                + " abs with skip beta < 2; §3)", absUnbounded
                && unbounded.size() == 2 * RegimeSweep.BELOW_THRESHOLD.length, evidence.toString());
        parts.fit("convex optimum, abs without skip, beta = 1 (reference data)",
                UnivariateCases.solve(x, Activation.ABSOLUTE_VALUE, false, 1.0).orElseThrow().objective(),
                "bounded: the flat direction z_1 = z_n has zero derivative term (§11.1 says unbounded)");
    }
}
