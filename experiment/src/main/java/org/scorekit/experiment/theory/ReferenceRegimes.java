package org.scorekit.experiment.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorekit.convex.Activation;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.experiment.theory.ExperimentResult.ResultTable;

/**
 * The regimes of spec/convex-score.md §3 on the §11.1 reference draws (n = 10): without skip,
 * linear on the data with slope −(1 − β/n)/σ̂² and value −(n − β)²/(2nσ̂²) for β = 4 … 9.9 and
 * the zero score for β ≥ n; with skip, the Gaussian MLE score −(x − x̄)/σ̂² (value −n/(2σ̂²))
 * for β = 2 … 12 and a piecewise-linear score at β = 1; the absolute-value network equal to ReLU at β = 2, 8.
 */
final class ReferenceRegimes {
    /** Relative agreement of a closed form with the certified optimum. */
    static final double CLOSED_FORM = 1e-8;
    private static final double[] X = UnivariateCases.REFERENCE;

    private ReferenceRegimes() {
    }

    /** Adds the table {@code regimes} and its claims. */
    static void addTo(ResultParts parts) {
        int n = X.length;
        double variance = UnivariateCases.biasedVariance(X);
        List<double[]> rows = new ArrayList<>();
        double linearError = 0;
        for (double beta : new double[] {4, 6, 8, 9.9, 10, 12}) {
            double slope = beta < n ? -(1 - beta / n) / variance : 0.0;
            double value = beta < n ? -(n - beta) * (n - beta) / (2 * n * variance) : 0.0;
            linearError = Math.max(linearError, add(rows, Activation.RELU, false, beta, value, slope));
        }
        double mleError = 0;
        for (double beta : new double[] {2, 4, 8, 12}) {
            mleError = Math.max(mleError, add(rows, Activation.RELU, true, beta,
                    -n / (2 * variance), -1 / variance));
        }
        add(rows, Activation.RELU, true, 1.0, Double.NaN, Double.NaN);
        double[] spiky = rows.get(rows.size() - 1);
        double absError = 0;
        for (double beta : new double[] {2, 8}) {
            double relu = solve(Activation.RELU, false, beta).objective();
            UnivariateSolution abs = solve(Activation.ABSOLUTE_VALUE, false, beta);
            absError = Math.max(absError, relative(abs.objective(), relu));
            rows.add(row(Activation.ABSOLUTE_VALUE, false, beta, abs, relu, Double.NaN));
        }
        parts.tables.add(new ResultTable("regimes", List.of("abs", "skip", "beta", "optimum",
                "closed_form_optimum", "slope_on_data", "closed_form_slope", "intercept", "kinks",
                "nonlinearity"), rows));
        addClaims(parts, linearError, mleError, spiky, absError);
    }

    private static void addClaims(ResultParts parts, double linearError, double mleError, double[] spiky,
                                  double absError) {
        double variance = UnivariateCases.biasedVariance(X);
        double mle = -X.length / (2 * variance);
        parts.claim("no skip: linear on the data with slope -(1 - beta/n)/var (-1.092, -0.728, -0.364,"
                        + " -0.018 at beta = 4, 6, 8, 9.9) and value -(n - beta)^2/(2 n var); zero score at"
                        + " beta = 10, 12", linearError <= CLOSED_FORM,
                String.format(Locale.ROOT, "largest relative error %.1e (slope, value, nonlinearity)",
                        linearError));
        parts.claim(String.format(Locale.ROOT, "skip, beta = 2..12: exactly the Gaussian MLE score"
                        + " (slope %.4f, intercept %.4f; §11.1: -1.8201, 0.1541)", -1 / variance,
                UnivariateCases.mean(X) / variance), mleError <= CLOSED_FORM,
                String.format(Locale.ROOT, "largest relative error %.1e", mleError));
        int kinks = (int) spiky[8];
        parts.claim("skip, beta = 1: piecewise linear with kinks, below the Gaussian MLE score's value"
                        + " (§11.1: 6-8 kinks; where downward kinks cost beta - 1 = 0 the support need not be"
                        + " unique)", kinks > 0 && spiky[9] > 1e-3 && spiky[3] < mle,
                String.format(Locale.ROOT, "%d kinks, nonlinearity on the data %.3g, optimum %.6f against"
                        + " the MLE score's %.6f", kinks, spiky[9], spiky[3], mle));
        parts.claim("absolute value: the same optimum as ReLU at beta = 2 and 8", absError <= CLOSED_FORM,
                String.format(Locale.ROOT, "largest relative difference %.1e", absError));
    }

    /** Adds a row and returns its largest relative error against the closed forms given. */
    private static double add(List<double[]> rows, Activation activation, boolean skip, double beta,
                              double value, double slope) {
        UnivariateSolution s = solve(activation, skip, beta);
        UnivariateCases.OnData line = UnivariateCases.OnData.of(s, X);
        rows.add(row(activation, skip, beta, s, value, slope));
        return Math.max(Math.max(relative(s.objective(), value), relative(line.slope(), slope)),
                line.nonlinearity() / line.scale());
    }

    private static double[] row(Activation activation, boolean skip, double beta, UnivariateSolution s,
                                double value, double slope) {
        UnivariateCases.OnData line = UnivariateCases.OnData.of(s, X);
        return new double[] {activation == Activation.ABSOLUTE_VALUE ? 1 : 0, skip ? 1 : 0, beta,
                s.objective(), value, line.slope(), slope, s.value(0.0), s.nonZeros(), line.nonlinearity()};
    }

    /** |a − b| / max(1, |b|); 0 when b is NaN (no closed form). */
    private static double relative(double a, double b) {
        return Double.isNaN(b) ? 0.0 : Math.abs(a - b) / Math.max(1.0, Math.abs(b));
    }

    private static UnivariateSolution solve(Activation activation, boolean skip, double beta) {
        return UnivariateCases.solve(X, activation, skip, beta).orElseThrow();
    }
}
