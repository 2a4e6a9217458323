package org.scorekit.experiment.theory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorekit.checks.Checks;

/**
 * What a built-in experiment found.
 *
 * @param experiment the experiment's name
 * @param title      a one-line title
 * @param summary    a paragraph on the setting
 * @param claims     the qualitative claims and whether the data bear them out
 * @param fits       fitted numbers with 95 % intervals
 * @param tables     the measured tables (written as CSV)
 * @param plots      plots of table columns
 */
public record ExperimentResult(String experiment, String title, String summary,
                               List<Claim> claims, List<Fit> fits, List<ResultTable> tables,
                               List<PlotSpec> plots) {
    public ExperimentResult {
        claims = List.copyOf(claims);
        fits = List.copyOf(fits);
        tables = List.copyOf(tables);
        plots = List.copyOf(plots);
    }

    /** A qualitative claim, whether it holds, and the numbers that decide it. */
    public record Claim(String statement, boolean holds, String evidence) {
    }

    /** A fitted number with its 95 % interval and, where there is one, the reference value. */
    public record Fit(String name, double value, double ciLow, double ciHigh, String reference) {
    }

    /** A numeric table: named columns, one row per measured setting. */
    public record ResultTable(String name, List<String> columns, List<double[]> rows) {
        public ResultTable {
            Checks.require(name.matches("[a-z0-9-]+"),
                    "table name must be lower-case letters, digits and '-': " + name);
            columns = List.copyOf(columns);
            rows = rows.stream().map(double[]::clone).toList();
            for (double[] r : rows) {
                Checks.sameSize("cells in a row of table " + name, columns.size(), r.length);
            }
        }
    }

    /**
     * How a plotted column is drawn: a line with markers (the default), a dashed line without
     * markers (a reference level such as a certified optimum), markers only (a point cloud), or
     * separate segments between consecutive pairs of its recorded rows (arrows of a vector field:
     * tail, head, tail, head, …).
     */
    public enum SeriesStyle {
        LINE, DASHED, POINTS, SEGMENTS;

        /** The stable name in experiment.json: {@code line}, {@code dashed}, {@code points}, {@code segments}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A plot of columns {@code y} against column {@code x} of a table; a column named in
     * {@code styles} is drawn in that style, any other as a {@link SeriesStyle#LINE}.
     */
    public record PlotSpec(String name, String title, String table, String x, List<String> y,
                           String yTitle, boolean logX, boolean logY, Map<String, SeriesStyle> styles) {
        public PlotSpec {
            y = List.copyOf(y);
            styles = Collections.unmodifiableMap(new LinkedHashMap<>(styles));
            Checks.require(y.containsAll(styles.keySet()), "styled columns must be plotted: "
                    + styles.keySet() + " not all in " + y);
        }

        /** A plot of lines with markers. */
        public PlotSpec(String name, String title, String table, String x, List<String> y,
                        String yTitle, boolean logX, boolean logY) {
            this(name, title, table, x, y, yTitle, logX, logY, Map.of());
        }
    }

    /** Whether every claim holds. */
    public boolean allClaimsHold() {
        return claims.stream().allMatch(Claim::holds);
    }
}
