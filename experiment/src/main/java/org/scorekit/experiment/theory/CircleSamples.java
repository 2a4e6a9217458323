package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorekit.convex.Activation;
import org.scorekit.convex.Certificate;
import org.scorekit.convex.DenoisingLadder;
import org.scorekit.convex.GatedDenoisingLadder;
import org.scorekit.convex.GatedDenoisingSolution;
import org.scorekit.convex.GatedRegression;
import org.scorekit.convex.LadderScore;
import org.scorekit.convex.MultivariateSolution;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;
import org.scorekit.experiment.theory.ExperimentResult.SeriesStyle;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.sample.AnnealedLangevin;

/**
 * The learned 2-D score of {@link Convex2d} at its last β: its vector field on a
 * {@value #GRID} × {@value #GRID} grid over [−{@value #REACH}, {@value #REACH}]² (arrows scaled
 * so the longest spans 0.9 grid spacings). Samples need a noise-conditioned score, which the SM
 * program (one score, no noise level) is not, so they come from the DSM ladder of
 * spec/convex-score.md §7 on the same data: one gated DSM program ({@link GatedRegression},
 * certified by its duality gap) per level of {@value #LEVELS} geometric levels from σ =
 * {@value #SIGMA_MAX} to {@value #SIGMA_MIN}, K = {@value #DRAWS} draws per point, β =
 * {@value #DSM_BETA} (sum normalisation over the nK pairs), {@value #DSM_GATES} gates; then
 * annealed Langevin through it (§8, Song &amp; Ermon's ε = {@value #EPSILON}, T = 100 per level)
 * from N(0, 1.5² I).
 */
final class CircleSamples {
    static final int GRID = 13;
    static final double REACH = 1.6;
    /** Radii below and above which the field's outward and inward share is counted. */
    static final double INNER = 0.5;
    static final double OUTER = 1.4;
    static final int LEVELS = 6;
    static final double SIGMA_MAX = 1.0;
    static final double SIGMA_MIN = 0.05;
    static final int DRAWS = 5;
    static final double DSM_BETA = 1.0;
    static final int DSM_GATES = 200;
    static final double EPSILON = 2e-3;
    /**
     * FISTA iterations per level at most, quick (30 points) and full (40 points). The smallest
     * levels converge slowest: at 20,000 iterations the full run's σ = 0.05 level stopped at a
     * relative gap of 1.4 %, the quick run's within the 1 % the claim asks (Convex2dTest).
     */
    static final int DSM_ITERATIONS_QUICK = 20_000;
    static final int DSM_ITERATIONS_FULL = 60_000;

    private CircleSamples() {
    }

    /**
     * Adds the tables {@code field}, {@code field-arrows}, {@code dsm-levels} and
     * {@code samples}, their plots and claims.
     */
    static void addTo(ResultParts parts, Matrix data, MultivariateSolution solution, boolean quick, Rng rng,
                      RunListener listener) {
        String beta = UnivariateCases.number(solution.program().beta());
        addField(parts, data, new GatedScore(solution.network()), beta);
        listener.stage("DSM ladder on the circle: " + LEVELS + " gated programs");
        double[] levels = DenoisingLadder.geometric(SIGMA_MAX, SIGMA_MIN, LEVELS);
        GatedDenoisingLadder ladder = GatedDenoisingLadder.fit(data, levels, DRAWS, DSM_GATES,
                Activation.RELU, DSM_BETA, new GatedRegression.Options(quick ? DSM_ITERATIONS_QUICK
                        : DSM_ITERATIONS_FULL, 1e-6, 50), rng.fork("dsm"));
        addLevels(parts, ladder);
        listener.stage("annealed Langevin through the DSM ladder");
        int particles = quick ? 1000 : 4000;
        Matrix start = rng.fork("start").gaussian(particles, 2);
        for (int i = 0; i < particles; i++) {
            start.set(i, 0, 1.5 * start.get(i, 0));
            start.set(i, 1, 1.5 * start.get(i, 1));
        }
        LadderScore score = new LadderScore(ladder);
        Matrix samples = new AnnealedLangevin(score.relativeStep(EPSILON), 100).sample(score,
                score.process(), score.grid(), start, rng.fork("sampler"));
        double[] fromCircle = new double[particles];
        double[] startFromCircle = new double[particles];
        for (int i = 0; i < particles; i++) {
            fromCircle[i] = Math.abs(Math.hypot(samples.get(i, 0), samples.get(i, 1)) - 1);
            startFromCircle[i] = Math.abs(Math.hypot(start.get(i, 0), start.get(i, 1)) - 1);
        }
        double median = Medians.of(fromCircle).median();
        double before = Medians.of(startFromCircle).median();
        // Exact DSM at the last level samples the data smoothed by N(0, σ_L² I): radially about
        // N(0, noise² + σ_L²), whose |·| has median 0.6745 √(noise² + σ_L²).
        double smoothed = 0.6745 * Math.hypot(Convex2d.NOISE, SIGMA_MIN);
        boolean finite = Arrays.stream(samples.data()).allMatch(Double::isFinite);
        parts.claim("annealed Langevin through the DSM ladder stays finite and its median distance to the circle"
                + " is within twice that of the data smoothed at the last level", finite
                && median <= 2 * smoothed, String.format(Locale.ROOT,
                "%d samples: median | |x| - 1 | %.3f (start %.3f); smoothed data %.3f", particles, median,
                before, smoothed));
        parts.fit("median distance of Langevin samples to the unit circle", median,
                String.format(Locale.ROOT, "start N(0, 1.5^2 I): %.3f; data smoothed at sigma = %s: %.3f",
                        before, SIGMA_MIN, smoothed));
        Map<String, Matrix> sets = new LinkedHashMap<>();
        sets.put("samples", samples);
        sets.put("data", data);
        parts.columns("samples", overlay(sets));
        parts.plots.add(new PlotSpec("samples", "Annealed Langevin samples through the DSM ladder and the data",
                "samples", "x1", List.of("samples", "data"), "x2", false, false,
                Map.of("samples", SeriesStyle.POINTS, "data", SeriesStyle.POINTS)));
    }

    /** One row per level: σ, objective, gap, relative gap, converged, neurons. */
    private static void addLevels(ResultParts parts, GatedDenoisingLadder ladder) {
        List<double[]> rows = new ArrayList<>();
        double worst = 0;
        for (int l = 0; l < ladder.size(); l++) {
            GatedDenoisingSolution s = ladder.solutions().get(l);
            Certificate c = s.certificate();
            double relative = c.gap() / Math.max(1, Math.abs(c.primal()));
            worst = Math.max(worst, relative);
            rows.add(new double[] {ladder.levels()[l], c.primal(), c.gap(), relative,
                    c.converged() ? 1 : 0, s.network().width()});
        }
        parts.tables.add(new ResultTable("dsm-levels", List.of("sigma", "objective", "gap",
                "relative_gap", "converged", "neurons"), rows));
        parts.claim("every DSM level is certified: a dual-feasible point whose gap bounds the distance to"
                + " the level's optimum, at most 1 % of the objective", worst <= 0.01,
                String.format(Locale.ROOT, "largest relative gap %.2g over %d levels", worst, ladder.size()));
    }

    private static void addField(ResultParts parts, Matrix data, GatedScore score, String beta) {
        Matrix grid = Matrix.zeros(GRID * GRID, 2);
        double spacing = 2 * REACH / (GRID - 1);
        for (int i = 0; i < GRID * GRID; i++) {
            grid.set(i, 0, -REACH + spacing * (i % GRID));
            grid.set(i, 1, -REACH + spacing * (i / GRID));
        }
        Matrix field = score.score(grid, new double[GRID * GRID]);
        double longest = 0;
        int inward = 0;
        int outer = 0;
        int outward = 0;
        int inner = 0;
        for (int i = 0; i < GRID * GRID; i++) {
            double r = Math.hypot(grid.get(i, 0), grid.get(i, 1));
            double radial = (field.get(i, 0) * grid.get(i, 0) + field.get(i, 1) * grid.get(i, 1)) / r;
            longest = Math.max(longest, Math.hypot(field.get(i, 0), field.get(i, 1)));
            outer += r > OUTER ? 1 : 0;
            inward += r > OUTER && radial < 0 ? 1 : 0;
            inner += r > 0 && r < INNER ? 1 : 0;
            outward += r > 0 && r < INNER && radial > 0 ? 1 : 0;
        }
        parts.claim(String.format(Locale.ROOT, "the learned field points back towards the data beyond radius %s"
                + " at 90 %% of the grid points (within radius %s it need not point outwards: the sparse optimum"
                + " near beta_min is not a ring density)", OUTER, INNER), inward >= 0.9 * outer,
                String.format(Locale.ROOT, "beta = %s: inwards at %d of %d outer points; outwards at %d of %d"
                + " inner points", beta, inward, outer, outward, inner));
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("x1", grid.column(0));
        columns.put("x2", grid.column(1));
        columns.put("s1", field.column(0));
        columns.put("s2", field.column(1));
        parts.columns("field", columns);
        Matrix arrows = Matrix.zeros(2 * GRID * GRID, 2);
        Matrix heads = Matrix.zeros(GRID * GRID, 2);
        double scale = longest > 0 ? 0.9 * spacing / longest : 0.0;
        for (int i = 0; i < GRID * GRID; i++) {
            for (int c = 0; c < 2; c++) {
                arrows.set(2 * i, c, grid.get(i, c));
                heads.set(i, c, grid.get(i, c) + scale * field.get(i, c));
                arrows.set(2 * i + 1, c, heads.get(i, c));
            }
        }
        Map<String, Matrix> sets = new LinkedHashMap<>();
        sets.put("arrow", arrows);
        sets.put("head", heads);
        sets.put("data", data);
        parts.columns("field-arrows", overlay(sets));
        parts.plots.add(new PlotSpec("field-arrows", "Learned score field, beta = " + beta + " (scaled arrows,"
                + " dot at the head)", "field-arrows", "x1", List.of("arrow", "head", "data"), "x2", false, false,
                Map.of("arrow", SeriesStyle.SEGMENTS, "head", SeriesStyle.POINTS, "data", SeriesStyle.POINTS)));
    }

    /**
     * Columns x1 and one per named point set (n_k × 2) for a plot of the sets against x1: the rows
     * of each set in turn, its x2 under its name and NaN under the others.
     */
    private static Map<String, double[]> overlay(Map<String, Matrix> sets) {
        int rows = sets.values().stream().mapToInt(Matrix::rows).sum();
        Map<String, double[]> columns = new LinkedHashMap<>();
        double[] x1 = new double[rows];
        columns.put("x1", x1);
        int offset = 0;
        for (Map.Entry<String, Matrix> set : sets.entrySet()) {
            double[] x2 = new double[rows];
            Arrays.fill(x2, Double.NaN);
            Matrix points = set.getValue();
            for (int i = 0; i < points.rows(); i++) {
                x1[offset + i] = points.get(i, 0);
                x2[offset + i] = points.get(i, 1);
            }
            columns.put(set.getKey(), x2);
            offset += points.rows();
        }
        return columns;
    }
}
