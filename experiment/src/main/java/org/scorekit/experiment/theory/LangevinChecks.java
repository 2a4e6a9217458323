package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorekit.convex.Activation;
import org.scorekit.convex.ImpliedDensity;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.random.Rng;

/**
 * ULA on learned 1-D scores against their implied densities (spec/convex-score.md §8, §11.2),
 * with {@value #PARTICLES} chains per setting.
 *
 * <p>Bound: under exact sampling √n D follows Kolmogorov's law, P(√n D &gt; 1.95) ≈ 10⁻³, so
 * D ≤ 0.0138 at n = 20000; ULA's O(ε) bias adds about 0.002 (§11.2 measured 0.004–0.009). The
 * bound {@value #KS_BOUND} leaves √n (0.02 − 0.002) = 2.55, P(√n D &gt; 2.55) ≤ 2e^{−2·2.55²}
 * ≈ 4·10⁻⁶ per setting: the false-failure budget. With skip the stationary law is the AR(1)
 * law N(x̄, σ̂²/(1 − ε/(4σ̂²))) (§8); its variance is checked within 4 standard errors
 * (σ² √(2/n); false-failure probability 6·10⁻⁵).
 */
final class LangevinChecks {
    static final int PARTICLES = 20_000;
    static final double KS_BOUND = 0.02;

    /** One learned score to sample: data set name and code, data, skip and β. */
    record Setting(String name, int code, double[] x, boolean skip, double beta) {
    }

    private LangevinChecks() {
    }

    /** Adds the table {@code langevin}, the histogram of the first setting and the claims. */
    static void addTo(ResultParts parts, List<Setting> settings, int steps, Rng rng, RunListener listener) {
        List<double[]> rows = new ArrayList<>();
        double worst = 0;
        StringBuilder evidence = new StringBuilder();
        for (int k = 0; k < settings.size(); k++) {
            Setting s = settings.get(k);
            listener.stage("Langevin on the learned score: " + s.name() + ", beta = "
                    + UnivariateCases.number(s.beta()));
            UnivariateSolution solution = UnivariateCases.solve(s.x(), Activation.RELU, s.skip(), s.beta())
                    .orElseThrow();
            ImpliedDensity density = ImpliedDensity.of(solution.score()).orElseThrow();
            LangevinFit fit = LangevinFit.of(solution.score(), density, PARTICLES, steps,
                    rng.fork("langevin-" + k));
            worst = Math.max(worst, fit.ks());
            rows.add(new double[] {s.code(), s.skip() ? 1 : 0, s.beta(), PARTICLES, steps, fit.ks(),
                    fit.sampleMean(), fit.densityMean(), fit.sampleVar(), fit.densityVar()});
            String label = s.name() + ", " + (s.skip() ? "skip" : "no skip") + ", beta = "
                    + UnivariateCases.number(s.beta());
            evidence.append(k == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s: %.4f", label, fit.ks()));
            parts.fit("KS distance of ULA samples to p*, " + label, fit.ks(),
                    "bound " + KS_BOUND + "; §11.2: 0.004-0.009");
            if (s.skip()) {
                addStationaryVariance(parts, s.x(), fit);
            }
            if (k == 0) {
                addHistogram(parts, s, density, fit);
            }
        }
        parts.tables.add(new ResultTable("langevin", List.of("dataset", "skip", "beta", "particles", "steps",
                "ks", "sample_mean", "density_mean", "sample_var", "density_var"), rows));
        parts.claim("Langevin samples from the learned score match the implied density: KS <= " + KS_BOUND
                + " with " + PARTICLES + " chains in every setting", worst <= KS_BOUND, evidence.toString());
    }

    private static void addStationaryVariance(ResultParts parts, double[] x, LangevinFit fit) {
        double variance = UnivariateCases.biasedVariance(x);
        double ar1 = variance / (1 - LangevinFit.STEP_SIZE / (4 * variance));
        double tolerance = 4 * ar1 * Math.sqrt(2.0 / PARTICLES);
        parts.claim(String.format(Locale.ROOT, "skip: the samples have the AR(1) stationary variance"
                        + " var/(1 - eps/(4 var)) = %.4f (§8)", ar1),
                Math.abs(fit.sampleVar() - ar1) <= tolerance,
                String.format(Locale.ROOT, "sample variance %.4f, tolerance %.4f (4 standard errors)",
                        fit.sampleVar(), tolerance));
    }

    private static void addHistogram(ResultParts parts, Setting s, ImpliedDensity density, LangevinFit fit) {
        double[] samples = fit.samples();
        double low = samples[0];
        double high = samples[samples.length - 1];
        double[] grid = new double[ScoreShapes.GRID];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = low + (high - low) * i / (grid.length - 1);
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("x", grid);
        columns.put("implied_density", ScoreShapes.evaluate(grid, density::density));
        columns.put("samples_histogram", Histograms.density(samples, low, high, grid));
        parts.columns("langevin-histogram", columns);
        parts.plots.add(new PlotSpec("langevin-histogram", "ULA samples (" + s.name() + ", beta = "
                + UnivariateCases.number(s.beta()) + ") against the implied density", "langevin-histogram", "x",
                List.of("implied_density", "samples_histogram"), "density", false, false));
    }
}
