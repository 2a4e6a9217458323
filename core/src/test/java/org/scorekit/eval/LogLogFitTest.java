package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorekit.random.Rng;

class LogLogFitTest {
    @Test
    void recoversAnExactPowerLawWithAZeroWidthInterval() {
        double[] x = {1, 2, 4, 8, 16};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3.0 * Math.pow(x[i], -0.5);
        }
        LogLogFit fit = LogLogFit.of(x, y);
        assertEquals(-0.5, fit.slope(), 1e-12);
        assertEquals(Math.log(3.0), fit.intercept(), 1e-12);
        assertEquals(0.0, fit.slopeStdErr(), 1e-12);
    }

    @ParameterizedTest(name = "{0} points")
    @CsvSource({"3, 12.7062", "5, 3.1824", "7, 2.5706", "12, 2.2281", "32, 2.0423"})
    void intervalIsTheStudentQuantileWithNMinusTwoDegreesOfFreedom(int n, double table) {
        // Half-width / SE = t_{0.975, n-2}, compared with standard tables (4 decimals).
        Rng rng = Rng.of(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = Math.exp(0.2 * rng.nextGaussian());
        }
        LogLogFit fit = LogLogFit.of(x, y);
        assertEquals(table, (fit.ciHigh() - fit.ciLow()) / (2 * fit.slopeStdErr()), 5e-5);
    }

    @Test
    void intervalCoversTheTrueSlopeAtAboutTheNominalRate() {
        // 400 noisy fits of slope -0.4 with 8 points each; the 95 % interval should cover the
        // truth in 95 % of them: the count is Binomial(400, 0.95), sd 4.4, so [360, 395] fails
        // with probability below 1e-4 when the interval is calibrated.
        Rng rng = Rng.of(3);
        int covered = 0;
        for (int trial = 0; trial < 400; trial++) {
            double[] x = new double[8];
            double[] y = new double[8];
            for (int i = 0; i < 8; i++) {
                x[i] = Math.pow(2, i + 7);
                y[i] = Math.pow(x[i], -0.4) * Math.exp(0.1 * rng.nextGaussian());
            }
            covered += LogLogFit.of(x, y).intervalContains(-0.4) ? 1 : 0;
        }
        assertTrue(covered >= 360 && covered <= 395, "covered " + covered + " of 400");
    }

    @Test
    void rejectsNonPositiveValues() {
        assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {1, 2, 3}, new double[] {1, 0, 2}));
    }
}
