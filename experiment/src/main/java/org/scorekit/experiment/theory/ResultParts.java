package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorekit.experiment.theory.ExperimentResult.Claim;
import org.scorekit.experiment.theory.ExperimentResult.Fit;
import org.scorekit.experiment.theory.ExperimentResult.PlotSpec;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;

/**
 * Claims, fits, tables and plots gathered part by part, for experiments built from several
 * independent parts.
 */
final class ResultParts {
    final List<Claim> claims = new ArrayList<>();
    final List<Fit> fits = new ArrayList<>();
    final List<ResultTable> tables = new ArrayList<>();
    final List<PlotSpec> plots = new ArrayList<>();

    /** Adds a claim with its evidence. */
    void claim(String statement, boolean holds, String evidence) {
        claims.add(new Claim(statement, holds, evidence));
    }

    /** Adds a fitted number without an interval. */
    void fit(String name, double value, String reference) {
        fits.add(new Fit(name, value, Double.NaN, Double.NaN, reference));
    }

    /** Adds a table given by its columns, in map order, all of the same length. */
    void columns(String name, Map<String, double[]> columns) {
        List<double[]> data = List.copyOf(columns.values());
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < data.get(0).length; i++) {
            double[] row = new double[data.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = data.get(c)[i];
            }
            rows.add(row);
        }
        tables.add(new ResultTable(name, List.copyOf(columns.keySet()), rows));
    }

    /** The result of the experiment {@code experiment}. */
    ExperimentResult result(BuiltinExperiment experiment, String title, String summary) {
        return new ExperimentResult(experiment.label(), title, summary, claims, fits, tables, plots);
    }
}
