package org.scorekit.ntk;

import java.util.Arrays;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.train.Evaluation;

/**
 * The lazy-training diagnostics of spec §8, recorded every k GD steps through
 * {@link #evaluations()}: RMS gap between the network and the kernel predictor f_K^τ (same
 * data, step η and start) on the training inputs and on fresh inputs,
 * [(1/(Nd)) Σ_j ‖f_{W(τ)}(z_j) − f_K^τ(z_j)‖²]^{1/2}; the fraction of activation patterns
 * (r, j) flipped since initialisation on the training inputs; max_r and mean_r
 * ‖w_r(τ) − w_r(0)‖; and, when enabled, the Gram drift ‖H(τ) − H(0)‖_op / ‖H(0)‖_op by a fixed
 * number of power iterations on the matrix-free products of {@link EmpiricalNtk}.
 * All quantities of one step are computed once and shared by the evaluations.
 */
public final class CouplingMonitor {
    /** History column names. */
    public static final String COUPLING_TRAIN = "coupling_train";
    /** See {@link #COUPLING_TRAIN}. */
    public static final String COUPLING_TEST = "coupling_test";
    /** See {@link #COUPLING_TRAIN}. */
    public static final String FLIPS = "activation_flips";
    /** See {@link #COUPLING_TRAIN}. */
    public static final String MAX_MOVE = "max_weight_move";
    /** See {@link #COUPLING_TRAIN}. */
    public static final String MEAN_MOVE = "mean_weight_move";
    /** See {@link #COUPLING_TRAIN}. */
    public static final String GRAM_DRIFT = "gram_drift";

    private static final int DRIFT_ITERATIONS = 30;

    private final Matrix inputs;
    private final double stepSize;
    private final double[] initialWeights;
    private final boolean[] initialPattern;
    private final SpectralPredictor trainPredictor;
    private final SpectralPredictor testPredictor;
    private final Matrix freshInputs;
    private final EmpiricalNtk initialGram;
    private final double initialNorm;
    private int cachedStep = -1;
    private double[] cached;

    /**
     * A monitor for GD from {@code initial} on inputs z (N × D) and labels y (N × d) with
     * absolute step η; {@code fresh} are held-out inputs for the test gap.
     */
    public CouplingMonitor(Matrix z, Matrix y, Matrix fresh, TwoLayerRelu initial, double stepSize,
                           boolean gramDrift) {
        this(KernelRegression.of(KernelSpectrum.of(z), y, initial), fresh, initial, stepSize,
                gramDrift);
    }

    /**
     * A monitor against an existing kernel regression (its eigendecomposition reused), which
     * must have been built from the same training data and {@code initial} network.
     */
    public CouplingMonitor(KernelRegression kernel, Matrix fresh, TwoLayerRelu initial,
                           double stepSize, boolean gramDrift) {
        Checks.positive("step size", stepSize);
        Matrix z = kernel.inputs();
        this.inputs = z;
        this.stepSize = stepSize;
        this.freshInputs = fresh;
        this.initialWeights = initial.firstLayerData().clone();
        this.initialPattern = pattern(initial, z);
        this.trainPredictor = kernel.predictor(z);
        this.testPredictor = kernel.predictor(fresh);
        this.initialGram = gramDrift ? EmpiricalNtk.of(initial, z) : null;
        this.initialNorm = gramDrift ? initialGram.operatorNorm() : Double.NaN;
    }

    /** The evaluations to pass to a trainer, one per diagnostic. */
    public List<Evaluation> evaluations() {
        String[] names = initialGram == null
                ? new String[] {COUPLING_TRAIN, COUPLING_TEST, FLIPS, MAX_MOVE, MEAN_MOVE}
                : new String[] {COUPLING_TRAIN, COUPLING_TEST, FLIPS, MAX_MOVE, MEAN_MOVE, GRAM_DRIFT};
        return Arrays.stream(names).map(n -> (Evaluation) new Diagnostic(n, indexOf(n))).toList();
    }

    private static int indexOf(String name) {
        return List.of(COUPLING_TRAIN, COUPLING_TEST, FLIPS, MAX_MOVE, MEAN_MOVE, GRAM_DRIFT).indexOf(name);
    }

    private double[] measure(TwoLayerRelu network, int step) {
        if (step != cachedStep) {
            SpectralFilter filter = SpectralFilter.steps(stepSize, step);
            double[] v = new double[6];
            v[0] = rms(network.forward(inputs), trainPredictor.predict(filter));
            v[1] = rms(network.forward(freshInputs), testPredictor.predict(filter));
            v[2] = flipFraction(network);
            double[] moves = moves(network);
            v[3] = moves[0];
            v[4] = moves[1];
            v[5] = initialGram == null ? Double.NaN : drift(network);
            cached = v;
            cachedStep = step;
        }
        return cached;
    }

    private static double rms(Matrix a, Matrix b) {
        double s = 0;
        double[] x = a.data();
        double[] y = b.data();
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s / x.length);
    }

    private static boolean[] pattern(TwoLayerRelu network, Matrix z) {
        int m = network.width();
        int dim = z.cols();
        double[] w = network.firstLayerData();
        boolean[] on = new boolean[m * z.rows()];
        for (int j = 0; j < z.rows(); j++) {
            for (int r = 0; r < m; r++) {
                double p = 0;
                for (int k = 0; k < dim; k++) {
                    p += w[r * dim + k] * z.get(j, k);
                }
                on[j * m + r] = p >= 0;
            }
        }
        return on;
    }

    private double flipFraction(TwoLayerRelu network) {
        boolean[] now = pattern(network, inputs);
        int flipped = 0;
        for (int i = 0; i < now.length; i++) {
            flipped += now[i] != initialPattern[i] ? 1 : 0;
        }
        return (double) flipped / now.length;
    }

    private double[] moves(TwoLayerRelu network) {
        int dim = network.inputDimension();
        double[] w = network.firstLayerData();
        double max = 0;
        double sum = 0;
        for (int r = 0; r < network.width(); r++) {
            double s = 0;
            for (int k = 0; k < dim; k++) {
                double d = w[r * dim + k] - initialWeights[r * dim + k];
                s += d * d;
            }
            max = Math.max(max, Math.sqrt(s));
            sum += Math.sqrt(s);
        }
        return new double[] {max, sum / network.width()};
    }

    private double drift(TwoLayerRelu network) {
        EmpiricalNtk now = EmpiricalNtk.of(network, inputs);
        double[] v = new double[now.dimension()];
        Arrays.fill(v, 1.0 / Math.sqrt(v.length));
        double norm = 0;
        for (int it = 0; it < DRIFT_ITERATIONS; it++) {
            double[] a = now.multiply(v);
            double[] b = initialGram.multiply(v);
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                a[i] -= b[i];
                s += a[i] * a[i];
            }
            norm = Math.sqrt(s);
            if (norm == 0) {
                return 0.0;
            }
            // Power iteration on the symmetric difference: ‖Δv‖ tends to max |eigenvalue|, its norm.
            for (int i = 0; i < a.length; i++) {
                v[i] = a[i] / norm;
            }
        }
        return norm / initialNorm;
    }

    private final class Diagnostic implements Evaluation {
        private final String name;
        private final int index;

        Diagnostic(String name, int index) {
            this.name = name;
            this.index = index;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public double evaluate(TwoLayerRelu network) {
            throw new IllegalStateException(name + " compares with the kernel path and needs the step");
        }

        @Override
        public double evaluate(TwoLayerRelu network, int step) {
            return measure(network, step)[index];
        }
    }
}
