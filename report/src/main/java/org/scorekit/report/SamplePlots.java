package org.scorekit.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scorekit.csv.NumericTable;

/**
 * Plots of drawn samples against exact draws from the target law (samples.csv,
 * samples-exact.csv, reference.csv; rows are samples, columns x1..xd). For d = 1 a density
 * histogram overlay; for d ≥ 2 scatter plots of (x1, x2), learned-score and exact-score samples
 * side by side, each over the reference and on the same axes.
 */
final class SamplePlots {
    /** At most this many points of each set go into a scatter plot. */
    static final int MAX_SCATTER_POINTS = 3000;
    /** Scatter plots are nearly square so that both axes, on equal ranges, share one scale. */
    static final int SCATTER_WIDTH = 500;
    /** See {@link #SCATTER_WIDTH}. */
    static final int SCATTER_HEIGHT = 480;

    private static final Color REFERENCE = new Color(120, 120, 120, 90);
    private static final Color DRAWN = new Color(31, 119, 180, 120);

    static {
        Headless.ensure();
    }

    private SamplePlots() {
    }

    /** The sample figures; empty when neither learned nor exact-score samples were written. */
    static List<Figure> of(Optional<NumericTable> learned, Optional<NumericTable> exact,
            Optional<NumericTable> reference) {
        Optional<NumericTable> any = learned.isPresent() ? learned : exact;
        if (any.isEmpty() || any.get().columns().isEmpty()) {
            return List.of();
        }
        int dimension = any.get().columns().size();
        if (dimension == 1) {
            return densities(learned, exact, reference).stream().toList();
        }
        List<Figure> figures = new ArrayList<>();
        double[] box = box(learned, exact, reference);
        String coordinates = dimension == 2 ? "" : " (first two of " + dimension + " coordinates)";
        learned.filter(SamplePlots::plottable).ifPresent(s -> figures.add(scatter("samples",
                "learned score", "Learned-score samples vs reference" + coordinates, s,
                reference, box)));
        exact.filter(SamplePlots::plottable).ifPresent(s -> figures.add(scatter("samples-exact",
                "exact score", "Exact-score samples vs reference" + coordinates, s,
                reference, box)));
        return figures;
    }

    /** Whether the table has the two columns and at least one row that a scatter plot needs. */
    private static boolean plottable(NumericTable table) {
        return table.columns().size() >= 2 && table.rowCount() > 0;
    }

    private static Optional<Figure> densities(Optional<NumericTable> learned,
            Optional<NumericTable> exact, Optional<NumericTable> reference) {
        List<double[]> sets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        addFirstColumn(sets, labels, learned, "learned score");
        addFirstColumn(sets, labels, exact, "exact score");
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        addFirstColumn(sets, labels, reference, "reference");
        double[] range = Histograms.centralRange(sets);
        int bins = Histograms.binCount(sets);
        String axis = (learned.isPresent() ? learned : exact).get().columns().get(0);
        XYChart chart = Plots.chart("Sample density vs reference", axis, "density");
        double peak = 0;
        for (int k = 0; k < sets.size(); k++) {
            double[] density = Histograms.density(sets.get(k), range[0], range[1], bins);
            double[][] step = Histograms.stepCurve(density, range[0], range[1]);
            XYSeries series = chart.addSeries(labels.get(k), step[0], step[1]);
            series.setMarker(SeriesMarkers.NONE);
            if (labels.get(k).equals("reference")) {
                // the target law in black, so the drawn samples' colours read as deviations
                series.setLineColor(Color.BLACK);
            }
            peak = Math.max(peak, Arrays.stream(density).max().orElse(0));
        }
        double[] xAxis = Plots.roundedOutward(range[0], range[1]);
        chart.getStyler().setXAxisMin(xAxis[0]).setXAxisMax(xAxis[1]);
        // head room above the highest bin keeps the legend off the curves
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(peak > 0 ? 1.3 * peak : 1.0);
        return Optional.of(Plots.encode("samples", "Histogram density of the samples and the"
                + " reference (" + bins + " equal bins on the central 99% of the pooled values).",
                chart));
    }

    private static void addFirstColumn(List<double[]> sets, List<String> labels,
            Optional<NumericTable> table, String label) {
        if (table.isPresent() && !table.get().columns().isEmpty()) {
            double[] values = finite(table.get().column(table.get().columns().get(0)));
            if (values.length > 0) {
                sets.add(values);
                labels.add(label);
            }
        }
    }

    private static Figure scatter(String name, String label, String title, NumericTable drawn,
            Optional<NumericTable> reference, double[] box) {
        XYChart chart = Plots.chart(title, drawn.columns().get(0), drawn.columns().get(1),
                SCATTER_WIDTH, SCATTER_HEIGHT);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(box[0]).setXAxisMax(box[1]);
        chart.getStyler().setYAxisMin(box[2]).setYAxisMax(box[3]);
        reference.ifPresent(r -> addPoints(chart, "reference", r, REFERENCE));
        addPoints(chart, label, drawn, DRAWN);
        String caption = title + ": drawn samples in blue over reference draws in grey, at most "
                + MAX_SCATTER_POINTS + " points of each, same axes in every sample plot.";
        return Plots.encode(name, caption, chart);
    }

    private static void addPoints(XYChart chart, String label, NumericTable table, Color color) {
        if (table.rowCount() == 0 || table.columns().size() < 2) {
            return;
        }
        double[][] rows = evenly(table.rows(), MAX_SCATTER_POINTS);
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = rows[i][0];
            y[i] = rows[i][1];
        }
        Curve points = Curve.finite(label, x, y);
        if (points.size() > 0) {
            XYSeries series = chart.addSeries(label, points.x(), points.y());
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(color);
        }
    }

    /**
     * At most {@code limit} rows, evenly spaced in file order (rows i·n/limit): deterministic,
     * and unbiased because the rows of a sample file are exchangeable draws.
     */
    static double[][] evenly(double[][] rows, int limit) {
        if (rows.length <= limit) {
            return rows;
        }
        double[][] kept = new double[limit][];
        for (int k = 0; k < limit; k++) {
            kept[k] = rows[(int) ((long) k * rows.length / limit)];
        }
        return kept;
    }

    /**
     * The common axis box {xmin, xmax, ymin, ymax} of the first two coordinates of all sets:
     * a square around the central range, so that the plot does not stretch either axis.
     */
    private static double[] box(Optional<NumericTable> learned, Optional<NumericTable> exact,
            Optional<NumericTable> reference) {
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (Optional<NumericTable> table : List.of(learned, exact, reference)) {
            if (table.isPresent() && table.get().columns().size() >= 2) {
                xs.add(finite(table.get().column(table.get().columns().get(0))));
                ys.add(finite(table.get().column(table.get().columns().get(1))));
            }
        }
        // a few diverged draws must not shrink the bulk to a dot: drop 0.1% in each tail
        double[] x = Histograms.centralRange(xs, 0.001);
        double[] y = Histograms.centralRange(ys, 0.001);
        double half = 0.55 * Math.max(x[1] - x[0], y[1] - y[0]);
        double cx = 0.5 * (x[0] + x[1]);
        double cy = 0.5 * (y[0] + y[1]);
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
