package org.scorekit.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;

/**
 * The plots of the evaluation report: each column's real and synthetic marginal, the pair-trend
 * heat maps, and the DCR histogram. Drawn with XChart and encoded as PNG.
 */
final class TablePlots {
    /** Width of a marginal plot in pixels (several fit side by side). */
    static final int SMALL_WIDTH = 420;
    /** Height of a marginal plot in pixels. */
    static final int SMALL_HEIGHT = 280;
    /** Categories shown in a categorical marginal; the rest are summed as "other". */
    static final int MAX_CATEGORIES = 15;
    private static final Color REAL = new Color(31, 119, 180);
    private static final Color SYNTHETIC = new Color(255, 127, 14);

    static {
        Headless.ensure();
    }

    private TablePlots() {
    }

    /** The marginal of one column in both tables: overlaid histograms, or grouped bars. */
    static Figure marginal(int index, Column real, Column synthetic) {
        String name = "marginal-" + (index + 1);
        String caption = real.name() + " (" + real.type().label() + "): real (blue) and synthetic"
                + " (orange)";
        return real.type() == ColumnType.NUMERICAL
                ? Plots.encode(name, caption, histogram(real, synthetic))
                : Plots.encode(name, caption, bars(real, synthetic));
    }

    private static XYChart histogram(Column real, Column synthetic) {
        double[] r = finite(real.numbers());
        double[] s = finite(synthetic.numbers());
        List<double[]> both = List.of(r, s);
        double[] range = Histograms.centralRange(both);
        int bins = Histograms.binCount(both);
        XYChart chart = Plots.chart(real.name(), real.name(), "density", SMALL_WIDTH, SMALL_HEIGHT);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        // plain grouped digits on the value axis (XChart's default turns 103877 into 1.03877E5)
        chart.getStyler().setXAxisDecimalPattern(range[1] - range[0] >= 1e3 ? "#,##0" : "#,##0.###");
        add(chart, "real", Histograms.stepCurve(Histograms.density(r, range[0], range[1], bins),
                range[0], range[1]), REAL);
        add(chart, "synthetic", Histograms.stepCurve(Histograms.density(s, range[0], range[1], bins),
                range[0], range[1]), SYNTHETIC);
        return chart;
    }

    private static void add(XYChart chart, String label, double[][] xy, Color color) {
        XYSeries series = chart.addSeries(label, xy[0], xy[1]);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    /** Proportions per category (the real table's most frequent first), real beside synthetic. */
    private static CategoryChart bars(Column real, Column synthetic) {
        List<String> levels = new ArrayList<>(real.occurring());
        for (String level : synthetic.occurring()) {
            if (!levels.contains(level)) {
                levels.add(level);
            }
        }
        double[] r = proportions(real, levels);
        double[] s = proportions(synthetic, levels);
        Integer[] order = new Integer[levels.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(r[b] + s[b] / 1e6, r[a] + s[a] / 1e6));
        int shown = Math.min(levels.size(), MAX_CATEGORIES);
        List<String> labels = new ArrayList<>();
        List<Double> realShown = new ArrayList<>();
        List<Double> syntheticShown = new ArrayList<>();
        double realRest = 0;
        double syntheticRest = 0;
        for (int k = 0; k < order.length; k++) {
            if (k < shown) {
                labels.add(levels.get(order[k]));
                realShown.add(r[order[k]]);
                syntheticShown.add(s[order[k]]);
            } else {
                realRest += r[order[k]];
                syntheticRest += s[order[k]];
            }
        }
        if (order.length > shown) {
            labels.add("other (" + (order.length - shown) + ")");
            realShown.add(realRest);
            syntheticShown.add(syntheticRest);
        }
        CategoryChart chart = new CategoryChartBuilder().width(SMALL_WIDTH).height(SMALL_HEIGHT)
                .title(real.name()).xAxisTitle(real.name()).yAxisTitle("proportion").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {REAL, SYNTHETIC});
        chart.getStyler().setXAxisLabelRotation(labels.size() > 6 ? 45 : 0);
        chart.addSeries("real", labels, realShown);
        chart.addSeries("synthetic", labels, syntheticShown);
        return chart;
    }

    private static double[] proportions(Column column, List<String> levels) {
        double[] out = new double[levels.size()];
        int[] codes = column.codes();
        int[] toLevel = new int[column.levels().size()];
        for (int k = 0; k < toLevel.length; k++) {
            toLevel[k] = levels.indexOf(column.levels().get(k));
        }
        for (int c : codes) {
            out[toLevel[c]] += 1.0 / codes.length;
        }
        return out;
    }

    /**
     * A heat map of a square matrix over the columns {@code names} (NaN cells drawn as 0), on
     * the colour range [lo, hi].
     */
    static Figure heatMap(String name, String title, String caption, List<String> names,
                          double[][] values, double lo, double hi) {
        int p = names.size();
        int side = Math.max(360, Math.min(640, 160 + 18 * p));
        HeatMapChart chart = new HeatMapChartBuilder().width(side).height(side).title(title).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setPlotContentSize(1);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setMin(lo);
        chart.getStyler().setMax(hi);
        chart.getStyler().setRangeColors(lo < 0
                ? new Color[] {new Color(33, 102, 172), Color.WHITE, new Color(178, 24, 43)}
                : new Color[] {Color.WHITE, new Color(178, 24, 43)});
        List<Number[]> cells = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double v = values[a][b];
                cells.add(new Number[] {b, p - 1 - a, Double.isNaN(v) ? 0 : v});
            }
        }
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        chart.addSeries(title, shortened(names), shortened(reversed), cells);
        return Plots.encode(name, caption, chart);
    }

    private static List<String> shortened(List<String> names) {
        return names.stream().map(n -> n.length() > 14 ? n.substring(0, 13) + "…" : n).toList();
    }

    /** Overlaid histograms of each synthetic row's distance to the train and to the holdout rows. */
    static Figure dcr(double[] toTrain, double[] toHoldout) {
        List<double[]> both = List.of(toTrain, toHoldout);
        double[] range = Histograms.centralRange(both);
        int bins = Histograms.binCount(both);
        XYChart chart = Plots.chart("Distance to the closest record", "L1 distance", "density");
        add(chart, "to train", Histograms.stepCurve(Histograms.density(toTrain, range[0], range[1],
                bins), range[0], range[1]), REAL);
        add(chart, "to holdout", Histograms.stepCurve(Histograms.density(toHoldout, range[0],
                range[1], bins), range[0], range[1]), SYNTHETIC);
        return Plots.encode("dcr", String.format(Locale.ROOT, "Per synthetic row, the L1 distance to the"
                + " closest train row and to the closest holdout row (features of spec §3.6);"
                + " the central %.0f %% of the distances", 100 * (1 - 2 * Histograms.TAIL)), chart);
    }
}
