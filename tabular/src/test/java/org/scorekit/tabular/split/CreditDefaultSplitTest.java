package org.scorekit.tabular.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scorekit.tabular.CreditDefault;
import org.scorekit.tabular.Table;

/** Both splits of Credit Default against the check values of spec §2.3. */
class CreditDefaultSplitTest {
    @Test
    void ninetyTenSplitMatchesTheCheckValues() {
        Table t = CreditDefault.table();
        Split s = TabSynSplit.ninetyTen(t.rows()).apply(t);
        assertEquals(1234, s.seed());
        assertEquals(1, s.attempts());
        assertEquals(27000, s.train().length);
        assertEquals(3000, s.test().length);
        assertArrayEquals(new int[] {22952, 21407, 26417, 1375, 20322, 1644, 23533, 3511, 22860, 993},
                Arrays.copyOf(s.test(), 10));
        assertArrayEquals(new int[] {13125, 14635, 19429, 4381, 7659, 10637, 17045, 24978, 13639,
            9468}, Arrays.copyOf(s.train(), 10));
        assertEquals("6f4408dfcc208921b6607a9b03e49f808b6b1f2f3031dc57396a75ed0ca5e546",
                s.testIdHash());
        assertEquals("f376d8133daf61b1d23b52f0a4f3cc804d8a22c4bd2b0c279079a5494dd9bad6",
                s.trainIdHash());
    }

    @Test
    void fiftyFiftySplitMatchesTheCheckValuesAfterTenShuffles() {
        Table t = CreditDefault.table();
        Split s = TabSynSplit.fiftyFifty(t.rows()).apply(t);
        assertEquals(1243, s.seed());
        assertEquals(10, s.attempts());
        assertArrayEquals(new int[] {12102, 3906, 21843, 14352, 29485, 26509, 11620, 22774, 21600,
            16325}, Arrays.copyOf(s.test(), 10));
        assertArrayEquals(new int[] {12692, 20360, 8269, 24964, 16401, 5551, 10290, 13194, 7197,
            26039}, Arrays.copyOf(s.train(), 10));
        assertEquals("b78515e656add6610360e6d4d53650b5e4a4307eaa3572971d2c947fc6c2ec4e",
                s.testIdHash());
        assertEquals("e3bb09ce53d1975a3169accdf64a7342a7d23a6c3ff194cda5bbd906866334e6",
                s.trainIdHash());
    }
}
