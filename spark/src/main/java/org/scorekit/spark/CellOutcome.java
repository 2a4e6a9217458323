package org.scorekit.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * What a sweep cell's task reports back: whether it completed, after how many attempts, in how
 * many seconds, and on failure the one-line reason.
 *
 * @param index    the cell's index in the grid
 * @param complete whether the cell's run directory is complete
 * @param attempts the attempt that finished (1 = the first)
 * @param seconds  wall time of that attempt
 * @param error    the failure's one line, empty when complete
 */
record CellOutcome(int index, boolean complete, int attempts, double seconds, String error)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
