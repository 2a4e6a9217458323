package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;
import org.scorekit.tabular.CreditDefault;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.split.TabSynSplit;

/**
 * The acceptance numbers of issue 13 on the Credit Default train split (27,000 rows): the
 * split against itself scores 1, and an independent-marginals table (each column permuted,
 * {@code Rng.of(13)}) keeps every marginal, so Shape stays exactly 1, while Trend, α and β fall
 * to the independent-marginals baseline of spec §6.1 (Trend error 11.25 %, α 0.697, β 0.067 there,
 * measured with sdmetrics 0.24 and other permutations; other seeds move α and β by a few
 * thousandths). Measured here: Trend error 10.92 %, α 0.6956, β 0.0645; the logistic C2ST stays
 * at 1, the XGBoost C2ST drops to 0.00013. Skipped without the data.
 */
class CreditDefaultQualityTest {
    static Table train;
    static Table independent;

    @BeforeAll
    static void split() {
        Table all = CreditDefault.table();
        train = all.select(TabSynSplit.ninetyTen(all.rows()).apply(all).train());
        independent = train.withColumnsPermuted(Rng.of(13));
    }

    @Test
    void shapeAndTrendOfTheTrainSplitAgainstItselfAreExactlyOne() {
        assertEquals(1.0, Shape.compute(train, train).score());
        assertEquals(1.0, Trend.compute(train, train).score());
        assertEquals(276, Trend.compute(train, train).parts().size());
    }

    @Test
    void independentMarginalsKeepShapeAndLoseTrend() {
        assertEquals(0.0, Shape.compute(train, independent).errorPercent());
        assertEquals(10.9, Trend.compute(train, independent).errorPercent(), 0.2);
    }

    @Test
    void alphaAndBetaOfTheTrainSplitAgainstItselfAreOneUpToQuantileSteps() {
        PrecisionRecall self = AlphaPrecision.compute(train, train);
        // The quantile count steps of 1/27000 and the 35 duplicated rows keep both just below 1.
        assertEquals(1.0, self.alphaPrecision(), 1e-4);
        assertEquals(1.0, self.betaRecall(), 1e-4);
    }

    @Test
    void logisticDetectionCannotTellIndependentMarginalsApart() {
        // Spec §6.1 reports 0.995 for this baseline; a linear model sees little beyond the
        // marginals, which a permutation keeps. Measured here: 1.0 (every fold's AUC below 0.5).
        assertEquals(1.0, Detection.compute(train, independent, new LogisticClassifier(),
                Rng.of(1)).score(), 0.01);
    }

    @Test
    void boostedTreesTellIndependentMarginalsApart() {
        // Spec §6.1: 0.0002 for this baseline. Measured here: 0.00013 (fold AUCs 0.99992–0.99995).
        assertEquals(0.0, Detection.compute(train, independent, new XgboostClassifier(),
                Rng.of(1)).score(), 0.001);
    }

    @Test
    void alphaAndBetaOfIndependentMarginals() {
        PrecisionRecall independentScores = AlphaPrecision.compute(train, independent);
        assertEquals(0.70, independentScores.alphaPrecision(), 0.01);
        assertEquals(0.065, independentScores.betaRecall(), 0.005);
    }
}
