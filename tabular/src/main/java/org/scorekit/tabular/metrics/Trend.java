package org.scorekit.tabular.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Table;

/**
 * SDMetrics' "Column Pair Trends" (spec/tabular-protocol.md §3.2) over all pairs of the
 * evaluation layout: {@link CorrelationSimilarity} for numerical–numerical pairs,
 * {@link ContingencySimilarity} otherwise, a numerical column entering by its
 * {@link EqualWidthBins} label (binned in each table independently; rows with a missing number
 * are left out of that pair). Categories compare as canonical strings. Trend = the mean of the
 * defined pair scores; reported error (%) = 100 · (1 − Trend).
 */
public final class Trend {
    private Trend() {
    }

    /** The pair scores, in layout order (i &lt; j), and their mean. */
    public static Scores<PairScore> compute(Table real, Table synthetic) {
        real.requireSameColumns(synthetic, "the synthetic table");
        List<Column> r = real.evaluationLayout();
        List<Column> s = synthetic.evaluationLayout();
        List<CellKeys> keys = new ArrayList<>();
        for (int j = 0; j < r.size(); j++) {
            keys.add(CellKeys.of(r.get(j), s.get(j)));
        }
        List<PairScore> pairs = new ArrayList<>();
        for (int a = 0; a < r.size(); a++) {
            for (int b = a + 1; b < r.size(); b++) {
                pairs.add(pair(r.get(a), r.get(b), s.get(a), s.get(b), keys.get(a), keys.get(b)));
            }
        }
        return Scores.of(pairs, PairScore::score);
    }

    private static PairScore pair(Column ra, Column rb, Column sa, Column sb, CellKeys ka,
                                  CellKeys kb) {
        if (ra.type() == ColumnType.NUMERICAL && rb.type() == ColumnType.NUMERICAL) {
            double realR = CorrelationSimilarity.pearson(ra.numbers(), rb.numbers());
            double synR = CorrelationSimilarity.pearson(sa.numbers(), sb.numbers());
            return new PairScore(ra.name(), rb.name(), "CorrelationSimilarity", realR, synR,
                    CorrelationSimilarity.score(realR, synR));
        }
        double score = ContingencySimilarity.score(cells(ka.real, kb.real, kb.size),
                cells(ka.synthetic, kb.synthetic, kb.size));
        return new PairScore(ra.name(), rb.name(), "ContingencySimilarity", Double.NaN, Double.NaN,
                score);
    }

    /** key = a · sizeB + b per row where both keys are defined (≥ 0). */
    private static long[] cells(int[] a, int[] b, int sizeB) {
        int n = 0;
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 0 && b[i] >= 0) {
                out[n++] = (long) a[i] * sizeB + b[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * A column's cell key per row in each table: the bin label of a numerical column (−1 when
     * missing), or an index into the union of both tables' categories.
     */
    private record CellKeys(int[] real, int[] synthetic, int size) {
        static CellKeys of(Column real, Column synthetic) {
            if (real.type() == ColumnType.NUMERICAL) {
                return new CellKeys(EqualWidthBins.labels(real.numbers()),
                        EqualWidthBins.labels(synthetic.numbers()), EqualWidthBins.BINS + 2);
            }
            CategoryUnion union = new CategoryUnion();
            int[] realCodes = union.codes(real);
            int[] syntheticCodes = union.codes(synthetic);
            return new CellKeys(realCodes, syntheticCodes, union.size());
        }
    }
}
