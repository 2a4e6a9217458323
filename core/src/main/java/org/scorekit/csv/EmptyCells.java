package org.scorekit.csv;

/** How a {@link NumericTable} treats an empty cell. */
public enum EmptyCells {
    /** An empty cell reads as {@code NaN}: a quantity that has no finite value at that row. */
    NAN,
    /** An empty cell is an error: every cell must hold a finite number. */
    REJECTED
}
