package org.scorekit.tabular.metrics;

import org.scorekit.linalg.Matrix;

/**
 * The α-precision / β-recall formula of spec §3.3 with explicit O(n²) loops, for any row counts
 * (each mean over its own table's rows): a test oracle.
 */
final class NaiveAlphaPrecision {
    private NaiveAlphaPrecision() {
    }

    static PrecisionRecall compute(Matrix real, Matrix synthetic) {
        int n = real.rows();
        int m = synthetic.rows();
        double[] alphas = AlphaPrecision.alphas();
        double[] cReal = mean(real);
        double[] cSyn = mean(synthetic);
        double[] toCentre = new double[n];
        double[] synToCentre = new double[m];
        for (int j = 0; j < m; j++) {
            synToCentre[j] = distance(synthetic.row(j), cReal);
        }
        double[] dRr = new double[n];
        double[] dRs = new double[n];
        double[] dC = new double[n];
        for (int i = 0; i < n; i++) {
            toCentre[i] = distance(real.row(i), cReal);
            dRr[i] = Double.POSITIVE_INFINITY;
            dRs[i] = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    dRr[i] = Math.min(dRr[i], distance(real.row(i), real.row(j)));
                }
            }
            for (int j = 0; j < m; j++) {
                double d = distance(real.row(i), synthetic.row(j));
                if (d < dRs[i]) {
                    dRs[i] = d;
                    dC[i] = distance(synthetic.row(j), cSyn);
                }
            }
        }
        double[] radii = AlphaPrecision.quantiles(toCentre, alphas);
        double[] q = AlphaPrecision.quantiles(dC, alphas);
        double p = 0;
        double c = 0;
        double sum = 0;
        for (int k = 0; k < alphas.length; k++) {
            double inside = 0;
            double covered = 0;
            for (int j = 0; j < m; j++) {
                inside += synToCentre[j] <= radii[k] ? 1 : 0;
            }
            for (int i = 0; i < n; i++) {
                covered += dRs[i] <= dRr[i] && dC[i] <= q[k] ? 1 : 0;
            }
            p += Math.abs(alphas[k] - inside / m);
            c += Math.abs(alphas[k] - covered / n);
            sum += alphas[k];
        }
        return new PrecisionRecall(1 - p / sum, 1 - c / sum);
    }

    private static double[] mean(Matrix x) {
        double[] m = new double[x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int c = 0; c < m.length; c++) {
                m[c] += x.get(i, c) / x.rows();
            }
        }
        return m;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) {
            s += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return Math.sqrt(s);
    }
}
