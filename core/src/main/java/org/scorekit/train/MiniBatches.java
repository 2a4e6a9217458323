package org.scorekit.train;

import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;

/**
 * Mini-batch loss and gradient for {@link Sgd} and {@link Adam}: an epoch is ⌊N/b⌋ steps over
 * one permutation of the N triples (a fresh one per epoch from the given stream when
 * shuffling, the identity otherwise); step k of the epoch uses rows perm[kb, (k+1)b), and the
 * N mod b remaining rows of the permutation are skipped that epoch. Batch rows are copied into
 * reused b × D and b × d buffers on which one {@link FusedGradient} runs. Loss and gradient are
 * scaled by N/b, so both are unbiased for the full sum loss L = ½ Σ_j ‖f − y‖² and its
 * gradient, and η keeps its full-batch meaning; with b = N and no shuffling a step is exactly
 * the full-batch step.
 */
final class MiniBatches implements TrainingLoop.Objective {
    private final Matrix z;
    private final Matrix y;
    private final int batchSize;
    private final boolean shuffle;
    private final Rng rng;
    private final Matrix batchInputs;
    private final Matrix batchLabels;
    private final FusedGradient kernel;
    private final boolean fullBatch;
    private int[] order;

    MiniBatches(ScoreMatchingProblem problem, int batchSize, boolean shuffle, int width, Rng rng) {
        Checks.require(batchSize <= problem.size(), "batch size must be at most N = "
                + problem.size() + ": " + batchSize);
        this.z = problem.z();
        this.y = problem.y();
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.rng = rng;
        this.fullBatch = batchSize == problem.size() && !shuffle;
        this.batchInputs = fullBatch ? z : Matrix.zeros(batchSize, z.cols());
        this.batchLabels = fullBatch ? y : Matrix.zeros(batchSize, y.cols());
        this.kernel = new FusedGradient(batchInputs, batchLabels, width);
    }

    /** ⌊N/b⌋. */
    int stepsPerEpoch() {
        return z.rows() / batchSize;
    }

    @Override
    public double lossAndGradient(int step, TwoLayerRelu network, double[] gradient) {
        if (!fullBatch) {
            fill(step % stepsPerEpoch());
        }
        double loss = kernel.compute(network, gradient);
        if (fullBatch) {
            return loss;
        }
        double scale = (double) z.rows() / batchSize;
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] *= scale;
        }
        return scale * loss;
    }

    private void fill(int position) {
        if (position == 0 || order == null) {
            order = shuffle ? rng.permutation(z.rows()) : identity(z.rows());
        }
        copyRows(z, batchInputs, position);
        copyRows(y, batchLabels, position);
    }

    private void copyRows(Matrix from, Matrix to, int position) {
        int cols = from.cols();
        for (int i = 0; i < batchSize; i++) {
            System.arraycopy(from.data(), order[position * batchSize + i] * cols, to.data(),
                    i * cols, cols);
        }
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }
}
