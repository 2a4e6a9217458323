package org.scorekit.convex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * Sampled hyperplane arrangements of spec/convex-score.md §6.1 and §6.6 step 1: gates
 * g ~ N(0, I_{d+1}) give the activation patterns D = diag(1[X̃ g &gt; 0]) of the data
 * X̃ = [X, 1] (n × (d + 1), rows = samples), with duplicate and all-zero patterns dropped, in the
 * order first drawn, each with the first gate that induced it (strictly inside its cone: a neuron
 * along it has exactly that pattern). {@link #count()} is the P the multivariate programs are
 * built on.
 */
public final class ActivationPatterns {
    private final int size;
    private final int dimension;
    private final List<BitSet> patterns;
    private final List<double[]> gateVectors;
    private final int gates;

    private ActivationPatterns(int size, int dimension, List<BitSet> patterns,
                               List<double[]> gateVectors, int gates) {
        this.size = size;
        this.dimension = dimension;
        this.patterns = patterns;
        this.gateVectors = gateVectors;
        this.gates = gates;
    }

    /**
     * Draws {@code gates} Gaussian gates and keeps the distinct non-empty patterns they induce.
     *
     * @param x     the data, n × d, n ≥ 2 finite rows of which at least two differ
     * @param gates the number of gates P0 ≥ 1 (spec §6.6: 2-10 times the neuron budget)
     * @param rng   the stream the gates come from
     */
    public static ActivationPatterns sample(Matrix x, int gates, Rng rng) {
        Checks.require(x != null, "x must be given");
        Checks.require(rng != null, "rng must be given");
        Checks.positive("gates", gates);
        requireData(x);
        return of(x, rng.gaussian(gates, x.cols() + 1));
    }

    /**
     * The distinct non-empty patterns of given gates, in order.
     *
     * @param x     the data, n × d, n ≥ 2 finite rows of which at least two differ
     * @param gates P0 ≥ 1 gates g = [w; b], P0 × (d + 1)
     */
    public static ActivationPatterns of(Matrix x, Matrix gates) {
        Checks.require(x != null, "x must be given");
        Checks.require(gates != null, "gates must be given");
        requireData(x);
        int n = x.rows();
        int d = x.cols();
        gates.requireCols("gates", d + 1);
        Checks.positive("gates", gates.rows());
        Set<BitSet> seen = new HashSet<>();
        List<BitSet> kept = new ArrayList<>();
        List<double[]> keptGates = new ArrayList<>();
        for (int draw = 0; draw < gates.rows(); draw++) {
            double[] g = gates.row(draw);
            Checks.allFinite("gate " + draw, g);
            BitSet pattern = new BitSet(n);
            for (int i = 0; i < n; i++) {
                double s = g[d];
                for (int c = 0; c < d; c++) {
                    s += x.get(i, c) * g[c];
                }
                if (s > 0) {
                    pattern.set(i);
                }
            }
            if (!pattern.isEmpty() && seen.add(pattern)) {
                kept.add(pattern);
                keptGates.add(g);
            }
        }
        return new ActivationPatterns(n, d, List.copyOf(kept), List.copyOf(keptGates),
                gates.rows());
    }

    /** Rejects data the arrangements of §6.1 are not defined on (also used by the programs). */
    static void requireData(Matrix x) {
        if (x.rows() < 2) {
            throw new IllegalArgumentException("x must hold at least 2 rows: " + x.rows());
        }
        Checks.positive("x columns", x.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int c = 0; c < x.cols(); c++) {
                Checks.finite("x[" + i + ", " + c + "]", x.get(i, c));
            }
        }
        double[] first = x.row(0);
        for (int i = 1; i < x.rows(); i++) {
            if (!Arrays.equals(first, x.row(i))) {
                return;
            }
        }
        // A single distinct point splits into no half-spaces: every pattern is all or nothing.
        throw new IllegalArgumentException("x must hold at least 2 distinct rows: all "
                + x.rows() + " rows are " + Arrays.toString(first));
    }

    /** P, the number of distinct non-empty patterns kept. */
    public int count() {
        return patterns.size();
    }

    /** P0, the number of gates drawn. */
    public int gates() {
        return gates;
    }

    /** n, the number of data rows. */
    public int size() {
        return size;
    }

    /** d, the number of data columns (a gate has d + 1 entries, the last one multiplying 1). */
    public int dimension() {
        return dimension;
    }

    /** The gate g_p ∈ R^{d+1} that induced pattern p (a copy): D_p = diag(1[X̃ g_p &gt; 0]). */
    public double[] gate(int p) {
        return gateVectors.get(index("pattern", p, patterns.size())).clone();
    }

    /** Whether row i is active in pattern p (D_p[i, i] = 1). */
    public boolean active(int p, int i) {
        return patterns.get(index("pattern", p, patterns.size())).get(index("row", i, size));
    }

    /** n_p = tr(D_p), the number of rows active in pattern p. */
    public int activeCount(int p) {
        return patterns.get(index("pattern", p, patterns.size())).cardinality();
    }

    private static int index(String name, int value, int bound) {
        if (value < 0 || value >= bound) {
            throw new IllegalArgumentException(name + " must be in [0, " + bound + "): " + value);
        }
        return value;
    }

    /**
     * max_p n_p: for the gated ReLU program the zero solution is optimal exactly when
     * β ≥ max_p n_p (spec §6.5; n when the all-active pattern was drawn).
     */
    public int largestActiveCount() {
        int largest = 0;
        for (BitSet pattern : patterns) {
            largest = Math.max(largest, pattern.cardinality());
        }
        return largest;
    }
}
