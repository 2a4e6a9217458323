package org.scorekit.experiment.theory;

import java.util.List;
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
     * A plot of columns {@code y} against column {@code x} of a table; the columns named in
     * {@code dashed} (a subset of y, e.g. a certified optimum to compare curves with) are drawn
     * as dashed lines without markers.
     */
    public record PlotSpec(String name, String title, String table, String x, List<String> y,
                           String yTitle, boolean logX, boolean logY, List<String> dashed) {
        public PlotSpec {
            y = List.copyOf(y);
            dashed = List.copyOf(dashed);
            Checks.require(y.containsAll(dashed), "dashed columns must be plotted: " + dashed
                    + " not all in " + y);
        }

        /** A plot without dashed columns. */
        public PlotSpec(String name, String title, String table, String x, List<String> y,
                        String yTitle, boolean logX, boolean logY) {
            this(name, title, table, x, y, yTitle, logX, logY, List.of());
        }
    }

    /** Whether every claim holds. */
    public boolean allClaimsHold() {
        return claims.stream().allMatch(Claim::holds);
    }
}
