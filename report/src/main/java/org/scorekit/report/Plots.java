package org.scorekit.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scorekit.csv.NumericTable;

/**
 * The curve plots of a report, drawn with XChart and encoded as PNG: the training loss against
 * the GD step (history.csv) and the denoiser error e(t) = E‖f(X_t,t) − f*(X_t,t)‖² against t
 * (score-vs-time.csv, spec E5), both on a logarithmic y axis when every value is positive.
 */
final class Plots {
    /** Image width in pixels. */
    static final int WIDTH = 640;
    /** Image height in pixels. */
    static final int HEIGHT = 420;

    static {
        Headless.ensure();
    }

    private Plots() {
    }

    /**
     * Training loss per sample (2 L / N = the mean of ‖f(z_j) − y_j‖² over the N training
     * triples, the scale of the validation loss), and validation loss and oracle risk where
     * recorded, against the step. Empty when history.csv has no {@code train_loss} column or no
     * finite value in it.
     */
    static Optional<Figure> trainingLoss(NumericTable history, double size) {
        if (!history.hasColumn("train_loss")) {
            return Optional.empty();
        }
        double[] step = history.hasColumn("step") ? history.column("step") : rowIndex(history);
        double[] loss = history.column("train_loss").clone();
        // Without N (an older or partial run.json) the sum loss is drawn as it is.
        boolean perSample = size > 0;
        for (int i = 0; i < loss.length && perSample; i++) {
            loss[i] *= 2 / size;
        }
        List<Curve> curves = new ArrayList<>();
        curves.add(Curve.finite(perSample ? "training loss per sample" : "training loss (sum)",
                step, loss));
        addIfPresent(curves, history, "validation loss", step, "validation_loss");
        addIfPresent(curves, history, "oracle risk", step, "oracle_risk");
        String training = perSample
                ? "Training loss per sample from history.csv (2 L / N, the scale of the validation loss)"
                : "Training loss from history.csv (the sum L; N is not recorded in run.json)";
        return figure("training-loss", "Training loss against the gradient-descent step",
                training + ", with validation loss and oracle risk at the steps where they were"
                        + " evaluated", "step", perSample ? "loss per sample" : "loss", curves, false);
    }

    /**
     * The lazy-training diagnostics of spec §8 against the step (log y; the zeros of step 0 are
     * left out): RMS gap network vs kernel predictor on training and fresh inputs, fraction of
     * flipped activations, largest weight movement. Empty when history.csv has no such columns.
     */
    static Optional<Figure> coupling(NumericTable history) {
        if (!history.hasColumn("coupling_train") || !history.hasColumn("step")) {
            return Optional.empty();
        }
        double[] step = history.column("step");
        List<Curve> curves = new ArrayList<>();
        for (String[] c : new String[][] {{"coupling (train)", "coupling_train"},
            {"coupling (fresh)", "coupling_test"}, {"flipped activations", "activation_flips"},
            {"max weight movement", "max_weight_move"}}) {
            if (history.hasColumn(c[1])) {
                double[] y = Arrays.stream(history.column(c[1])).map(v -> v > 0 ? v : Double.NaN).toArray();
                curves.add(Curve.finite(c[0], step, y));
            }
        }
        return figure("coupling", "Network against its kernel predictor during training",
                "RMS gap between the network and the kernel predictor f_K at the same step (training and"
                        + " fresh inputs), fraction of flipped activation patterns and max_r ||w_r(t) - w_r(0)||",
                "step", "diagnostic", curves, false);
    }

    /**
     * e(t) of the learned and the untrained denoiser and of the Gaussian fit against t; empty
     * without a t column.
     */
    static Optional<Figure> scoreError(NumericTable scoreVsTime) {
        if (!scoreVsTime.hasColumn("t")) {
            return Optional.empty();
        }
        double[] t = scoreVsTime.column("t");
        List<Curve> curves = new ArrayList<>();
        addIfPresent(curves, scoreVsTime, "learned", t, "learned");
        addIfPresent(curves, scoreVsTime, "untrained", t, "untrained");
        addIfPresent(curves, scoreVsTime, "Gaussian fit", t, "gaussianFit");
        // the grid is usually log-spaced from T0 to T, so a wide range of t reads better in log t
        boolean logT = Arrays.stream(t).allMatch(v -> v > 0)
                && Arrays.stream(t).max().orElse(1) >= 100 * Arrays.stream(t).min().orElse(1);
        return figure("score-vs-time", "Denoiser error e(t) against diffusion time t",
                "Monte Carlo estimate of e(t) = E‖f(X_t,t) − f*(X_t,t)‖² for the learned and"
                        + " the untrained denoiser and the Gaussian fit (score-vs-time.csv)",
                logT ? "t (log scale)" : "t", "e(t)", curves, logT);
    }

    private static void addIfPresent(List<Curve> curves, NumericTable table, String label,
            double[] x, String column) {
        if (table.hasColumn(column)) {
            curves.add(Curve.finite(label, x, table.column(column)));
        }
    }

    private static Optional<Figure> figure(String name, String title, String description,
            String xTitle, String yTitle, List<Curve> curves, boolean logX) {
        List<Curve> drawn = curves.stream().filter(c -> c.size() > 0).toList();
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        boolean logY = drawn.stream().allMatch(Curve::allPositive);
        XYChart chart = chart(title, xTitle, logY ? yTitle + " (log scale)" : yTitle);
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisLogarithmic(logX);
        if (!logX) {
            // a linear axis ends on round numbers, so its ticks fall on short ones
            double[] x = roundedOutward(min(drawn, Curve::x), max(drawn, Curve::x));
            chart.getStyler().setXAxisMin(x[0]).setXAxisMax(x[1]);
        }
        if (!logY) {
            double[] y = roundedOutward(min(drawn, Curve::y), max(drawn, Curve::y));
            chart.getStyler().setYAxisMin(y[0]).setYAxisMax(y[1]);
        }
        for (Curve c : drawn) {
            XYSeries series = chart.addSeries(c.label(), c.x(), c.y());
            series.setMarker(c.size() == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        // a non-positive value cannot go on a log axis; say why the axis is linear
        String caption = logY ? description + "."
                : description + "; linear axis, because some values are not positive.";
        return Optional.of(encode(name, caption, chart));
    }

    /** A white chart of the report's size with a legend inside the plot area. */
    static XYChart chart(String title, String xTitle, String yTitle) {
        return chart(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** A white chart of the given size in pixels with a legend inside the plot area. */
    static XYChart chart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        chart.getStyler().setMarkerSize(4);
        return chart;
    }

    /** Encodes the chart as PNG. */
    static Figure encode(String name, String caption, Chart<?, ?> chart) {
        try {
            return new Figure(name, caption,
                    BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG),
                    chart.getWidth(), chart.getHeight());
        } catch (IOException e) {
            // encoding into memory does no I/O; a failure here is a bug, not bad input
            throw new UncheckedIOException("PNG encoding of plot " + name + " failed", e);
        }
    }

    /**
     * {lo, hi} widened outward to multiples of a round step (1, 2 or 5 times a power of ten,
     * about a fifth of the range), so that the axis ticks fall on short numbers.
     */
    static double[] roundedOutward(double lo, double hi) {
        double range = hi - lo;
        if (!(range > 0) || !Double.isFinite(range)) {
            return new double[] {lo, hi};
        }
        double power = Math.pow(10, Math.floor(Math.log10(range / 5)));
        double fraction = range / 5 / power;
        double step = power * (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : 5);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step};
    }

    private static double min(List<Curve> curves, Function<Curve, double[]> values) {
        return curves.stream().flatMapToDouble(c -> Arrays.stream(values.apply(c))).min().orElse(0);
    }

    private static double max(List<Curve> curves, Function<Curve, double[]> values) {
        return curves.stream().flatMapToDouble(c -> Arrays.stream(values.apply(c))).max().orElse(1);
    }

    private static double[] rowIndex(NumericTable table) {
        double[] index = new double[table.rowCount()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return index;
    }
}
