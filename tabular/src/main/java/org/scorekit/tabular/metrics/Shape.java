package org.scorekit.tabular.metrics;

import java.util.ArrayList;
import java.util.List;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * SDMetrics' "Column Shapes" (spec/tabular-protocol.md §3.1): {@link KsComplement} for each
 * numerical column, {@link TvComplement} for each categorical one (target included), and
 * Shape = the mean of the defined column scores. Reported error (%) = 100 · (1 − Shape).
 */
public final class Shape {
    private Shape() {
    }

    /**
     * The column scores and their mean.
     *
     * @param real      the reference table (TabSyn: the train split)
     * @param synthetic a table with the same columns
     */
    public static Scores<ColumnScore> compute(Table real, Table synthetic) {
        real.requireSameColumns(synthetic, "the synthetic table");
        List<ColumnScore> scores = new ArrayList<>();
        List<Column> r = real.evaluationLayout();
        List<Column> s = synthetic.evaluationLayout();
        for (int j = 0; j < r.size(); j++) {
            Column a = r.get(j);
            Column b = s.get(j);
            scores.add(a.type() == ColumnType.NUMERICAL
                    ? new ColumnScore(a.name(), "KSComplement", KsComplement.score(a.numbers(), b.numbers()))
                    : new ColumnScore(a.name(), "TVComplement", TvComplement.score(a, b)));
        }
        return Scores.of(scores, ColumnScore::score);
    }
}
