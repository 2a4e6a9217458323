package org.scorekit.tabular.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scorekit.tabular.CreditDefault;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.split.Split;
import org.scorekit.tabular.split.TabSynSplit;

/**
 * DCR on the Credit Default 50/50 split (spec §3.6): synthetic rows copied from the train half
 * score near 1, copied from the holdout half 0. The first 3,000 rows of each half stand in for a
 * synthetic table to keep the test short (the full 15,000-row halves give 0.99913 and 0).
 * Skipped without the data.
 */
class CreditDefaultDcrTest {
    @Test
    void copiesOfTrainScoreNearOneAndCopiesOfHoldoutZero() {
        Table all = CreditDefault.table();
        Split split = TabSynSplit.fiftyFifty(all.rows()).apply(all);
        Table train = all.select(split.train());
        Table holdout = all.select(split.test());
        Dcr.Result fromTrain = Dcr.compute(train, holdout,
                all.select(Arrays.copyOf(split.train(), 3000)));
        Dcr.Result fromHoldout = Dcr.compute(train, holdout,
                all.select(Arrays.copyOf(split.test(), 3000)));
        // Rows duplicated across the halves (35 duplicates in the file) are ties, which count
        // for the holdout: a copy of train scores just below 1.
        assertTrue(fromTrain.score() > 0.99 && fromTrain.score() <= 1, "" + fromTrain.score());
        assertEquals(0.0, fromHoldout.score());
        assertEquals(0.0, Arrays.stream(fromTrain.toTrain()).max().orElseThrow());
    }
}
