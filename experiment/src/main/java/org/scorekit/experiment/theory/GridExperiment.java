package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.experiment.RunListener;

/**
 * A theory experiment whose grid is a list of independent cells (a width and a seed, say):
 * each cell's numbers depend only on the options and the cell's index, and the result is a
 * fixed function of all cells' numbers in order. {@link #run} visits the cells in order on this
 * machine; a sweep ({@code scorekit sweep}, on Spark) computes them anywhere and
 * {@link #combine}s them into the same result, bit for bit.
 */
public interface GridExperiment extends TheoryExperiment {
    /** The cells' labels, in order. */
    List<String> cells(ExperimentOptions options);

    /** The numbers of cell {@code index}. */
    double[] cell(ExperimentOptions options, int index);

    /** The result from every cell's numbers, in the order of {@link #cells}. */
    ExperimentResult combine(ExperimentOptions options, List<double[]> cells);

    @Override
    default ExperimentResult run(ExperimentOptions options, RunListener listener) {
        List<String> labels = cells(options);
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            listener.stage(labels.get(i));
            values.add(cell(options, i));
        }
        return combine(options, values);
    }
}
