package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.scorekit.data.GaussianMixture;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Table;
import org.scorekit.tabular.encoding.TableEncoder;

/**
 * A CSV table encoded for the network (docs/tables.md): the encoder, fitted on every row of the
 * table, and its encoded rows split into the rows the network fits and the rows held out for
 * the validation stopping rule. A table has no exact oracle. A model read back from its
 * directory holds the encoder only ({@link #restored}): it decodes samples but draws no rows.
 *
 * @param encoder     the table's encoder
 * @param fit         the encoded rows of the training problem (null when restored)
 * @param heldOut     the encoded rows held out for validation (null when restored)
 * @param drawsPerRow K, the (t, noise) draws of each fitted row: N = K · rows
 * @param moments     the Gaussian with the fitted rows' mean and covariance (null when restored)
 */
public record TableData(TableEncoder encoder, Matrix fit, Matrix heldOut, int drawsPerRow,
                        GaussianMixture moments) implements RunData {
    /** The encoded rows of a table, split into fitted and held-out rows. */
    static TableData of(TableEncoder encoder, Matrix fit, Matrix heldOut, int drawsPerRow) {
        return new TableData(encoder, fit, heldOut, drawsPerRow,
                GaussianMixture.momentMatched(fit));
    }

    /** The decoder of a saved model, without rows. */
    static TableData restored(TableEncoder encoder, int drawsPerRow) {
        return new TableData(encoder, null, null, drawsPerRow, null);
    }

    @Override
    public int dimension() {
        return encoder.width();
    }

    @Override
    public GaussianMixture moments() {
        return rows(moments);
    }

    /** Each fitted row K times, in row order (the rows are already in a seeded order). */
    @Override
    public Matrix trainingDraws(long seed, int size) {
        return cycled(rows(fit), size);
    }

    /** The held-out rows, repeated in turn to {@code size} rows. */
    @Override
    public Matrix heldOutDraws(int size, Rng rng) {
        return cycled(rows(heldOut), size);
    }

    @Override
    public Optional<GaussianMixture> oracle() {
        return Optional.empty();
    }

    /** {@link StoppingSpec#VALIDATION_PER_TRIPLE} draws of each held-out row per draw of a fitted row. */
    @Override
    public int defaultValidationSize(int size) {
        long n = (long) StoppingSpec.VALIDATION_PER_TRIPLE * drawsPerRow * rows(heldOut).rows();
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    @Override
    public void describe(ObjectNode out, String label) {
        out.put("table", label).put("dimension", encoder.width())
                .put("columns", encoder.columns().size()).put("fittedRows", rows(fit).rows())
                .put("heldOutRows", rows(heldOut).rows()).put("drawsPerRow", drawsPerRow);
    }

    /** The table encoded rows stand for. */
    public Table decode(Matrix encoded) {
        return encoder.decode(encoded);
    }

    private static <T> T rows(T value) {
        if (value == null) {
            throw new IllegalStateException("a model read from its directory holds no table rows");
        }
        return value;
    }

    private static Matrix cycled(Matrix rows, int size) {
        int[] positions = new int[size];
        for (int j = 0; j < size; j++) {
            positions[j] = j % rows.rows();
        }
        return rows.selectRows(positions);
    }
}
