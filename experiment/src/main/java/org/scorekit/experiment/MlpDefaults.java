package org.scorekit.experiment;

/**
 * The defaults of {@code estimator.type: mlp} and why (docs/estimators.md, "mlp"). The size is
 * set by the budget of issue 16 (a Credit Default fit within 30 minutes on 2 cores):
 * {@code bench ... MlpStepTiming 1024 95 93 512 2 40 float32} measures one Adam step of this
 * network on the one-hot Credit Default shape (D = 95, d = 93) at 0.094 s on 2 quiet cores, so
 * the step budget below trains in at most about 16 minutes.
 */
final class MlpDefaults {
    /**
     * h = 512: TabDDPM's tuned MLPs for tables of this size have hidden layers of 256 to 1024;
     * 512 at the middle keeps a step within the budget at batch 1024.
     */
    static final int WIDTH = 512;
    /** B = 2 residual blocks: four hidden layers of width h after the input map, as TabDDPM's. */
    static final int BLOCKS = 2;
    /**
     * b = 1024 fresh triples per step: large enough that the batch loss, which the divergence
     * check reads, moves by a few per cent between steps; TabDDPM uses 4096 on a GPU.
     */
    static final int BATCH_SIZE = 1024;
    /** Passes over the distinct training rows the step budget aims at. */
    static final int PASSES = 400;
    /** The fewest default steps: 2,000 (about 2 million triples), whatever the table's size. */
    static final int MIN_STEPS = 2_000;
    /** The most default steps: 10,000 (about 10 million triples, 16 minutes on 2 cores). */
    static final int MAX_STEPS = 10_000;
    /** Adam's learning rate 10⁻³ (TabDDPM's search range is 10⁻⁵ to 3·10⁻³), decayed to 0. */
    static final double LEARNING_RATE = 1e-3;
    /** The moving average's decay 0.999 (TabDDPM's): a memory of about 1,000 steps. */
    static final double EMA_DECAY = 0.999;
    /**
     * Held-out evaluations every 250 steps: 40 over the budget, and with the default patience of
     * 10 evaluations validation stopping waits 2,500 steps without improvement.
     */
    static final int EVALUATE_EVERY = 250;

    private MlpDefaults() {
    }

    /**
     * The step budget for {@code rows} distinct training rows (the fitted rows of a table, the N
     * draws of a law) at batch b: {@link #PASSES} passes, ⌈400 rows / b⌉, within
     * [{@link #MIN_STEPS}, {@link #MAX_STEPS}]. A fixed budget, as TabDDPM's, would spend the
     * same quarter hour on a 400-row table as on Credit Default; 400 passes is what the cap gives a
     * table of 25,000 rows, and the floor keeps a small table from stopping while Adam's
     * linearly decaying rate is still large.
     */
    static int steps(int rows, int batchSize) {
        long steps = ((long) PASSES * rows + batchSize - 1) / batchSize;
        return (int) Math.max(MIN_STEPS, Math.min(MAX_STEPS, steps));
    }
}
