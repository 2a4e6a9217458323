package org.scorekit.experiment.theory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorekit.convex.MultivariateSolution;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.experiment.RunListener;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.SeriesStyle;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.sample.AnnealedLangevin;

/**
 * The learned 2-D score of {@link Convex2d} at its last β: its vector field on a
 * {@value #GRID} × {@value #GRID} grid over [−{@value #REACH}, {@value #REACH}]² (arrows scaled
 * so the longest spans 0.9 grid spacings), and {@link AnnealedLangevin} samples through it
 * (spec/convex-score.md §8): the SM score does not depend on the noise level, so the ladder of
 * the VP process (g ≡ 1, {@value #LEVELS} log-spaced levels from t = 1 to 0.01, δ = 0.05,
 * T = 100) acts as a decreasing step size, from N(0, 1.5² I).
 */
final class CircleSamples {
    static final int GRID = 13;
    static final double REACH = 1.6;
    static final int LEVELS = 10;
    /** Radii below and above which the field's outward and inward share is counted. */
    static final double INNER = 0.5;
    static final double OUTER = 1.4;

    private CircleSamples() {
    }

    /** Adds the tables {@code field}, {@code field-arrows} and {@code samples}, their plots and claims. */
    static void addTo(ResultParts parts, Matrix data, MultivariateSolution solution, boolean quick, Rng rng,
                      RunListener listener) {
        GatedScore score = new GatedScore(solution.network());
        String beta = UnivariateCases.number(solution.program().beta());
        addField(parts, data, score, beta);
        listener.stage("annealed Langevin through the learned 2-D score, beta = " + beta);
        int particles = quick ? 1000 : 4000;
        Matrix start = rng.fork("start").gaussian(particles, 2);
        for (int i = 0; i < particles; i++) {
            start.set(i, 0, 1.5 * start.get(i, 0));
            start.set(i, 1, 1.5 * start.get(i, 1));
        }
        Matrix samples = AnnealedLangevin.DEFAULT.sample(score, new VpProcess(new ConstantSchedule(1.0)),
                TimeGrid.logSpaced(1.0, 0.01, LEVELS), start, rng.fork("sampler"));
        double[] fromCircle = new double[particles];
        double[] startFromCircle = new double[particles];
        for (int i = 0; i < particles; i++) {
            fromCircle[i] = Math.abs(Math.hypot(samples.get(i, 0), samples.get(i, 1)) - 1);
            startFromCircle[i] = Math.abs(Math.hypot(start.get(i, 0), start.get(i, 1)) - 1);
        }
        double median = Medians.of(fromCircle).median();
        double before = Medians.of(startFromCircle).median();
        boolean finite = Arrays.stream(samples.data()).allMatch(Double::isFinite);
        parts.claim("annealed Langevin through the learned score stays finite and ends closer to the circle"
                + " than it started (median distance)", finite && median < before, String.format(Locale.ROOT,
                "beta = %s, %d samples: median | |x| - 1 | %.3f, start %.3f", beta, particles, median, before));
        parts.fit("median distance of Langevin samples to the unit circle, beta = " + beta, median,
                String.format(Locale.ROOT, "start N(0, 1.5^2 I): %.3f; data noise sd %s", before, Convex2d.NOISE));
        Map<String, Matrix> sets = new LinkedHashMap<>();
        sets.put("samples", samples);
        sets.put("data", data);
        parts.columns("samples", overlay(sets));
        parts.plots.add(new PlotSpec("samples", "Annealed Langevin samples (beta = " + beta + ") and the data",
                "samples", "x1", List.of("samples", "data"), "x2", false, false,
                Map.of("samples", SeriesStyle.POINTS, "data", SeriesStyle.POINTS)));
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
