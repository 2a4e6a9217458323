package org.scorekit.bench;

import java.util.Locale;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.metrics.AlphaPrecision;
import org.scorekit.tabular.metrics.Dcr;
import org.scorekit.tabular.metrics.PrecisionRecall;

/**
 * Prints the numbers {@code python/tabular_reference.py} prints, on the same inputs
 * ({@link TabularInputs}), for a line-by-line comparison: α, β, the DCR score and the row-order
 * sums of d_train and d_hold, each as the shortest decimal that reads back to the same double.
 */
public final class TabularCheck {
    private TabularCheck() {
    }

    public static void main(String[] args) {
        Table[] ab = TabularInputs.alphaBeta(27000);
        PrecisionRecall scores = AlphaPrecision.compute(ab[0], ab[1]);
        Table[] d = TabularInputs.dcr(15000);
        Dcr.Result dcr = Dcr.compute(d[0], d[1], d[2]);
        System.out.printf(Locale.ROOT, "alpha\t%s%nbeta\t%s%ndcr\t%s%ndTrainSum\t%s%ndHoldSum\t%s%n",
                scores.alphaPrecision(), scores.betaRecall(), dcr.score(), sum(dcr.toTrain()),
                sum(dcr.toHoldout()));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
